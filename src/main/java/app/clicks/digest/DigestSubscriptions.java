package app.clicks.digest;

import app.clicks.settings.WorkspaceKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The workspaces' digest subscriptions on their store and the scheduler: each change scheduled at once. */
final class DigestSubscriptions implements Subscriptions {
  private static final Logger LOG = LoggerFactory.getLogger(DigestSubscriptions.class);

  private final SubscriptionStore store;
  private final DigestScheduler scheduler;
  private final DigestRunner runner;

  DigestSubscriptions(SubscriptionStore store, DigestScheduler scheduler, DigestRunner runner) {
    this.store = store;
    this.scheduler = scheduler;
    this.runner = runner;
  }

  @Override
  public List<SubscriptionStatus> list(WorkspaceKey key) {
    return store.list(key).stream()
        .map(s -> new SubscriptionStatus(s, s.enabled() ? scheduler.nextRun(s.id()) : Optional.empty(),
            store.lastRun(s.id())))
        .toList();
  }

  @Override
  public Optional<Subscription> find(WorkspaceKey key, long id) {
    return store.find(key, id);
  }

  @Override
  public Subscription save(Subscription s, Instant changedAt) {
    if (s == null) {
      throw new IllegalArgumentException("Nothing to save.");
    }
    Subscription saved;
    if (s.id() == 0) {
      saved = store.insert(s, changedAt, MAX_PER_WORKSPACE).orElseThrow(() -> new IllegalStateException(
          "This workspace has " + MAX_PER_WORKSPACE + " digests already, the most it may have. Delete one first."));
      LOG.info("digest subscription {} of {} added: {} {} {}", saved.id(), s.workspace(), s.cadence(),
          s.cronExpression(), s.zone());
    } else if (!store.update(s, changedAt)) {
      throw new IllegalArgumentException("This digest no longer exists. Reopen the App Home and try again.");
    } else {
      saved = s;
      LOG.info("digest subscription {} of {} changed: {} {} {}", s.id(), s.workspace(), s.cadence(),
          s.cronExpression(), s.zone());
    }
    scheduler.schedule(saved);
    return saved;
  }

  @Override
  public boolean setEnabled(WorkspaceKey key, long id, boolean on, Instant at) {
    if (!store.setEnabled(key, id, on, at)) {
      return false;
    }
    store.find(key, id).ifPresent(scheduler::schedule);
    return true;
  }

  @Override
  public boolean delete(WorkspaceKey key, long id) {
    if (store.find(key, id).isEmpty()) {
      return false;
    }
    scheduler.unschedule(id);
    boolean deleted = store.delete(key, id);
    LOG.info("digest subscription {} of {} deleted", id, key);
    return deleted;
  }

  @Override
  public RunResult sendNow(WorkspaceKey key, long id) {
    return runner.sendNow(key, id);
  }
}
