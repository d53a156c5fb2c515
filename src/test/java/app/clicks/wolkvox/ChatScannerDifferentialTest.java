package app.clicks.wolkvox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.report.ClickRecord;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The byte-level scanner reads every answer exactly as the JSON-P reader does: same envelope, same records field
 * by field, and the same bodies refused. Answers are generated (seeded, so a failure repeats) with every shape,
 * escape and odd value we can think of, and handed to the scanner in pieces of random sizes so that every token
 * is cut by a buffer boundary somewhere.
 */
class ChatScannerDifferentialTest {
  private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
  private static final String[] FIELDS = {"source_url", "source_type", "source_id", "chat_id", "rp_id",
      "agent_id", "media_type", "media_url", "date", "cod_act"};

  @Test
  void generatedAnswersReadTheSameByBothReaders() throws Exception {
    Random rnd = new Random(20261124L);
    int readable = 0;
    for (int n = 0; n < 3000; n++) {
      String body = new Answers(rnd).answer();
      long stopAt = rnd.nextInt(10) == 0 ? 1 + rnd.nextInt(5) : Long.MAX_VALUE;
      Outcome jsonp = jsonp(body, stopAt);
      Outcome scanner = scanner(body, stopAt, rnd);
      assertEquals(jsonp, scanner, "answer #" + n + ": " + shorten(body));
      if (jsonp.failure == null) {
        readable++;
      }
    }
    assertTrue(readable > 2900, "the generator should mostly make valid answers, made " + readable);
  }

  /**
   * Damaged answers: the scanner refuses exactly the bodies that are not JSON (as JSON-P's document reader, which
   * checks the whole grammar, judges them) and reads the others as the JSON-P event reader does. The event
   * reader itself accepts a little more: its skipObject/skipArray only count brackets, so damage inside a
   * skipped value can go unnoticed there.
   */
  @Test
  void damagedAnswersAreRefusedWhenNotJsonElseReadTheSameByBothReaders() throws Exception {
    Random rnd = new Random(7L);
    String damage = "{}[],:\"\\ 0-.eEtfnu\n\u0001\u001f";
    int refused = 0;
    for (int n = 0; n < 3000; n++) {
      StringBuilder damaged = new StringBuilder(new Answers(rnd).answer());
      int cuts = 1 + rnd.nextInt(3);
      for (int k = 0; k < cuts && damaged.length() > 1; k++) {
        int at = rnd.nextInt(damaged.length());
        switch (rnd.nextInt(4)) {
          case 0 -> damaged.deleteCharAt(at);
          case 1 -> damaged.insert(at, damage.charAt(rnd.nextInt(damage.length())));
          case 2 -> damaged.setCharAt(at, damage.charAt(rnd.nextInt(damage.length())));
          default -> damaged.setLength(Math.max(1, at));
        }
      }
      String body = damaged.toString();
      Outcome scanner = scanner(body, Long.MAX_VALUE, rnd);
      assertEquals(!isJson(body), scanner.failed(), "damaged #" + n + " " + scanner.failure + ": " + shorten(body).replace("\n", "\\n").replace("\t", "\\t"));
      if (scanner.failed()) {
        refused++;
      } else {
        assertEquals(jsonp(body, Long.MAX_VALUE), scanner, "damaged #" + n + ": " + shorten(body));
      }
    }
    assertTrue(refused > 1000, "most damage should make a body unreadable, refused " + refused);
  }

  @Test
  void deepNestingIsRefusedWithoutOverflowingTheStack() throws Exception {
    String deep = "{\"code\":\"200\",\"x\":" + "[".repeat(100_000) + "]".repeat(100_000) + ",\"data\":[]}";
    ChatParseException e = assertThrows(ChatParseException.class, () -> ChatClickParser.parse(
        new ByteArrayInputStream(deep.getBytes(StandardCharsets.UTF_8)), BOGOTA, r -> { }));
    assertTrue(e.getMessage().contains("nested more than " + ChatScanner.MAX_DEPTH), e.getMessage());
    String fine = "{\"code\":\"200\",\"x\":" + "[{\"a\":".repeat(400) + "1" + "}]".repeat(400)
        + ",\"data\":[]}";
    assertEquals(jsonp(fine, Long.MAX_VALUE), scanner(fine, Long.MAX_VALUE, new Random(1)));
    assertTrue(isJson(fine));
  }

  /**
   * True when {@code body} is one JSON object and nothing after it, judged by walking every JSON-P event (which,
   * unlike skipping, checks the whole grammar).
   */
  private static boolean isJson(String body) {
    if (!body.strip().startsWith("{")) {
      return false;
    }
    try (JsonParser p = Json.createParser(new StringReader(body))) {
      int tops = 0;
      int depth = 0;
      while (p.hasNext()) {
        JsonParser.Event e = p.next();
        if (e == JsonParser.Event.START_OBJECT || e == JsonParser.Event.START_ARRAY) {
          tops += depth == 0 ? 1 : 0;
          depth++;
        } else if (e == JsonParser.Event.END_OBJECT || e == JsonParser.Event.END_ARRAY) {
          depth--;
        }
      }
      return tops == 1 && depth == 0;
    } catch (JsonException | java.util.NoSuchElementException e) {
      return false;
    }
  }

  private static Outcome jsonp(String body, long stopAt) throws IOException {
    List<ClickRecord> records = new ArrayList<>();
    try {
      ChatEnvelope env = ChatClickParser.parseWithJsonp(
          new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), BOGOTA, records::add, stopAt);
      return new Outcome(env, records, null);
    } catch (ChatParseException e) {
      return new Outcome(null, List.of(), "refused: " + e.getMessage());
    }
  }

  private static Outcome scanner(String body, long stopAt, Random rnd) throws IOException {
    List<ClickRecord> records = new ArrayList<>();
    try {
      ChatEnvelope env = ChatClickParser.parse(
          new Trickle(body.getBytes(StandardCharsets.UTF_8), rnd.nextLong()), BOGOTA, records::add, stopAt);
      return new Outcome(env, records, null);
    } catch (ChatParseException e) {
      return new Outcome(null, List.of(), "refused: " + e.getMessage());
    }
  }

  private static String shorten(String s) {
    return s.length() < 600 ? s : s.substring(0, 600) + "…";
  }

  /** What a reader made of a body: its envelope and records, or that it refused it. */
  private record Outcome(ChatEnvelope envelope, List<ClickRecord> records, String failure) {
    boolean failed() {
      return failure != null;
    }
  }

  /** Hands a body over in pieces of random sizes, from one byte to a few kilobytes. */
  private static final class Trickle extends InputStream {
    private final byte[] bytes;
    private final Random rnd;
    private int at;

    Trickle(byte[] bytes, long seed) {
      this.bytes = bytes;
      this.rnd = new Random(seed);
    }

    @Override
    public int read() {
      return at < bytes.length ? bytes[at++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (at >= bytes.length) {
        return -1;
      }
      int piece = rnd.nextBoolean() ? 1 + rnd.nextInt(7) : 1 + rnd.nextInt(4096);
      int n = Math.min(Math.min(len, piece), bytes.length - at);
      System.arraycopy(bytes, at, b, off, n);
      at += n;
      return n;
    }
  }

  /** A generator of chat_14 answers in every shape the readers must agree on. */
  private static final class Answers {
    private static final String[] TEXTS = {"", " ", "SALE", "VENTA", "Atenci\\u00f3n al cliente", "Atención",
        "TIMEOUTCHAT", "https:\\/\\/fb.me\\/ad\\/1202", "https://fb.me/ad/1202", "\\\"quoted\\\"", "tab\\there",
        "line\\nbreak\\r\\n", "\\b\\f", "emoji \\ud83d\\ude00", "emoji 😀", "lone \\ud83d surrogate", "中文",
        "back\\\\slash", "\\u0000nul", "ünïcödé", "null", "a/b", "\\u00E9\\u00e9"};
    private static final String[] DATES = {"2026-11-20 08:15:30", "2026-11-20T08:15:30", "20261120081530",
        "2026-11-20 08:15:30.123", " 2026-11-20 08:15:30 ", "2026-02-30 10:00:00", "2026-11-20", "yesterday", "",
        "2026-13-01 00:00:00", "2026-11-20 24:00:00"};
    private static final String[] SPACE = {"", "", "", " ", "\n", "\r\n  ", "\t"};

    private final Random rnd;

    Answers(Random rnd) {
      this.rnd = rnd;
    }

    String answer() {
      List<String> members = new ArrayList<>();
      if (rnd.nextInt(8) != 0) {
        members.add(member("code", pick(new String[] {"\"200\"", "200", "\"0\"", "0", "\"\"", "null", "\"404\"",
            "200.0", "-1e2", "true"})));
      }
      if (rnd.nextInt(6) != 0) {
        members.add(member("error", pick(new String[] {"null", "\"null\"", "\"\"", "\"TOKEN LIMIT EXCEEDED\"",
            str(pick(TEXTS)), "false"})));
      }
      if (rnd.nextInt(4) != 0) {
        members.add(member("msg", rnd.nextBoolean() ? str(rnd.nextInt(100) + " records were found") : str(pick(TEXTS))));
      }
      if (rnd.nextInt(5) == 0) {
        members.add(member("extra", value(3)));
      }
      int dataShape = rnd.nextInt(12);
      if (dataShape < 8) {
        members.add(rnd.nextInt(members.size() + 1), member(rnd.nextInt(10) == 0 ? "d\\u0061ta" : "data", array()));
      } else if (dataShape == 8) {
        members.add(member("data", record()));
      } else if (dataShape == 9) {
        members.add(member("data", "null"));
      } else if (dataShape == 10) {
        members.add(member("data", pick(new String[] {"\"none\"", "0", "[]", "{}", "[[],{}]"})));
      }
      if (rnd.nextInt(20) == 0) {
        members.add(member("data", array()));
      }
      return sp() + object(members) + sp();
    }

    private String array() {
      List<String> items = new ArrayList<>();
      int n = rnd.nextInt(12);
      for (int i = 0; i < n; i++) {
        items.add(rnd.nextInt(15) == 0 ? value(2) : record());
      }
      return "[" + sp() + String.join("," + sp(), items) + sp() + "]";
    }

    private String record() {
      List<String> members = new ArrayList<>();
      for (String f : FIELDS) {
        if (rnd.nextInt(12) == 0) {
          continue;
        }
        members.add(member(f, fieldValue(f)));
      }
      if (rnd.nextInt(6) == 0) {
        members.add(member(pick(new String[] {"unknown", "source_idx", "chat", "a_much_longer_field_name_here",
            "agent_id\\u0020", "ag\\u0065nt_id", "cod_act\\/", "😀"}), rnd.nextBoolean() ? value(3) : fieldValue("x")));
      }
      if (rnd.nextInt(15) == 0) {
        members.add(member(pick(FIELDS), fieldValue("x")));
      }
      java.util.Collections.shuffle(members, rnd);
      return object(members);
    }

    private String fieldValue(String field) {
      int kind = rnd.nextInt(40);
      if (kind == 0) {
        return "null";
      }
      if (kind == 1) {
        return pick(new String[] {"0", "-0", "12", "-12.50", "1e3", "1E+3", "2.5e-3", "123456789012345678901234"});
      }
      if (kind == 2) {
        return pick(new String[] {"true", "false"});
      }
      if (kind == 3) {
        return value(2);
      }
      if (kind == 4) {
        return str("x".repeat(rnd.nextInt(3) == 0 ? 70_000 + rnd.nextInt(1000) : 150 + rnd.nextInt(40)));
      }
      return switch (field) {
        case "date" -> str(pick(DATES));
        case "chat_id" -> str("CH-" + rnd.nextInt(1_000_000));
        case "source_id" -> str(rnd.nextBoolean() ? "12021000000000" + rnd.nextInt(5) : pick(TEXTS));
        case "agent_id" -> str(rnd.nextBoolean() ? Integer.toString(1040 + rnd.nextInt(6)) : pick(TEXTS));
        default -> str(pick(TEXTS));
      };
    }

    private String value(int depth) {
      int kind = depth == 0 ? rnd.nextInt(4) : rnd.nextInt(6);
      return switch (kind) {
        case 0 -> str(pick(TEXTS));
        case 1 -> pick(new String[] {"0", "-1.5", "3e10", "null", "true", "false"});
        case 2 -> "\"\"";
        case 3 -> "{}";
        case 4 -> {
          List<String> items = new ArrayList<>();
          for (int i = rnd.nextInt(4); i > 0; i--) {
            items.add(value(depth - 1));
          }
          yield "[" + String.join("," + sp(), items) + "]";
        }
        default -> {
          List<String> members = new ArrayList<>();
          for (int i = rnd.nextInt(4); i > 0; i--) {
            members.add(member(pick(new String[] {"k", "data", "code", "source_id", "\\u006b"}), value(depth - 1)));
          }
          yield object(members);
        }
      };
    }

    private String object(List<String> members) {
      return "{" + sp() + String.join(sp() + "," + sp(), members) + sp() + "}";
    }

    private String member(String key, String value) {
      return str(key) + sp() + ":" + sp() + value;
    }

    private static String str(String escapedText) {
      return "\"" + escapedText + "\"";
    }

    private String sp() {
      return pick(SPACE);
    }

    private String pick(String[] options) {
      return options[rnd.nextInt(options.length)];
    }
  }
}
