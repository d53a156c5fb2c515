package app.clicks.slack.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A test-only reader for the small subset of YAML that manifest.yml uses: nested maps by indentation, lists of
 * scalars or maps ("- "), plain or double-quoted scalars, true/false, integers and # comments. Anything else fails.
 */
final class SimpleYaml {
  private record Line(int number, int indent, String text) {}

  private final List<Line> lines = new ArrayList<>();
  private int pos;

  private SimpleYaml(String yaml) {
    String[] raw = yaml.split("\n", -1);
    for (int i = 0; i < raw.length; i++) {
      String l = raw[i].replace("\r", "");
      if (l.contains("\t")) {
        throw new IllegalArgumentException("line " + (i + 1) + ": tabs are not YAML indentation");
      }
      String trimmed = l.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      lines.add(new Line(i + 1, l.length() - l.stripLeading().length(), trimmed));
    }
  }

  /** Parses {@code yaml} into maps (LinkedHashMap), lists, strings, booleans and integers. */
  static Object parse(String yaml) {
    SimpleYaml y = new SimpleYaml(yaml);
    if (y.lines.isEmpty()) {
      return new LinkedHashMap<>();
    }
    Object root = y.block(y.lines.get(0).indent());
    if (y.pos != y.lines.size()) {
      throw y.error(y.lines.get(y.pos), "unexpected indentation");
    }
    return root;
  }

  private Object block(int indent) {
    Line first = lines.get(pos);
    return first.text().startsWith("- ") || first.text().equals("-") ? list(indent) : map(indent);
  }

  private Map<String, Object> map(int indent) {
    Map<String, Object> map = new LinkedHashMap<>();
    while (pos < lines.size() && lines.get(pos).indent() == indent && !lines.get(pos).text().startsWith("- ")) {
      Line line = lines.get(pos++);
      int colon = keyEnd(line);
      String key = line.text().substring(0, colon);
      String rest = line.text().substring(colon + 1).strip();
      if (map.containsKey(key)) {
        throw error(line, "duplicate key " + key);
      }
      if (rest.isEmpty() || rest.startsWith("#")) {
        if (pos >= lines.size() || lines.get(pos).indent() <= indent) {
          throw error(line, "key " + key + " has no value");
        }
        map.put(key, block(lines.get(pos).indent()));
      } else {
        map.put(key, scalar(line, rest));
      }
    }
    if (pos < lines.size() && lines.get(pos).indent() > indent) {
      throw error(lines.get(pos), "unexpected indentation");
    }
    return map;
  }

  private List<Object> list(int indent) {
    List<Object> list = new ArrayList<>();
    while (pos < lines.size() && lines.get(pos).indent() == indent && lines.get(pos).text().startsWith("- ")) {
      Line line = lines.get(pos);
      String item = line.text().substring(2).strip();
      if (isMapEntry(item)) {
        lines.set(pos, new Line(line.number(), indent + 2, item));
        list.add(map(indent + 2));
      } else {
        pos++;
        list.add(scalar(line, item));
      }
    }
    return list;
  }

  private static boolean isMapEntry(String text) {
    if (text.startsWith("\"")) {
      return false;
    }
    int i = text.indexOf(':');
    return i > 0 && (i == text.length() - 1 || text.charAt(i + 1) == ' ');
  }

  private int keyEnd(Line line) {
    int i = line.text().indexOf(':');
    if (i <= 0 || (i < line.text().length() - 1 && line.text().charAt(i + 1) != ' ')) {
      throw error(line, "expected key: value");
    }
    return i;
  }

  private Object scalar(Line line, String text) {
    if (text.startsWith("\"")) {
      StringBuilder sb = new StringBuilder();
      int i = 1;
      for (; i < text.length() && text.charAt(i) != '"'; i++) {
        char c = text.charAt(i);
        if (c == '\\' && i + 1 < text.length()) {
          c = text.charAt(++i);
        }
        sb.append(c);
      }
      String after = i + 1 <= text.length() ? text.substring(Math.min(i + 1, text.length())).strip() : "";
      if (i >= text.length() || !(after.isEmpty() || after.startsWith("#"))) {
        throw error(line, "bad quoted string");
      }
      return sb.toString();
    }
    int comment = text.indexOf(" #");
    String plain = comment >= 0 ? text.substring(0, comment).strip() : text;
    if (plain.startsWith("[") || plain.startsWith("{") || plain.startsWith("'") || plain.startsWith("&")
        || plain.startsWith("*") || plain.startsWith("!") || plain.startsWith("|") || plain.startsWith(">")
        || plain.contains(": ")) {
      throw error(line, "outside the supported subset: " + plain);
    }
    if (plain.equals("true") || plain.equals("false")) {
      return Boolean.valueOf(plain);
    }
    if (plain.matches("-?\\d{1,9}")) {
      return Integer.valueOf(plain);
    }
    return plain;
  }

  private IllegalArgumentException error(Line line, String what) {
    return new IllegalArgumentException("manifest.yml line " + line.number() + ": " + what);
  }
}
