package app.clicks.wolkvox;

import app.clicks.report.ClickRecord;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParsingException;
import java.util.function.Consumer;

/**
 * Reads a chat_14 answer with JSON-P (Parsson) events: the tolerant reader for the shapes the byte-level
 * {@link ChatScanner} leaves to it (a bare array at the top, small error bodies), and the reference the scanner
 * is tested against.
 */
final class JsonpChatReader {
  private final WolkvoxDates dates;
  private final Consumer<ClickRecord> sink;
  private final long stopAt;
  private String code;
  private String error;
  private String msg;
  private long records;

  JsonpChatReader(WolkvoxDates dates, Consumer<ClickRecord> sink, long stopAt) {
    this.dates = dates;
    this.sink = sink;
    this.stopAt = stopAt;
  }

  ChatEnvelope run(JsonParser p) {
    Event top = p.next();
    if (top == Event.START_ARRAY) {
      if (!readArray(p)) {
        return envelope();
      }
    } else {
      if (!readEnvelope(p)) {
        return envelope();
      }
    }
    if (p.hasNext()) {
      throw new JsonParsingException("content after the end of the answer", p.getLocation());
    }
    return envelope();
  }

  private ChatEnvelope envelope() {
    return new ChatEnvelope(code, error, msg, records);
  }

  /** Reads the top object; false when it stopped early. */
  private boolean readEnvelope(JsonParser p) {
    while (true) {
      Event e = p.next();
      if (e == Event.END_OBJECT) {
        return true;
      }
      String key = p.getString();
      Event v = p.next();
      switch (key) {
        case "code" -> code = scalar(p, v);
        case "error" -> error = scalar(p, v);
        case "msg" -> msg = scalar(p, v);
        case "data" -> {
          if (v == Event.START_ARRAY) {
            if (!readArray(p)) {
              return false;
            }
          } else if (v == Event.START_OBJECT) {
            if (!emit(readRecord(p))) {
              return false;
            }
          }
        }
        default -> skip(p, v);
      }
    }
  }

  /** Reads an array of records (current event START_ARRAY); false when it stopped early. */
  private boolean readArray(JsonParser p) {
    while (true) {
      Event e = p.next();
      if (e == Event.END_ARRAY) {
        return true;
      }
      if (e == Event.START_OBJECT) {
        if (!emit(readRecord(p))) {
          return false;
        }
      } else {
        skip(p, e);
      }
    }
  }

  /** Hands a record over; false when the stop count is reached. */
  private boolean emit(ClickRecord r) {
    sink.accept(r);
    records++;
    return records < stopAt;
  }

  private ClickRecord readRecord(JsonParser p) {
    String sourceUrl = null;
    String sourceType = null;
    String sourceId = null;
    String chatId = null;
    String rpId = null;
    String agentId = null;
    String mediaType = null;
    String mediaUrl = null;
    String date = null;
    String codAct = null;
    while (true) {
      Event e = p.next();
      if (e == Event.END_OBJECT) {
        break;
      }
      String key = p.getString();
      Event v = p.next();
      switch (key) {
        case "source_url" -> sourceUrl = scalar(p, v);
        case "source_type" -> sourceType = scalar(p, v);
        case "source_id" -> sourceId = scalar(p, v);
        case "chat_id" -> chatId = scalar(p, v);
        case "rp_id" -> rpId = scalar(p, v);
        case "agent_id" -> agentId = scalar(p, v);
        case "media_type" -> mediaType = scalar(p, v);
        case "media_url" -> mediaUrl = scalar(p, v);
        case "date" -> date = scalar(p, v);
        case "cod_act" -> codAct = scalar(p, v);
        default -> skip(p, v);
      }
    }
    return new ClickRecord(sourceUrl, sourceType, sourceId, chatId, rpId, agentId, mediaType, mediaUrl,
        dates.parse(date), date, codAct);
  }

  /** The text of a scalar value (null for JSON null); a structure is skipped and read as null. */
  private static String scalar(JsonParser p, Event v) {
    switch (v) {
      case VALUE_STRING:
      case VALUE_NUMBER:
        return p.getString();
      case VALUE_TRUE:
        return "true";
      case VALUE_FALSE:
        return "false";
      case VALUE_NULL:
        return null;
      default:
        skip(p, v);
        return null;
    }
  }

  private static void skip(JsonParser p, Event v) {
    if (v == Event.START_OBJECT) {
      p.skipObject();
    } else if (v == Event.START_ARRAY) {
      p.skipArray();
    }
  }
}
