package app.clicks.wolkvox;

import app.clicks.report.ClickRecord;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
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
 * is known to send. Used by the client on the wire and by {@code report --from-file} on a saved answer. An answer
 * object, the shape wolkvox sends, is read by the byte-level {@link ChatScanner}; anything else that may still be
 * an answer (a bare array) by JSON-P.
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
    return read(in, zone, sink, stopAt, false);
  }

  /**
   * As {@link #parse(InputStream, ZoneId, Consumer, long)}, but with the JSON-P reader whatever the shape: for
   * small bodies read for their envelope (error answers), and as the reference in tests.
   */
  static ChatEnvelope parseWithJsonp(InputStream in, ZoneId zone, Consumer<ClickRecord> sink, long stopAt)
      throws IOException, ChatParseException {
    return read(in, zone, sink, stopAt, true);
  }

  private static ChatEnvelope read(InputStream in, ZoneId zone, Consumer<ClickRecord> sink, long stopAt,
      boolean jsonp) throws IOException, ChatParseException {
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
    WolkvoxDates dates = new WolkvoxDates(zone);
    if (first == '{' && !jsonp) {
      return new ChatScanner(body, dates, sink, stopAt).read();
    }
    JsonpChatReader reading = new JsonpChatReader(dates, sink, stopAt);
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
}
