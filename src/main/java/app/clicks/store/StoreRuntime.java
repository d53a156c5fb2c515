package app.clicks.store;

import app.clicks.wolkvox.ClickSource;
import app.clicks.wolkvox.RequestGate;
import java.time.Clock;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything the store needs, opened from its settings: the database (migrated), the shared request gate to hand to
 * the click source (the wolkvox client), the click store reading through that source, and, for a long-running
 * process, the daily deletion of records past their retention. {@link #close()} stops the deletion, then the pool.
 */
public final class StoreRuntime implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(StoreRuntime.class);

  private final Database database;
  private final DbRequestGate gate;
  private final ClickSource source;
  private final ClickStore store;
  private volatile ScheduledExecutorService retention;

  private final TokenProofs proofs;

  private StoreRuntime(Database database, DbRequestGate gate, ClickSource source, ClickStore store,
      TokenProofs proofs) {
    this.database = database;
    this.gate = gate;
    this.source = source;
    this.store = store;
    this.proofs = proofs;
  }

  /**
   * Opens the database at {@code url} and builds the store; {@code sources} makes the click source (the wolkvox
   * client, or the demo data) from the gate it must use.
   *
   * @throws StoreException when the database cannot be opened (the message never shows a password)
   */
  public static StoreRuntime open(DatabaseUrl url, StoreSettings settings, Function<RequestGate, ClickSource> sources,
      Clock clock) {
    return open(url, Migrations.Rule.ALWAYS, settings, sources, clock);
  }

  /**
   * As {@link #open(DatabaseUrl, StoreSettings, Function, Clock)}, migrating as {@code rule} allows (the web process
   * leaves long migrations to the `migrate` command).
   */
  public static StoreRuntime open(DatabaseUrl url, Migrations.Rule rule, StoreSettings settings,
      Function<RequestGate, ClickSource> sources, Clock clock) {
    return open(url, rule, settings, sources, null, clock);
  }

  /**
   * As {@link #open(DatabaseUrl, Migrations.Rule, StoreSettings, Function, Clock)}, for many workspaces on one store:
   * every call of the click source notes what it proves about its token ({@link TokenProofs}, fingerprinted with
   * {@code fingerprint}), and {@link #provenReader} serves stored clicks only to a token proved on their server.
   *
   * @param fingerprint null for a single user (the `report` command), whose reads are not gated
   */
  public static StoreRuntime open(DatabaseUrl url, Migrations.Rule rule, StoreSettings settings,
      Function<RequestGate, ClickSource> sources, TokenProofs.Fingerprint fingerprint, Clock clock) {
    Database database = Database.open(url, rule);
    try {
      DbRequestGate gate = new DbRequestGate(database.dataSource(), settings.maxInFlight(), clock);
      TokenProofs proofs = fingerprint == null ? null : new TokenProofs(database.dataSource(), fingerprint, clock);
      ClickSource source = proofs == null ? sources.apply(gate) : new ProvingSource(sources.apply(gate), proofs);
      return new StoreRuntime(database, gate, source, new ClickStore(database.dataSource(), source, settings, clock),
          proofs);
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  /** Deletes the records past CLICKS_RETENTION_DAYS now and every 24 hours after, until closed (the bot does). */
  public StoreRuntime deletingExpiredDaily() {
    ScheduledExecutorService daily = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "retention");
      t.setDaemon(true);
      return t;
    });
    daily.scheduleWithFixedDelay(this::deleteExpired, 0, 24, TimeUnit.HOURS);
    retention = daily;
    return this;
  }

  /** One retention pass; a failure is logged and tried again tomorrow. */
  void deleteExpired() {
    try {
      LOG.info("retention: {} old click records deleted", store.deleteExpired());
    } catch (RuntimeException e) {
      LOG.warn("retention: old click records could not be deleted", e);
    }
  }

  public Database database() {
    return database;
  }

  /** The request gate shared through the database by every process on it. */
  public DbRequestGate gate() {
    return gate;
  }

  /** The click source the store reads through (the connection test asks it too). */
  public ClickSource source() {
    return source;
  }

  public ClickStore store() {
    return store;
  }

  /**
   * The store as workspaces read it: stored clicks only for a token proved on their server, renewed through
   * {@code tester} (on {@code renewals}) when the proof is a day old. Needs the fingerprint given to {@link #open}.
   */
  public ProvenReader provenReader(ConnectionTester tester, java.util.concurrent.Executor renewals) {
    if (proofs == null) {
      throw new IllegalStateException("this store was opened without token proofs");
    }
    return new ProvenReader(store, proofs, tester, renewals);
  }

  /** Stops the daily deletion (a running pass may end within 20 s), then closes the pool. */
  @Override
  public void close() {
    ScheduledExecutorService daily = retention;
    if (daily != null) {
      daily.shutdown();
      try {
        if (!daily.awaitTermination(20, TimeUnit.SECONDS)) {
          daily.shutdownNow();
        }
      } catch (InterruptedException e) {
        daily.shutdownNow();
        Thread.currentThread().interrupt();
      }
    }
    store.close(java.time.Duration.ofSeconds(5));
    database.close();
  }
}
