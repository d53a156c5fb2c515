package app.clicks.slack.names;

import app.clicks.settings.SettingsStore;
import app.clicks.settings.WorkspaceKey;
import app.clicks.settings.WorkspaceSettings;
import app.clicks.slack.common.SlackUser;
import app.clicks.store.AdClicksQuery;
import app.clicks.store.AdClicksQuery.Counted;
import app.clicks.wolkvox.WolkvoxConnection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/** The ads a workspace's admins can name: those that brought clicks on its wolkvox server in the last 30 days. */
final class WorkspaceAds {
  /** The days listed, today included, in the workspace's report timezone. */
  static final int DAYS = 30;
  /** Longest ad id that can be named (the name input's block id holds it; the table keeps 200). */
  static final int MAX_ID = 200;

  private final SettingsStore settings;
  private final AdClicksQuery query;
  private final Predicate<WolkvoxConnection> proven;
  private final Clock clock;

  WorkspaceAds(SettingsStore settings, AdClicksQuery query, Predicate<WolkvoxConnection> proven, Clock clock) {
    this.settings = settings;
    this.query = query;
    this.proven = proven;
    this.clock = clock;
  }

  /** The workspace's settings when it has a wolkvox server on which its own token works (its clicks are its). */
  Optional<WorkspaceSettings> connection(WorkspaceKey key) {
    return settings.find(key).filter(s -> WolkvoxConnection.isValidServerId(s.serverId()) && s.zone() != null
        && proven.test(new WolkvoxConnection(s.serverId(), s.token(), s.zone())));
  }

  /** The user's language, else the workspace's. */
  Locale locale(WorkspaceKey key, SlackUser user) {
    return user.localeOr(settings.find(key).map(WorkspaceSettings::language).orElse(null));
  }

  /** The ads of the last {@link #DAYS} days, most clicks first, ties by id; none without a server. */
  List<Counted> recent(Optional<WorkspaceSettings> connection) {
    if (connection.isEmpty()) {
      return List.of();
    }
    WorkspaceSettings s = connection.get();
    LocalDate today = LocalDate.ofInstant(clock.instant(), s.zone());
    return query.ads(s.serverId(), today.minusDays(DAYS - 1), today).stream()
        .filter(a -> !a.id().isBlank() && a.id().length() <= MAX_ID)
        .toList();
  }

  /** The outcome codes of the last {@link #DAYS} days' clicks, most used first (as stored). */
  List<String> recentCodes(WorkspaceSettings s) {
    LocalDate today = LocalDate.ofInstant(clock.instant(), s.zone());
    return query.codesUsed(s.serverId(), today.minusDays(DAYS - 1), today).stream().map(Counted::id).toList();
  }
}
