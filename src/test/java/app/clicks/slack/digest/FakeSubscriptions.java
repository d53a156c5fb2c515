package app.clicks.slack.digest;

import app.clicks.digest.DigestOutcome;
import app.clicks.digest.LastRun;
import app.clicks.digest.RunResult;
import app.clicks.digest.Subscription;
import app.clicks.digest.SubscriptionStatus;
import app.clicks.digest.Subscriptions;
import app.clicks.settings.WorkspaceKey;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Subscriptions kept in memory, for the App Home's tests: it records every change asked of it (as "save 0",
 * "setEnabled 7 false", "delete 7", "sendNow 7"), refuses a 21st as the digest does, and answers a send-now with
 * {@link #sendNowResult}.
 */
final class FakeSubscriptions implements Subscriptions {
  final List<String> calls = new CopyOnWriteArrayList<>();
  final List<Subscription> saved = new CopyOnWriteArrayList<>();
  private final Map<Long, SubscriptionStatus> byId = new LinkedHashMap<>();
  private long nextId = 1;
  volatile DigestOutcome sendNowResult = DigestOutcome.POSTED;

  /** Adds {@code s} as stored, with an id, its next run and last run. */
  synchronized Subscription add(Subscription s, Optional<Instant> next, Optional<LastRun> last) {
    Subscription stored = withId(s, s.id() == 0 ? nextId++ : s.id());
    nextId = Math.max(nextId, stored.id() + 1);
    byId.put(stored.id(), new SubscriptionStatus(stored, next, last));
    return stored;
  }

  @Override
  public synchronized List<SubscriptionStatus> list(WorkspaceKey key) {
    List<SubscriptionStatus> out = new ArrayList<>();
    for (SubscriptionStatus s : byId.values()) {
      if (s.subscription().workspace().equals(key)) {
        out.add(s);
      }
    }
    return out;
  }

  @Override
  public synchronized Optional<Subscription> find(WorkspaceKey key, long id) {
    SubscriptionStatus s = byId.get(id);
    return s == null || !s.subscription().workspace().equals(key) ? Optional.empty() : Optional.of(s.subscription());
  }

  @Override
  public synchronized Subscription save(Subscription subscription, Instant changedAt) {
    calls.add("save " + subscription.id());
    saved.add(subscription);
    if (subscription.id() == 0 && list(subscription.workspace()).size() >= MAX_PER_WORKSPACE) {
      throw new IllegalStateException("A workspace has at most " + MAX_PER_WORKSPACE + " digest subscriptions.");
    }
    if (subscription.id() != 0 && find(subscription.workspace(), subscription.id()).isEmpty()) {
      throw new IllegalArgumentException("No such subscription.");
    }
    SubscriptionStatus before = byId.get(subscription.id());
    return add(subscription, Optional.empty(), before == null ? Optional.empty() : before.lastRun());
  }

  @Override
  public synchronized boolean setEnabled(WorkspaceKey key, long id, boolean on, Instant at) {
    calls.add("setEnabled " + id + " " + on);
    Optional<Subscription> s = find(key, id);
    s.ifPresent(x -> byId.put(id, new SubscriptionStatus(enabled(x, on), byId.get(id).nextRun(),
        byId.get(id).lastRun())));
    return s.isPresent();
  }

  @Override
  public synchronized boolean delete(WorkspaceKey key, long id) {
    calls.add("delete " + id);
    return find(key, id).isPresent() && byId.remove(id) != null;
  }

  @Override
  public RunResult sendNow(WorkspaceKey key, long id) {
    calls.add("sendNow " + id);
    return new RunResult(key, LocalDate.of(2026, 11, 22), sendNowResult, null);
  }

  static Subscription withId(Subscription s, long id) {
    return new Subscription(id, s.workspace(), s.channelId(), s.cadence(), s.time(), s.days(), s.dayOfMonth(),
        s.zone(), s.slice(), s.emptyPolicy(), s.destinations(), s.enabled());
  }

  static Subscription enabled(Subscription s, boolean on) {
    return new Subscription(s.id(), s.workspace(), s.channelId(), s.cadence(), s.time(), s.days(), s.dayOfMonth(),
        s.zone(), s.slice(), s.emptyPolicy(), s.destinations(), on);
  }
}
