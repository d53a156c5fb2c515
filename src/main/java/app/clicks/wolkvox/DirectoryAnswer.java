package app.clicks.wolkvox;

import app.clicks.wolkvox.WolkvoxException.Kind;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads one information.php answer of a directory list with JSON-P: the same envelope shapes as chat_14 (code
 * "200", 200, "0" or ""; data an array, one object, or null), "none" as a JSON 404, and faults typed as for
 * chat_14.
 */
final class DirectoryAnswer {
  private final DirectoryList list;
  private final String server;
  private final WolkvoxFaults faults;

  DirectoryAnswer(DirectoryList list, String server, WolkvoxFaults faults) {
    this.list = list;
    this.server = server;
    this.faults = faults;
  }

  /** The entries of an answer with {@code status} and body {@code text}, or the fault it names. */
  List<DirectoryEntry> read(int status, String text) throws WolkvoxException {
    JsonValue json = parse(text);
    if (status < 200 || status >= 300) {
      // on information.php a JSON 404 ("Validate dates entered", "no records") only means the list is empty
      if (status == 404 && json instanceof JsonObject o && faults.byText(status, envelope(o, 0).text()) == null) {
        return List.of();
      }
      throw faults.byStatus(status, text);
    }
    if (json == null) {
      throw faults.fail(Kind.BAD_RESPONSE, "wolkvox server " + server + " sent "
          + (WolkvoxFaults.looksLikeHtml(text) ? "a web page (HTML)" : "an answer that is not JSON")
          + " instead of " + list.label() + " (HTTP " + status + "): try again later.");
    }
    if (json instanceof JsonArray a) {
      return entries(a);
    }
    if (!(json instanceof JsonObject o)) {
      throw faults.fail(Kind.BAD_RESPONSE, "wolkvox server " + server + " sent " + list.label()
          + " as a bare value, not an object (HTTP " + status + ").");
    }
    JsonValue data = o.get("data");
    List<DirectoryEntry> entries = data instanceof JsonArray a ? entries(a)
        : data instanceof JsonObject one ? entries(Json.createArrayBuilder().add(one).build())
        : List.of();
    WolkvoxException refused = faults.byEnvelope(status, envelope(o, entries.size()));
    if (refused != null) {
      throw refused;
    }
    return entries;
  }

  private static JsonValue parse(String text) {
    try (JsonReader r = Json.createReader(new StringReader(text))) {
      return r.readValue();
    } catch (JsonException | IllegalStateException | java.util.NoSuchElementException e) {
      return null;
    }
  }

  private static ChatEnvelope envelope(JsonObject o, long records) {
    return new ChatEnvelope(value(o, "code"), value(o, "error"), value(o, "msg"), records);
  }

  private List<DirectoryEntry> entries(JsonArray rows) {
    List<DirectoryEntry> out = new ArrayList<>(rows.size());
    for (JsonValue row : rows) {
      if (row instanceof JsonObject o) {
        DirectoryEntry e = entry(o);
        if (!e.id().isEmpty()) {
          out.add(e);
        }
      }
    }
    return out;
  }

  private DirectoryEntry entry(JsonObject o) {
    return switch (list) {
      case AGENTS -> new Agent(value(o, "agent_id"), value(o, "agent_name"), !no(value(o, "enabled")));
      case ROUTING_POINTS -> new RoutingPoint(value(o, "rp_id"), value(o, "rp_name"));
      case ACTIVITY_CODES -> {
        // the sample body says cod_act, wolkvox's field table code_act
        String code = value(o, "cod_act");
        yield new ActivityCode(code.isBlank() ? value(o, "code_act") : code, value(o, "description_cod_act"),
            yes(value(o, "hit")), value(o, "type_code"));
      }
    };
  }

  /** A scalar as text: strings as they are, numbers and booleans written out; "" for null or a structure. */
  private static String value(JsonObject o, String key) {
    JsonValue v = o.get(key);
    if (v instanceof JsonString s) {
      return s.getString();
    }
    if (v instanceof JsonNumber n) {
      return n.toString();
    }
    if (v == JsonValue.TRUE || v == JsonValue.FALSE) {
      return v.toString();
    }
    return "";
  }

  private static boolean yes(String s) {
    String t = s.strip().toLowerCase(Locale.ROOT);
    return t.equals("yes") || t.equals("si") || t.equals("sí") || t.equals("true") || t.equals("1");
  }

  private static boolean no(String s) {
    String t = s.strip().toLowerCase(Locale.ROOT);
    return t.equals("no") || t.equals("false") || t.equals("0");
  }
}
