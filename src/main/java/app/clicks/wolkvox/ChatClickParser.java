package app.clicks.wolkvox;

import app.clicks.report.ClickRecord;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

/**
 * Streams a chat_14 answer record by record (memory does not grow with the body), tolerating every shape wolkvox
 * is known to send. Used by the client on the wire and by {@code report --from-file} on a saved answer.
 */
public final class ChatClickParser {
  private static final JsonParserFactory FACTORY = Json.createParserFactory(Map.of());

  private ChatClickParser() {}

  /**
   * Reads a whole chat_14 answer from {@code in}, handing each record to {@code sink}; dates are wall-clock time
   * in {@code zone}. Does not close {@code in}.
   *
   * @throws ChatParseException when the body is HTML, truncated or not JSON
   * @throws IOException when reading {@code in} fails
   */
  public static ChatEnvelope parse(InputStream in, ZoneId zone, Consumer<ClickRecord> sink)
      throws IOException, ChatParseException {
    return parse(in, zone, sink, Long.MAX_VALUE);
  }

  /** Reads a chat_14 answer saved to {@code file} (for {@code report --from-file}). */
  public static ChatEnvelope parse(Path file, ZoneId zone, Consumer<ClickRecord> sink)
      throws IOException, ChatParseException {
    try (InputStream in = Files.newInputStream(file)) {
      return parse(in, zone, sink);
    }
  }

  /**
   * As {@link #parse(InputStream, ZoneId, Consumer)}, but stops reading as soon as {@code stopAt} records have been
   * handed over (the envelope then reports that many; fields after that point are not read).
   */
  public static ChatEnvelope parse(InputStream in, ZoneId zone, Consumer<ClickRecord> sink, long stopAt)
      throws IOException, ChatParseException {
    PushbackInputStream body = new PushbackInputStream(new FilterInputStream(in) {
      @Override
      public void close() {
        // the caller owns the stream
      }
    }, 1);
    int first = firstSignificantByte(body);
    if (first == -1) {
      throw new ChatParseException("the body is empty");
    }
    if (first == '<') {
      throw new ChatParseException("the body is an HTML page, not JSON");
    }
    if (first != '{' && first != '[') {
      throw new ChatParseException("the body is not a JSON object");
    }
    body.unread(first);
    Reading reading = new Reading(new WolkvoxDates(zone), sink, stopAt);
    try (JsonParser p = FACTORY.createParser(body, StandardCharsets.UTF_8)) {
      return reading.run(p);
    } catch (JsonParsingException e) {
      throw new ChatParseException("the body is not valid JSON" + where(e.getLocation()), e);
    } catch (JsonException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new ChatParseException("the body is not valid JSON", e);
    } catch (NoSuchElementException | IllegalStateException e) {
      throw new ChatParseException("the body ends before the JSON does", e);
    }
  }

  private static String where(JsonLocation location) {
    return location == null ? "" : " (at byte " + location.getStreamOffset() + ")";
  }

  /** Skips whitespace and a UTF-8 byte order mark; returns the first other byte, or -1 at the end. */
  private static int firstSignificantByte(InputStream in) throws IOException {
    int b = in.read();
    if (b == 0xEF) {
      if (in.read() != 0xBB || in.read() != 0xBF) {
        return 0xEF;
      }
      b = in.read();
    }
    while (b == ' ' || b == '\n' || b == '\r' || b == '\t') {
      b = in.read();
    }
    return b;
  }

  /** The state of one parse. */
  private static final class Reading {
    private final WolkvoxDates dates;
    private final Consumer<ClickRecord> sink;
    private final long stopAt;
    private String code;
    private String error;
    private String msg;
    private long records;

    Reading(WolkvoxDates dates, Consumer<ClickRecord> sink, long stopAt) {
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
}
