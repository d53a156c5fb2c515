package app.clicks.slack.digest;

import app.clicks.report.Names;
import app.clicks.settings.SettingsStore;
import app.clicks.settings.WorkspaceChoices;
import app.clicks.settings.WorkspaceKey;
import app.clicks.settings.WorkspaceSettings;
import app.clicks.store.AdClicksQuery;
import app.clicks.store.DirectoryStore;
import app.clicks.wolkvox.WolkvoxConnection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A workspace's routing points (its server's stored wolkvox directory, by name) and ads (named ones first, by name;
 * then the last 30 days' ads by clicks), read from the database only. A list that cannot be read is left out. Only
 * while the workspace's own token has worked on its server (store.ProvenReader): a made-up token lists nothing.
 */
final class StoredSliceNames implements SliceNames {
  private static final Logger LOG = LoggerFactory.getLogger(StoredSliceNames.class);
  /** The days of recent ads offered, today included, in the workspace's report timezone. */
  static final int AD_DAYS = 30;

  private final SettingsStore settings;
  private final DirectoryStore directory;
  private final WorkspaceChoices choices;
  private final AdClicksQuery query;
  private final Predicate<WolkvoxConnection> proven;
  private final Clock clock;

  StoredSliceNames(SettingsStore settings, DirectoryStore directory, WorkspaceChoices choices, AdClicksQuery query,
      Predicate<WolkvoxConnection> proven, Clock clock) {
    this.proven = proven;
    this.settings = settings;
    this.directory = directory;
    this.choices = choices;
    this.query = query;
    this.clock = clock;
  }

  @Override
  public KnownSlices known(WorkspaceKey key) {
    Optional<WorkspaceSettings> s;
    try {
      s = settings.find(key).filter(x -> WolkvoxConnection.isValidServerId(x.serverId()) && x.zone() != null
          && proven.test(new WolkvoxConnection(x.serverId(), x.token(), x.zone())));
    } catch (RuntimeException e) {
      LOG.warn("workspace {}: slices shown by id, its settings could not be read ({})", key,
          e.getClass().getSimpleName());
      return KnownSlices.NONE;
    }
    return new KnownSlices(routingPoints(s), ads(key, s));
  }

  private List<KnownSlices.Named> routingPoints(Optional<WorkspaceSettings> s) {
    if (s.isEmpty()) {
      return List.of();
    }
    try {
      Names names = directory.stored(s.get().serverId()).routingPoints();
      List<KnownSlices.Named> out = new ArrayList<>();
      names.byKey().forEach((id, name) -> out.add(new KnownSlices.Named(id, name)));
      out.sort(Comparator.comparing((KnownSlices.Named n) -> n.name() == null ? 1 : 0)
          .thenComparing(n -> n.name() == null ? n.id() : n.name(), String.CASE_INSENSITIVE_ORDER)
          .thenComparing(KnownSlices.Named::id));
      return out;
    } catch (RuntimeException e) {
      LOG.warn("server {}: routing points shown by id, the directory could not be read ({})", s.get().serverId(),
          e.getClass().getSimpleName());
      return List.of();
    }
  }

  private List<KnownSlices.Named> ads(WorkspaceKey key, Optional<WorkspaceSettings> s) {
    Map<String, KnownSlices.Named> out = new LinkedHashMap<>();
    try {
      choices.adNames(key).entrySet().stream()
          .sorted(Map.Entry.<String, String>comparingByValue(String.CASE_INSENSITIVE_ORDER)
              .thenComparing(Map.Entry.comparingByKey()))
          .forEach(e -> out.put(e.getKey(), new KnownSlices.Named(e.getKey(), e.getValue())));
    } catch (RuntimeException e) {
      LOG.warn("workspace {}: ads shown by id, its ad names could not be read ({})", key,
          e.getClass().getSimpleName());
    }
    if (s.isPresent()) {
      try {
        LocalDate today = LocalDate.ofInstant(clock.instant(), s.get().zone());
        for (AdClicksQuery.Counted a : query.ads(s.get().serverId(), today.minusDays(AD_DAYS - 1), today)) {
          String id = a.id().strip();
          if (!id.isEmpty()) {
            out.putIfAbsent(id, new KnownSlices.Named(id, null));
          }
        }
      } catch (RuntimeException e) {
        LOG.warn("server {}: recent ads left out of the digest's slices ({})", s.get().serverId(),
            e.getClass().getSimpleName());
      }
    }
    return List.copyOf(out.values());
  }
}
