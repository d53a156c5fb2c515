package app.clicks.slack.digest;

import app.clicks.digest.Cadence;
import app.clicks.digest.Subscription;
import app.clicks.digest.Subscriptions;
import app.clicks.settings.WorkspaceKey;
import com.slack.api.model.view.View;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The digest's modals for one workspace, with what they read: its subscriptions, its report timezone, the routing
 * points and ads it knows, and whether it connected Microsoft Teams.
 */
final class DigestViews {
  private final Subscriptions subscriptions;
  private final WorkspaceZones zones;
  private final SliceNames names;
  private final Predicate<WorkspaceKey> teams;

  DigestViews(Subscriptions subscriptions, WorkspaceZones zones, SliceNames names, Predicate<WorkspaceKey> teams) {
    this.subscriptions = subscriptions;
    this.zones = zones;
    this.names = names;
    this.teams = teams;
  }

  /** The empty form, or why no subscription can be added (the workspace has the most allowed). */
  View add(WorkspaceKey key, Locale locale) {
    if (subscriptions.list(key).size() >= Subscriptions.MAX_PER_WORKSPACE) {
      return DigestModal.limit(locale);
    }
    return DigestModal.form(new DigestModal.Input(Optional.empty(), zones.zone(key), names.known(key),
        teams.test(key), locale));
  }

  /** The form filled in with subscription {@code id}, or "it no longer exists". */
  View change(WorkspaceKey key, long id, Locale locale) {
    Optional<Subscription> s = subscriptions.find(key, id);
    return s.isEmpty() ? DigestModal.gone(locale)
        : DigestModal.form(new DigestModal.Input(s, zones.zone(key), names.known(key), teams.test(key), locale));
  }

  /**
   * The form redrawn for another cadence, for the subscription and zone the open modal has (its private_metadata);
   * "it no longer exists" when a changed one was deleted meanwhile.
   */
  View switched(WorkspaceKey key, DigestModal.Metadata shown, Cadence cadence, Locale locale) {
    Optional<Subscription> s = shown.id() == 0 ? Optional.empty() : subscriptions.find(key, shown.id());
    if (shown.id() != 0 && s.isEmpty()) {
      return DigestModal.gone(locale);
    }
    return DigestModal.form(new DigestModal.Input(s, shown.zone().orElseGet(() -> zones.zone(key)), names.known(key),
        teams.test(key), locale), cadence);
  }

  /** "Delete this digest?", or "it no longer exists". */
  View delete(WorkspaceKey key, long id, Locale locale) {
    Optional<Subscription> s = subscriptions.find(key, id);
    if (s.isEmpty()) {
      return DigestModal.gone(locale);
    }
    KnownSlices known = s.get().slice().isAll() ? KnownSlices.NONE : names.known(key);
    return DigestModal.confirmDelete(s.get(), known, zones.zone(key), locale);
  }

  boolean teams(WorkspaceKey key) {
    return teams.test(key);
  }
}
