package app.clicks;

import app.clicks.cli.Cli;
import app.clicks.config.AppConfig;
import app.clicks.config.ConfigException;
import app.clicks.digest.DigestModule;
import app.clicks.digest.DigestPoster;
import app.clicks.digest.DigestScheduler;
import app.clicks.digest.DigestSettings;
import app.clicks.settings.EncryptionKeys;
import app.clicks.settings.JdbcSettingsStore;
import app.clicks.settings.JdbcWorkspaceChoices;
import app.clicks.settings.SettingsStore;
import app.clicks.settings.TokenCipher;
import app.clicks.slack.common.SlackUsers;
import app.clicks.slack.connect.ConnectFeature;
import app.clicks.slack.digest.DigestFeature;
import app.clicks.slack.home.HomeFeature;
import app.clicks.slack.names.NamesFeature;
import app.clicks.slack.runtime.SlackBot.HealthCheck;
import app.clicks.slack.runtime.SlackBot;
import app.clicks.store.AdClicksQuery;
import app.clicks.store.ClickReader;
import app.clicks.store.ClickStore;
import app.clicks.store.ConnectionStats;
import app.clicks.store.ConnectionTester;
import app.clicks.store.Database;
import app.clicks.store.DirectoryStore;
import app.clicks.store.StoreRuntime;
import app.clicks.store.StoreSettings;
import app.clicks.wolkvox.ClickSource;
import app.clicks.wolkvox.DemoClickSource;
import app.clicks.wolkvox.DemoDirectorySource;
import app.clicks.wolkvox.DirectoryClient;
import app.clicks.wolkvox.DirectorySource;
import app.clicks.wolkvox.Sleeper;
import app.clicks.wolkvox.WolkvoxClient;
import app.clicks.wolkvox.WolkvoxSettings;
import com.slack.api.bolt.App;
import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the bot (no arguments), or runs a command of the command line ({@link Cli}: `report`). */
public final class Main {

  private Main() {}

  /** The logger, made only when the bot starts: the `report` command should not pay for logging's start-up. */
  private static Logger log() {
    return LoggerFactory.getLogger(Main.class);
  }

  public static void main(String[] args) {
    if (args.length > 0) {
      System.exit(Cli.run(args, System.getenv(), System.out, System.err));
    }
    int code = start(System.getenv(), System.err);
    if (code != 0) {
      System.exit(code);
    }
  }

  /** Checks the environment and starts the bot: 0 when it runs, 1 with one message naming every problem. */
  static int start(Map<String, String> env, PrintStream err) {
    AppConfig config = null;
    List<String> problems = new ArrayList<>();
    try {
      config = AppConfig.from(env);
    } catch (ConfigException e) {
      problems.addAll(e.problems());
    }
    // The store's, the wolkvox client's and the digest's own variables, checked now so one message names all.
    StoreSettings storeSettings = check(problems, () -> StoreSettings.fromEnv(env));
    WolkvoxSettings wolkvoxSettings = check(problems, () -> WolkvoxSettings.fromEnv(env));
    DigestSettings digestSettings = check(problems, () -> DigestSettings.fromEnv(env));
    if (!problems.isEmpty()) {
      err.println(new ConfigException(problems).getMessage());
      return 1;
    }
    try {
      log().info("starting with {}", config);
      startBot(config, env, storeSettings, wolkvoxSettings, digestSettings, Clock.systemUTC());
      return 0;
    } catch (Exception e) {
      log().error("the bot could not start", e);
      err.println("The bot could not start: " + e.getMessage());
      return 1;
    }
  }

  private static <T> T check(List<String> problems, Supplier<T> read) {
    try {
      return read.get();
    } catch (IllegalArgumentException e) {
      problems.add(e.getMessage());
      return null;
    }
  }

  /**
   * Wires the bot by hand: the database (migrated) with the click store reading through the wolkvox client (or the
   * demo data) behind the shared request gate, the workspace settings with their token cipher, the daily digest
   * (Quartz on the same database, its Home tab section and modal), the App Home, and Slack. Returns what SIGTERM runs.
   */
  public static SlackBot.Running startBot(AppConfig config, Map<String, String> env, StoreSettings storeSettings,
      WolkvoxSettings wolkvoxSettings, DigestSettings digestSettings, Clock clock) throws Exception {
    AtomicReference<ClickSource> wolkvox = new AtomicReference<>();
    StoreRuntime storage =
        StoreRuntime.open(
            env,
            gate -> {
              wolkvox.set(config.wolkvoxDemo()
                  ? new DemoClickSource(clock)
                  : new WolkvoxClient(wolkvoxSettings, WolkvoxClient.httpClient(wolkvoxSettings), gate, Sleeper.SYSTEM));
              return wolkvox.get();
            },
            clock);
    Database database = storage.database();
    ClickStore store = storage.store();
    ClickSource source = wolkvox.get();
    ExecutorService background = Executors.newFixedThreadPool(2, daemon("home"));
    ScheduledExecutorService housekeeping = Executors.newSingleThreadScheduledExecutor(daemon("retention"));
    DigestModule digest = null;
    try {
      EncryptionKeys keys = EncryptionKeys.resolve(config.settingsEncryptionKey(),
          config.settingsEncryptionKeyPrevious(), !database.isPostgres(), config.dataDir());
      SettingsStore settings = new JdbcSettingsStore(database.dataSource(), new TokenCipher(keys));
      DigestPoster poster = DigestFeature.poster(config.slackBotToken(), config.slackApiUrl(), settings);
      digest = DigestModule.create(database.dataSource(), settings, store, poster, digestSettings, clock);
      DigestFeature digestFeature = new DigestFeature(digest, settings, config.reportTimezone(), background, clock);
      ConnectFeature connect = new ConnectFeature(settings, ConnectionStats.of(store),
          new ConnectionTester(database.dataSource(), source, clock), background, clock);
      NamesFeature names = new NamesFeature(settings, new JdbcWorkspaceChoices(database.dataSource()),
          new AdClicksQuery(database.dataSource()), directoryStore(config, wolkvoxSettings, storeSettings, storage, clock),
          background, clock);
      SlackUsers users = new SlackUsers(config.adminUserIds(), clock);
      HomeFeature home = new HomeFeature(settings, users, background,
          List.of(connect.section(), names.section(), digestFeature.section()));
      housekeeping.scheduleWithFixedDelay(() -> deleteExpired(store), 0, 24, TimeUnit.HOURS);
      Map<String, HealthCheck> checks = new LinkedHashMap<>();
      checks.put("database", database::ping);
      DigestScheduler scheduler = digest.scheduler();
      checks.put("scheduler", scheduler::isHealthy);
      // The digest posts with its own Web API client, so its scheduler may start before the Bolt app serves.
      scheduler.start();
      return startSlack(config, settings, store, users, checks,
          List.of(() -> scheduler.shutdown(true), closing(housekeeping), closing(background), storage),
          app -> {
            home.register(app);
            connect.register(app, home);
            digestFeature.register(app, home);
            names.register(app, home);
          },
          clock);
    } catch (Exception | Error e) {
      if (digest != null) {
        digest.scheduler().shutdown(false);
      }
      housekeeping.shutdownNow();
      background.shutdownNow();
      storage.close();
      throw e;
    }
  }

  /** The wolkvox directory per server, read through the shared request gate (or the demo directory). */
  private static DirectoryStore directoryStore(AppConfig config, WolkvoxSettings wolkvoxSettings,
      StoreSettings storeSettings, StoreRuntime storage, Clock clock) {
    DirectorySource source = config.wolkvoxDemo() ? new DemoDirectorySource() : new DirectoryClient(wolkvoxSettings,
        WolkvoxClient.httpClient(wolkvoxSettings), storage.gate(), Sleeper.SYSTEM);
    return new DirectoryStore(storage.database().dataSource(), source, storeSettings, clock);
  }

  /** Deletes click records past CLICKS_RETENTION_DAYS; a failure is logged and tried again tomorrow. */
  private static void deleteExpired(ClickStore store) {
    try {
      int deleted = store.deleteExpired();
      log().info("retention: {} old click records deleted", deleted);
    } catch (RuntimeException e) {
      log().warn("retention: old click records could not be deleted", e);
    }
  }

  /** Stops an executor at shutdown, letting running work end within 20 s. */
  private static AutoCloseable closing(ExecutorService executor) {
    return () -> {
      executor.shutdown();
      if (!executor.awaitTermination(20, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    };
  }

  private static ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }

  /** Starts Slack with the given parts and returns the shutdown that SIGTERM runs (tests and the lead use it). */
  public static SlackBot.Running startSlack(AppConfig config, SettingsStore settings, ClickReader reader,
      SlackUsers users, Map<String, HealthCheck> checks, List<AutoCloseable> closeAfter, Consumer<App> moreListeners,
      Clock clock) throws Exception {
    SlackBot.SlackAccess access = new SlackBot.SlackAccess(config.slackBotToken(), config.slackSigningSecret(),
        config.slackAppToken(), config.slackApiUrl(), config.port());
    return SlackBot.start(access, new SlackBot.Parts(settings, reader, users, config.reportTimezone(),
        checks, closeAfter, moreListeners), clock);
  }
}
