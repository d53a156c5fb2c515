package app.clicks.wolkvox;

import app.clicks.wolkvox.WolkvoxException.Kind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one wolkvox answer for one window: streams a 2xx body into a batch and commits it only when the whole
 * body was read and says success or no data; turns anything else into a typed fault.
 */
final class AnswerReader {
  private static final Logger LOG = LoggerFactory.getLogger(AnswerReader.class);
  private static final int ERROR_BODY_LIMIT = 64 * 1024;

  private final WolkvoxConnection connection;
  private final Window window;
  private final WindowReceiver receiver;
  private final WolkvoxFaults faults;
  private final int maxRecords;

  AnswerReader(WolkvoxConnection connection, Window window, WindowReceiver receiver, WolkvoxFaults faults,
      int maxRecords) {
    this.connection = connection;
    this.window = window;
    this.receiver = receiver;
    this.faults = faults;
    this.maxRecords = maxRecords;
  }

  /**
   * Reads the answer.
   *
   * @return true when it reached the record cap (its batch was discarded and the window must be split)
   * @throws IOException when the connection broke mid-body
   */
  boolean read(int status, InputStream body) throws IOException, WolkvoxException {
    if (status >= 200 && status < 300) {
      return readSuccess(status, body);
    }
    String text = new String(body.readNBytes(ERROR_BODY_LIMIT), StandardCharsets.UTF_8);
    if (status == 404) {
      ChatEnvelope env = envelopeOf(text);
      if (env != null && env.saysNoData()) {
        WindowReceiver.Batch batch = receiver.open(window);
        batch.commit();
        LOG.debug("wolkvox {} {}: no records (404 Validate dates entered)", connection.serverId(), window);
        return false;
      }
    }
    LOG.debug("wolkvox {} {}: HTTP {}", connection.serverId(), window, status);
    throw faults.byStatus(status, text);
  }

  private boolean readSuccess(int status, InputStream body) throws IOException, WolkvoxException {
    WindowReceiver.Batch batch = receiver.open(window);
    boolean committed = false;
    try {
      ChatEnvelope env;
      try {
        env = ChatClickParser.parse(body, connection.zone(), batch, maxRecords);
      } catch (ChatParseException e) {
        throw faults.fail(Kind.BAD_RESPONSE, "wolkvox server " + connection.serverId()
            + " sent an answer that cannot be read for window " + window + " (HTTP " + status + ", "
            + e.getMessage() + "): try again later; if it persists, wolkvox support should see it.", e);
      }
      if (env.records() >= maxRecords) {
        return true;
      }
      WolkvoxException refused = faults.byEnvelope(status, env);
      if (refused != null) {
        throw refused;
      }
      batch.commit();
      committed = true;
      LOG.debug("wolkvox {} {}: {} records", connection.serverId(), window, env.records());
      return false;
    } finally {
      if (!committed) {
        batch.discard();
      }
    }
  }

  /** The envelope of a small JSON body (read with JSON-P, the tolerant reader), or null when it is not one. */
  private ChatEnvelope envelopeOf(String text) {
    try {
      return ChatClickParser.parseWithJsonp(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
          connection.zone(), r -> { }, 0L + Integer.MAX_VALUE);
    } catch (ChatParseException | IOException e) {
      return null;
    }
  }
}
