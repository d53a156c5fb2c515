package app.clicks.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Reads variables from the environment map and collects what is wrong with them, so that one {@link ConfigException}
 * can name every problem. A blank value counts as unset. Never puts a value of a secret in a message.
 */
final class Env {
  private final Map<String, String> env;
  private final List<String> problems = new ArrayList<>();

  Env(Map<String, String> env) {
    this.env = env;
  }

  /** The trimmed value of {@code name}, or null when unset or blank. */
  String text(String name) {
    String v = env.get(name);
    return v == null || v.isBlank() ? null : v.trim();
  }

  /** True when at least one of {@code names} is set (not blank). */
  boolean hasAny(String... names) {
    for (String name : names) {
      if (text(name) != null) {
        return true;
      }
    }
    return false;
  }

  /** The trimmed value of {@code name}, or {@code fallback} when unset or blank. */
  String text(String name, String fallback) {
    String v = text(name);
    return v == null ? fallback : v;
  }

  /**
   * A whole number from {@code min} to {@code max}, or {@code fallback} when unset; otherwise a problem such as
   * "PORT must be a number from 0 to 65535, not "x"." (and {@code fallback}, so later checks can go on).
   *
   * @param expected what a good value is, after "must be"
   */
  int integer(String name, int fallback, int min, int max, String expected) {
    String raw = text(name);
    if (raw == null) {
      return fallback;
    }
    try {
      int v = Integer.parseInt(raw);
      if (v >= min && v <= max) {
        return v;
      }
    } catch (NumberFormatException e) {
      // the message below
    }
    problem(name + " must be " + expected + ", not \"" + shorten(raw) + "\".");
    return fallback;
  }

  /** true or false (any case), or false when unset; otherwise a problem. */
  boolean flag(String name) {
    String raw = text(name);
    if (raw == null || raw.equalsIgnoreCase("false")) {
      return false;
    }
    if (raw.equalsIgnoreCase("true")) {
      return true;
    }
    problem(name + " must be true or false, not \"" + shorten(raw) + "\".");
    return false;
  }

  /** Builds a package's settings; the IllegalArgumentException of its checks becomes a problem (and null). */
  <T> T build(Supplier<T> settings) {
    try {
      return settings.get();
    } catch (IllegalArgumentException e) {
      problem(e.getMessage());
      return null;
    }
  }

  void problem(String sentence) {
    problems.add(sentence);
  }

  List<String> problems() {
    return List.copyOf(problems);
  }

  /** @throws ConfigException naming every problem found so far, if any */
  void throwIfAnyProblem() {
    if (!problems.isEmpty()) {
      throw new ConfigException(problems);
    }
  }

  private static String shorten(String s) {
    return s.length() > 20 ? s.substring(0, 20) + "…" : s;
  }
}
