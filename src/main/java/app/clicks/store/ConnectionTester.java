package app.clicks.store;

import app.clicks.report.ClickRecord;
import app.clicks.wolkvox.ClickSource;
import app.clicks.wolkvox.Window;
import app.clicks.wolkvox.WindowReceiver;
import app.clicks.wolkvox.WolkvoxConnection;
import app.clicks.wolkvox.WolkvoxException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tests a wolkvox connection with one small request: the last hour in the report timezone, records discarded. */
public final class ConnectionTester {
  private static final Logger LOG = LoggerFactory.getLogger(ConnectionTester.class);

  private final ClickSource source;
  private final Clock clock;

  public ConnectionTester(ClickSource source, Clock clock) {
    this.source = source;
    this.clock = clock;
  }

  /** Asks wolkvox once and says what came of it; never throws. */
  public ConnectionVerdict test(WolkvoxConnection connection) {
    LocalDateTime now = LocalDateTime.now(clock.withZone(connection.zone()));
    Window window = new Window(now.minusHours(1), now);
    AtomicInteger records = new AtomicInteger();
    try {
      source.fetch(connection, window, w -> new CountingBatch(records));
      LOG.info("Connection test of wolkvox server {}: connected ({} records).", connection.serverId(), records.get());
      return ConnectionVerdict.connected(records.get(), clock.instant());
    } catch (WolkvoxException e) {
      LOG.info("Connection test of wolkvox server {}: {}.", connection.serverId(), e.kind());
      return ConnectionVerdict.failed(e.kind(), clock.instant());
    } catch (RuntimeException e) {
      LOG.warn("Connection test of wolkvox server {} broke: {}", connection.serverId(), e.getClass().getName(), e);
      return ConnectionVerdict.broken(clock.instant());
    }
  }

  /** Counts the records of the test request and keeps none. */
  private record CountingBatch(AtomicInteger count) implements WindowReceiver.Batch {
    @Override
    public void accept(ClickRecord r) {
      count.incrementAndGet();
    }

    @Override
    public void commit() {}

    @Override
    public void discard() {}
  }
}
