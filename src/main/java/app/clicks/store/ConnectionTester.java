package app.clicks.store;

import app.clicks.report.ClickRecord;
import app.clicks.wolkvox.ClickSource;
import app.clicks.wolkvox.Window;
import app.clicks.wolkvox.WindowReceiver;
import app.clicks.wolkvox.WolkvoxConnection;
import app.clicks.wolkvox.WolkvoxException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tests a wolkvox connection with one small request: the last hour in the report timezone, records discarded. It goes
 * through the same click source as the store's fetches (so the shared gate), and its requests are counted in the
 * day's call log like theirs; it is never refused for budget, so an admin fixing a token can always test.
 */
public final class ConnectionTester {
  private static final Logger LOG = LoggerFactory.getLogger(ConnectionTester.class);

  private final ClickSource source;
  private final CallLog calls;
  private final Clock clock;

  /** @param dataSource the click store's database, whose call log counts the test's requests */
  public ConnectionTester(DataSource dataSource, ClickSource source, Clock clock) {
    this.source = source;
    this.calls = new CallLog(dataSource);
    this.clock = clock;
  }

  /** Asks wolkvox once and says what came of it; never throws. */
  public ConnectionVerdict test(WolkvoxConnection connection) {
    LocalDateTime now = LocalDateTime.now(clock.withZone(connection.zone()));
    Window window = new Window(now.minusHours(1), now);
    AtomicInteger records = new AtomicInteger();
    int requests = 1;
    try {
      requests = source.fetch(connection, window, w -> new CountingBatch(records));
      LOG.info("Connection test of wolkvox server {}: connected ({} records).", connection.serverId(), records.get());
      return ConnectionVerdict.connected(records.get(), clock.instant());
    } catch (WolkvoxException e) {
      LOG.info("Connection test of wolkvox server {}: {}.", connection.serverId(), e.kind());
      return ConnectionVerdict.failed(e.kind(), clock.instant());
    } catch (RuntimeException e) {
      LOG.warn("Connection test of wolkvox server {} broke: {}", connection.serverId(), e.getClass().getName(), e);
      return ConnectionVerdict.broken(clock.instant());
    } finally {
      count(connection, requests);
    }
  }

  /** Counts the test's requests (1 when it failed, as a failed fetch counts); a failure to count is only logged. */
  private void count(WolkvoxConnection connection, int requests) {
    try {
      calls.add(connection.serverId(), LocalDate.ofInstant(clock.instant(), connection.zone()), requests);
    } catch (RuntimeException e) {
      LOG.warn("Connection test of wolkvox server {}: its call could not be counted ({})", connection.serverId(),
          e.getClass().getSimpleName());
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
