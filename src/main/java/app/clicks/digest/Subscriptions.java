package app.clicks.digest;

import app.clicks.settings.WorkspaceKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A workspace's digest subscriptions, as the App Home and its modals see them: listed, saved (and scheduled at once),
 * turned on or off, deleted, sent now. The seam between the digest and the Slack features.
 */
public interface Subscriptions {
  /** The most subscriptions a workspace may have. */
  int MAX_PER_WORKSPACE = 20;

  /** The workspace's subscriptions in the order they were added. */
  List<SubscriptionStatus> list(WorkspaceKey key);

  Optional<Subscription> find(WorkspaceKey key, long id);

  /**
   * Saves a new subscription (id 0) or a changed one of the same workspace, and schedules it at once.
   *
   * @return the subscription as saved, with its id
   * @throws IllegalArgumentException when it is not valid (the message is for the admin)
   * @throws IllegalStateException when a new one would be past {@link #MAX_PER_WORKSPACE} (the message is for the
   *     admin)
   */
  Subscription save(Subscription subscription, Instant changedAt);

  /** Turns a subscription on or off; false when the workspace has no such subscription. */
  boolean setEnabled(WorkspaceKey key, long id, boolean on, Instant at);

  /** Deletes a subscription and its trigger; false when the workspace has no such subscription. */
  boolean delete(WorkspaceKey key, long id);

  /** Posts the subscription's latest period now, on the caller's thread; not counted as the period's delivery. */
  RunResult sendNow(WorkspaceKey key, long id);
}
