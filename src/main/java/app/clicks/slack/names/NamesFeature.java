package app.clicks.slack.names;

import app.clicks.report.Directory;
import app.clicks.settings.JdbcWorkspaceChoices;
import app.clicks.settings.SettingsStore;
import app.clicks.settings.WorkspaceKey;
import app.clicks.settings.WorkspaceSettings;
import app.clicks.slack.common.HomeSection;
import app.clicks.slack.common.HomeTab;
import app.clicks.slack.common.SlackUsers;
import app.clicks.slack.home.HomeFeature;
import app.clicks.store.AdClicksQuery;
import app.clicks.wolkvox.WolkvoxConnection;
import java.util.function.Predicate;
import app.clicks.store.DirectoryStore;
import com.slack.api.bolt.App;
import com.slack.api.model.view.View;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ad names and conversion codes in the App Home: its Home tab section (give {@link #section()} to the
 * {@link HomeFeature}, after the connection), the name-ads modal (pages of 45 ads) and the conversion codes modal,
 * both for admins only; {@link #register(App, HomeFeature)} adds their listeners to the app.
 */
public final class NamesFeature {
  private static final Logger LOG = LoggerFactory.getLogger(NamesFeature.class);

  private final JdbcWorkspaceChoices choices;
  private final DirectoryStore directory;
  private final WorkspaceAds ads;
  private final Executor executor;
  private final Clock clock;
  private final NamesSection section;

  /**
   * @param choices the workspaces' ad names and conversion codes (the answers read them as WorkspaceChoices)
   * @param query the ads and outcome codes of recent clicks, from the click store's aggregates
   * @param directory the wolkvox directory as stored (never asks wolkvox here): known codes, hits, last read
   * @param executor republishes the Home tab off Slack's 3 s window
   */
  public NamesFeature(SettingsStore settings, JdbcWorkspaceChoices choices, AdClicksQuery query,
      DirectoryStore directory, Executor executor, Clock clock) {
    this(settings, choices, query, c -> true, directory, executor, clock);
  }

  /**
   * As above, listing a server's recent ads, outcome codes and directory status only while {@code proven} says the
   * workspace's own token works on it (store.ProvenReader#proven): clicks are stored per server, and another
   * workspace may have typed its id.
   */
  public NamesFeature(SettingsStore settings, JdbcWorkspaceChoices choices, AdClicksQuery query,
      Predicate<WolkvoxConnection> proven, DirectoryStore directory, Executor executor, Clock clock) {
    this.choices = choices;
    this.directory = directory;
    this.ads = new WorkspaceAds(settings, query, proven, clock);
    this.executor = executor;
    this.clock = clock;
    this.section = new NamesSection(choices, directory, proven);
  }

  /** The names and conversions part of the Home tab (empty until the workspace has a wolkvox server). */
  public HomeSection section() {
    return section;
  }

  /**
   * Adds the buttons' and modals' listeners to {@code app}, with the App Home's admin check and publisher; a
   * workspace the app is removed from loses its names and codes too.
   */
  public void register(App app, HomeFeature home) {
    SlackUsers users = home.users();
    HomeTab tab = home.publisher();
    NamesSubmission submission = new NamesSubmission(choices, ads, users, tab, executor, clock);
    home.alsoOnRemoval(choices::delete);
    app.blockAction(NamesActions.NAME_ADS,
        new OpenModalListener("ad names", ads, users, this::adsForm, AdNamesModal::refused));
    app.blockAction(NamesActions.CODES,
        new OpenModalListener("conversion codes", ads, users, this::codesForm, CodesModal::refused));
    app.viewSubmission(NamesActions.ADS_MODAL,
        new AdNamesSubmissionListener(submission));
    app.viewSubmission(NamesActions.CODES_MODAL,
        new CodesSubmissionListener(submission));
  }

  /** The first page of the name-ads modal. */
  private View adsForm(WorkspaceKey key, Locale locale) {
    Optional<WorkspaceSettings> connection = ads.connection(key);
    if (connection.isEmpty()) {
      return AdNamesModal.notConnected(locale);
    }
    return AdNamesModal.form(AdPage.of(ads.recent(connection), 0), choices.adNames(key), locale);
  }

  /** The conversion codes modal, offering the server's known codes. */
  private View codesForm(WorkspaceKey key, Locale locale) {
    Optional<WorkspaceSettings> connection = ads.connection(key);
    if (connection.isEmpty()) {
      return AdNamesModal.notConnected(locale);
    }
    String server = connection.get().serverId();
    Directory known;
    try {
      known = directory.stored(server);
    } catch (RuntimeException e) {
      LOG.warn("The directory of server {} could not be read for the codes modal: {}", server, e.toString());
      known = Directory.EMPTY;
    }
    List<String> used = ads.recentCodes(connection.get());
    return CodesModal.form(CodeChoice.of(known, choices.conversionCodes(key), used), locale);
  }
}
