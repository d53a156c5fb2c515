package app.clicks;

import app.clicks.alerts.AlertModule;
import app.clicks.config.AppConfig;
import app.clicks.context.SummaryContexts;
import app.clicks.context.WorkspaceContexts;
import app.clicks.digest.DigestModule;
import app.clicks.digest.DigestPosters;
import app.clicks.digest.DigestScheduler;
import app.clicks.settings.EncryptionKeys;
import app.clicks.settings.JdbcSettingsStore;
import app.clicks.settings.JdbcWorkspaceChoices;
import app.clicks.settings.SettingsStore;
import app.clicks.settings.TokenCipher;
import app.clicks.slack.alerts.AlertsFeature;
import app.clicks.slack.common.BoltApps;
import app.clicks.slack.common.BotTokens;
import app.clicks.slack.common.HomeSection;
import app.clicks.slack.common.SlackUsers;
import app.clicks.slack.connect.ConnectFeature;
import app.clicks.slack.connect.ServerZones;
import app.clicks.slack.digest.DigestFeature;
import app.clicks.slack.digest.SliceNames;
import app.clicks.slack.home.HomeFeature;
import app.clicks.slack.install.InstallFeature;
import app.clicks.slack.names.NamesFeature;
import app.clicks.slack.runtime.SlackBot;
import app.clicks.slack.teams.TeamsFeature;
import app.clicks.slack.runtime.SlackBot.HealthCheck;
import app.clicks.store.AdClicksQuery;
import app.clicks.store.ClickReader;
import app.clicks.store.ClickStore;
import app.clicks.store.ConnectionStats;
import app.clicks.store.ConnectionTester;
import app.clicks.store.DirectoryStore;
import app.clicks.store.Migrations;
import app.clicks.store.ProvenReader;
import app.clicks.store.StoreRuntime;
import app.clicks.teams.StoredContexts;
import app.clicks.teams.Teams;
import app.clicks.teams.TeamsCommands;
import app.clicks.wolkvox.ClickSource;
import app.clicks.wolkvox.DemoClickSource;
import app.clicks.wolkvox.DemoDirectorySource;
import app.clicks.wolkvox.DirectoryClient;
import app.clicks.wolkvox.DirectorySource;
import app.clicks.wolkvox.RequestGate;
import app.clicks.wolkvox.Sleeper;
import app.clicks.wolkvox.WolkvoxClient;
import com.slack.api.bolt.App;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * The composition root: builds the bot's object graph by hand from its config, and hands SIGTERM one ordered closer
 * (the Slack side first, then the digest scheduler, the background pool, and the store with its retention).
 */
public final class Application {
  private Application() {}

  /** Builds and starts the bot; whatever was built is closed again when a later part fails to start. */
  public static SlackBot.Running start(AppConfig config, Clock clock) throws Exception {
    Teardown teardown = new Teardown();
    try {
      TokenCipher cipher = new TokenCipher(EncryptionKeys.resolve(config.settingsEncryptionKey(),
          config.settingsEncryptionKeyPrevious(), !config.database().postgres(), config.dataDir()));
      // Every wolkvox call notes what it proves about its token (fingerprinted with the settings key), so that the
      // workspaces' reads below serve stored clicks only to a token that works on their server. A long data
      // migration pending on PostgreSQL stops the start: the `migrate` command (release phase) runs it.
      StoreRuntime storage = teardown.add(StoreRuntime.open(config.database(), Migrations.Rule.AT_START,
          config.store(), gate -> clickSource(config, gate, clock), cipher::fingerprint, clock)
          .deletingExpiredDaily());
      DataSource db = storage.database().dataSource();
      ClickStore store = storage.store();
      ExecutorService background = teardown.addExecutor(Executors.newFixedThreadPool(2, daemon("home")));
      ConnectionTester tester = new ConnectionTester(db, storage.source(), clock);
      ProvenReader reader = storage.provenReader(tester,
          teardown.addExecutor(Executors.newFixedThreadPool(2, daemon("token-proof"))));
      JdbcSettingsStore settings = new JdbcSettingsStore(db, cipher);
      // Many workspaces: installations in the database, and each workspace's own bot token outside requests.
      InstallFeature install =
          config.multiWorkspace() ? new InstallFeature(db, cipher, config.publicUrl(), clock) : null;
      BotTokens botTokens = install == null ? BotTokens.single(config.slackBotToken()) : install.botTokens();
      // What /clicks and the digest read a workspace's connection from: in demo mode, always the demo data.
      SettingsStore connections =
          config.wolkvoxDemo() ? new DemoWorkspaces(settings, config.reportTimezone()) : settings;
      SlackUsers users = new SlackUsers(config.adminUserIds(), clock);
      // One directory store and one set of choices: the names feature edits what every answer reads.
      DirectoryStore directory = directoryStore(config, storage, clock);
      JdbcWorkspaceChoices choices = new JdbcWorkspaceChoices(db);
      SummaryContexts contexts = new WorkspaceContexts(directory, choices,
          config.wolkvoxDemo() ? DemoDirectorySource.AD_NAMES : Map.of());

      Teams teams = teardown.add(Teams.create(db, cipher, connections, reader,
          StoredContexts.of(directory, choices), config.reportTimezone(), clock));
      DigestModule digest = DigestModule.create(db, connections, reader, contexts, new DigestPosters(
          DigestFeature.poster(botTokens, config.slackApiUrl(), settings), teams.digestPoster()), config.digest(),
          clock);
      DigestFeature digestFeature = new DigestFeature(new DigestFeature.Parts(digest.subscriptions(),
          SliceNames.stored(connections, directory, choices, new AdClicksQuery(db), reader::proven, clock),
          DigestFeature.teamsConnected(teams.store())), settings, config.reportTimezone(), background, clock);
      // A server's report timezone is the one its first workspace (whose token works on it) chose; its calls today
      // and last fetch show only to a workspace whose own token is proven on it.
      ServerZones zones = new ServerZones(settings::onServer, reader::vouched);
      ConnectFeature connect = new ConnectFeature(settings, ConnectionStats.of(store), tester,
          new ConnectFeature.SharedServers(zones, reader::proven), background, config.reportTimezone(), clock);
      AlertModule alerts = AlertModule.create(db, connections, choices, store, reader,
          AlertsFeature.poster(botTokens, config.slackApiUrl(), settings), teams.alertPoster(), config.alerts(), clock);
      AlertsFeature alertsFeature = new AlertsFeature(alerts, settings, config.reportTimezone(), background, clock);
      NamesFeature names = new NamesFeature(settings, choices, new AdClicksQuery(db), reader::proven, directory,
          background, clock);
      TeamsFeature teamsFeature =
          new TeamsFeature(teams, settings, config.publicUrl(), config.socketMode(), background, clock);
      List<HomeSection> sections = new ArrayList<>();
      if (config.wolkvoxDemo()) {
        sections.add(HomeFeature.demoNote());
      }
      sections.addAll(List.of(connect.section(), names.section(), digestFeature.section(), alertsFeature.section(),
          teamsFeature.section()));
      HomeFeature home = new HomeFeature(settings, users, background, sections);
      // A workspace the app is removed from loses its digests; they follow its report timezone.
      home.alsoOnRemoval(digest::remove);
      home.alsoOnConnectionSaved(saved -> digest.followZone(saved.key(), saved.zone(), clock.instant()));

      // The digest posts with its own Web API client, so its scheduler may start before the Bolt app serves.
      DigestScheduler scheduler = digest.scheduler();
      scheduler.start();
      teardown.add(() -> scheduler.shutdown(true));
      alerts.scheduler().start();
      teardown.add(() -> alerts.scheduler().shutdown(true));
      Map<String, HealthCheck> checks = new LinkedHashMap<>();
      checks.put("database", storage.database()::ping);
      checks.put("scheduler", scheduler::isHealthy);
      checks.put("alerts", alerts.scheduler()::isHealthy);
      return startSlack(config, new SlackBot.Parts(connections, reader, users, config.reportTimezone(), checks,
          List.of(teardown),
          app -> {
            if (install != null) {
              install.register(app, home);
            }
            home.register(app);
            connect.register(app, home);
            digestFeature.register(app, home);
            names.register(app, home);
            alertsFeature.register(app, home);
            teamsFeature.register(app, home);
          },
          Map.of(TeamsCommands.PATH, teams.servlet()), contexts), clock);
    } catch (Exception | Error e) {
      teardown.close();
      throw e;
    }
  }

  /** The wolkvox client behind the shared gate, or the built-in demo data (WOLKVOX_DEMO=true). */
  private static ClickSource clickSource(AppConfig config, RequestGate gate, Clock clock) {
    return config.wolkvoxDemo()
        ? new DemoClickSource(clock)
        : new WolkvoxClient(config.wolkvox(), WolkvoxClient.httpClient(config.wolkvox()), gate, Sleeper.SYSTEM);
  }

  /** The wolkvox directory per server, read through the shared request gate (or the demo directory). */
  private static DirectoryStore directoryStore(AppConfig config, StoreRuntime storage, Clock clock) {
    DirectorySource source = config.wolkvoxDemo() ? new DemoDirectorySource() : new DirectoryClient(config.wolkvox(),
        WolkvoxClient.httpClient(config.wolkvox()), storage.gate(), Sleeper.SYSTEM);
    return new DirectoryStore(storage.database().dataSource(), source, config.store(), clock);
  }

  /** Starts Slack with the given parts and returns the shutdown that SIGTERM runs (tests use it with stand-ins). */
  public static SlackBot.Running startSlack(AppConfig config, SettingsStore settings, ClickReader reader,
      SummaryContexts contexts, SlackUsers users, Map<String, HealthCheck> checks, List<AutoCloseable> closeAfter,
      Consumer<App> moreListeners, Clock clock) throws Exception {
    return startSlack(config, new SlackBot.Parts(settings, reader, users, config.reportTimezone(),
        checks, closeAfter, moreListeners, Map.of(), contexts), clock);
  }

  /** Starts Slack with the given parts (and any more HTTP endpoints among them). */
  private static SlackBot.Running startSlack(AppConfig config, SlackBot.Parts parts, Clock clock) throws Exception {
    AppConfig.SlackInstall oauth = config.slackInstall();
    BoltApps.Installs installs = oauth == null ? null
        : new BoltApps.Installs(oauth.clientId(), oauth.clientSecret(), oauth.scopes(), config.publicUrl());
    SlackBot.SlackAccess access = new SlackBot.SlackAccess(config.slackBotToken(), config.slackSigningSecret(),
        config.slackAppToken(), config.slackApiUrl(), config.port(), installs);
    return SlackBot.start(access, parts, clock);
  }

  private static ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }
}
