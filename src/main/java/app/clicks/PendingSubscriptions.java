package app.clicks;

import app.clicks.digest.RunResult;
import app.clicks.digest.Subscription;
import app.clicks.digest.SubscriptionStatus;
import app.clicks.digest.Subscriptions;
import app.clicks.settings.WorkspaceKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** TEMPORARY, until the digest's Subscriptions is merged: no subscriptions, and none can be saved. */
enum PendingSubscriptions implements Subscriptions {
  INSTANCE;

  @Override
  public List<SubscriptionStatus> list(WorkspaceKey key) {
    return List.of();
  }

  @Override
  public Optional<Subscription> find(WorkspaceKey key, long id) {
    return Optional.empty();
  }

  @Override
  public Subscription save(Subscription subscription, Instant changedAt) {
    throw new IllegalArgumentException("Digest subscriptions are not available yet.");
  }

  @Override
  public boolean setEnabled(WorkspaceKey key, long id, boolean on, Instant at) {
    return false;
  }

  @Override
  public boolean delete(WorkspaceKey key, long id) {
    return false;
  }

  @Override
  public RunResult sendNow(WorkspaceKey key, long id) {
    throw new IllegalStateException("Digest subscriptions are not available yet.");
  }
}
