package app.clicks.store;

import app.clicks.report.PeriodPair;
import app.clicks.report.Slice;
import app.clicks.wolkvox.WolkvoxConnection;
import app.clicks.wolkvox.WolkvoxException;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The click store as every workspace reads it (/clicks, the CSV, the digest, the alerts, Teams): stored clicks of a
 * wolkvox server are served only while the request's own token has succeeded on that server within
 * {@link TokenProofs#LIFETIME}. Clicks are stored per server and a stored day is read with no wolkvox call, so without
 * this a workspace that typed another customer's server id with a made-up token would read that customer's clicks.
 *
 * <p>A proof comes from any wolkvox call that succeeded with the token (the connection test, a fetch: see
 * {@link ProvingSource}); a token refused drops it. When a request's proof is missing or older than a day, one cheap
 * call with its token (the connection test's last hour) renews it first, counted and within the purpose's budget;
 * if wolkvox refuses the token the request gets the token's failure and no stored number.
 */
public final class ProvenReader implements ClickReader {
  private static final Logger LOG = LoggerFactory.getLogger(ProvenReader.class);
  /** What an answer waiting for a renewal tells its ack: one small request. */
  private static final Duration RENEWAL_WAIT = Duration.ofSeconds(2);

  private final ClickStore store;
  private final TokenProofs proofs;
  private final ConnectionTester tester;
  private final Executor renewals;
  /** Answers started while their proof was renewed: what {@link #finish} reads (forgotten with the pending). */
  private final Map<Pending, CompletableFuture<Pending>> renewing = Collections.synchronizedMap(new WeakHashMap<>());

  /**
   * @param tester makes the renewing call, through the store's proving source
   * @param renewals runs a renewal for {@link #start}, which must not wait for wolkvox
   */
  public ProvenReader(ClickStore store, TokenProofs proofs, ConnectionTester tester, Executor renewals) {
    this.store = store;
    this.proofs = proofs;
    this.tester = tester;
    this.renewals = renewals;
  }

  /** The CSV export of the store, read after a period has been synced through this reader. */
  public ClickExport export() {
    return store.export();
  }

  @Override
  public int daysToFetch(WolkvoxConnection connection, PeriodPair periods) {
    return store.daysToFetch(connection, periods);
  }

  @Override
  public StoredTotals totals(WolkvoxConnection connection, PeriodPair periods, Purpose purpose)
      throws WolkvoxException {
    require(connection, purpose);
    return store.totals(connection, periods, purpose);
  }

  @Override
  public StoredTotals totals(WolkvoxConnection connection, PeriodPair periods, Purpose purpose, Slice slice)
      throws WolkvoxException {
    require(connection, purpose);
    return store.totals(connection, periods, purpose, slice);
  }

  @Override
  public Pending start(WolkvoxConnection connection, PeriodPair periods, Purpose purpose) {
    if (proven(connection)) {
      return store.start(connection, periods, purpose);
    }
    Pending outer = Pending.waiting(connection, periods, purpose, RENEWAL_WAIT);
    CompletableFuture<Pending> inner = new CompletableFuture<>();
    renewing.put(outer, inner);
    try {
      renewals.execute(() -> {
        try {
          require(connection, purpose);
          Pending p = store.start(connection, periods, purpose);
          inner.complete(p);
          p.synced().whenComplete((v, e) -> outer.synced().complete(null));
        } catch (WolkvoxException | RuntimeException e) {
          inner.completeExceptionally(e);
          outer.synced().complete(null);
        }
      });
    } catch (RejectedExecutionException e) {
      inner.completeExceptionally(e);
      outer.synced().complete(null);
    }
    return outer;
  }

  @Override
  public StoredTotals finish(Pending pending) throws WolkvoxException {
    CompletableFuture<Pending> inner = renewing.remove(pending);
    if (inner == null) {
      return store.finish(pending);
    }
    Pending synced;
    try {
      synced = inner.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof WolkvoxException w) {
        throw w;
      }
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
    return store.finish(synced);
  }

  /**
   * Returns when the connection's token has a fresh proof on its server, renewing it with one counted call when
   * needed.
   *
   * @throws WolkvoxException the renewal's failure (the token refused, wolkvox down), or the budget spent
   */
  void require(WolkvoxConnection connection, Purpose purpose) throws WolkvoxException {
    if (proven(connection)) {
      return;
    }
    if (store.callsToday(connection) >= store.settings().budgetFor(purpose)) {
      throw new WolkvoxException(WolkvoxException.Kind.BUDGET_EXHAUSTED, connection.serverId(), null,
          "The bot's daily budget of wolkvox calls for server " + connection.serverId() + " is spent, and its token"
              + " must be checked with wolkvox again before stored clicks are shown. It resets at midnight "
              + connection.zone().getId() + ".");
    }
    ConnectionVerdict verdict = tester.test(connection);
    if (verdict.connected()) {
      LOG.info("server {}: token proof renewed", connection.serverId());
      return;
    }
    WolkvoxException.Kind kind = verdict.failure() == null ? WolkvoxException.Kind.BAD_RESPONSE : verdict.failure();
    LOG.info("server {}: token proof not renewed ({}); no stored clicks served", connection.serverId(), kind);
    throw new WolkvoxException(kind, connection.serverId(), null,
        "wolkvox did not accept this token on server " + connection.serverId() + " (" + kind + ").");
  }

  /**
   * True when the connection's token has worked on its server and was not refused since, however long ago (the
   * workspaces that own a server's report timezone). A proof that cannot be read counts as none.
   */
  public boolean vouched(WolkvoxConnection connection) {
    try {
      return proofs.provedAt(connection) != null;
    } catch (RuntimeException e) {
      LOG.warn("server {}: the token proof could not be read ({})", connection.serverId(),
          e.getClass().getSimpleName());
      return false;
    }
  }

  /**
   * True when the connection's token has a fresh proof on its server (no call made): what reads of stored clicks
   * outside this reader check (the ads an admin can name). A proof that cannot be read counts as none.
   */
  public boolean proven(WolkvoxConnection connection) {
    try {
      return proofs.fresh(connection);
    } catch (RuntimeException e) {
      LOG.warn("server {}: the token proof could not be read ({})", connection.serverId(),
          e.getClass().getSimpleName());
      return false;
    }
  }
}
