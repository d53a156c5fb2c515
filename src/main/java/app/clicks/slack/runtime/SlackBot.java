package app.clicks.slack.runtime;

import app.clicks.context.SummaryContexts;
import app.clicks.settings.SettingsStore;
import app.clicks.slack.clicks.AnswerLanes;
import app.clicks.slack.clicks.ClicksFeature;
import app.clicks.slack.clicks.Ticker;
import app.clicks.slack.common.BoltApps;
import app.clicks.slack.common.SlackUsers;
import app.clicks.store.ClickExport;
import app.clicks.store.ClickReader;
import app.clicks.store.ClickStore;
import app.clicks.store.ProvenReader;
import com.slack.api.bolt.App;
import jakarta.servlet.http.HttpServlet;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the Slack side of the bot: the Bolt app with the /clicks listeners (and any others given), served over
 * HTTP (Jetty, /slack/events and /health) or Socket Mode, with a SIGTERM hook that stops taking requests (within
 * {@link #HTTP_GRACE}), lets running work finish within {@link #GRACE}, then closes what it was given, in order:
 * at most 25 s, inside the 30 s Heroku gives between SIGTERM and SIGKILL.
 */
public final class SlackBot {
  /** How long running work may take to finish on SIGTERM (Heroku allows 30 s before SIGKILL). */
  public static final Duration GRACE = Duration.ofSeconds(20);
  /** How long HTTP requests in flight may take on SIGTERM: they are acknowledgements, due within Slack's 3 s. */
  public static final Duration HTTP_GRACE = Duration.ofSeconds(5);
  private static final Logger log = LoggerFactory.getLogger(SlackBot.class);

  /**
   * How to reach Slack: bot token (one workspace) or install credentials (many: {@code installs}, else null),
   * signing secret (HTTP), app token (Socket Mode, or null), API base, port.
   */
  public record SlackAccess(String botToken, String signingSecret, String appToken, String apiUrl, int port,
      BoltApps.Installs installs) {
    public SlackAccess(String botToken, String signingSecret, String appToken, String apiUrl, int port) {
      this(botToken, signingSecret, appToken, apiUrl, port, null);
    }

    @Override
    public String toString() {
      return "SlackAccess[mode=" + (appToken == null ? "http" : "socket") + ", workspaces="
          + (installs == null ? "one" : "many") + ", apiUrl=" + apiUrl + ", port=" + port + "]";
    }
  }

  /** One thing /health asks about (the database; the digest adds its scheduler): true when it works. */
  @FunctionalInterface
  public interface HealthCheck {
    /** True when healthy; false or an exception means down. Should answer within a couple of seconds. */
    boolean up() throws Exception;
  }

  /**
   * What the bot works with.
   *
   * @param users the bot's users.info cache and admin check (the App Home shares it)
   * @param defaultZone the report timezone of a workspace that has none
   * @param checks what /health asks about, by name ("database"; the digest adds "scheduler")
   * @param closeAfter closed on shutdown after the way in and the work queue (scheduler, then database pool)
   * @param moreListeners registers other listeners on the app (the App Home)
   * @param endpoints more HTTP endpoints by path, served beside /slack/events in HTTP mode (Teams' /teams/messages);
   *     Socket Mode has no HTTP server, so they are not served there
   * @param contexts the names and conversion codes /clicks answers with
   */
  public record Parts(SettingsStore settings, ClickReader reader, SlackUsers users, ZoneId defaultZone,
      Map<String, HealthCheck> checks, List<AutoCloseable> closeAfter, Consumer<App> moreListeners,
      Map<String, HttpServlet> endpoints, SummaryContexts contexts) {
    public Parts {
      endpoints = endpoints == null ? Map.of() : endpoints;
      contexts = contexts == null ? SummaryContexts.NONE : contexts;
    }

    /** Without more endpoints, with ids only. */
    public Parts(SettingsStore settings, ClickReader reader, SlackUsers users, ZoneId defaultZone,
        Map<String, HealthCheck> checks, List<AutoCloseable> closeAfter, Consumer<App> moreListeners) {
      this(settings, reader, users, defaultZone, checks, closeAfter, moreListeners, Map.of(), SummaryContexts.NONE);
    }
  }

  /** A started bot: its shutdown (also registered for SIGTERM; it runs once) and its HTTP port (-1 in Socket Mode). */
  public record Running(Runnable shutdown, int port) {}

  private SlackBot() {}

  /** Starts the bot and registers its SIGTERM hook; returns the shutdown, which can also be run directly. */
  public static Running start(SlackAccess access, Parts parts, Clock clock) throws Exception {
    String secret = access.signingSecret() == null ? "socket-mode-has-no-signing-secret" : access.signingSecret();
    App app = access.installs() == null ? BoltApps.newApp(access.botToken(), secret, access.apiUrl())
        : BoltApps.newInstallableApp(access.installs(), secret, access.apiUrl());
    // The fast lane: store reads, renders, charts and CSVs. Requests waiting for wolkvox wait in the store without a
    // thread, so its queue only has to hold what can be waiting at once (AnswerLanes.MAX_WAITING).
    WorkQueue work = new WorkQueue(4, AnswerLanes.MAX_WAITING, GRACE);
    ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "clicks-progress");
      t.setDaemon(true);
      return t;
    });
    AnswerLanes lanes = new AnswerLanes(work, Ticker.of(ticks), AnswerLanes.MAX_WAITING);
    ClickExport export = parts.reader() instanceof ProvenReader proven ? proven.export()
        : parts.reader() instanceof ClickStore store ? store.export() : null;
    ClicksFeature clicks = new ClicksFeature(parts.settings(), parts.reader(), parts.contexts(), export,
        parts.defaultZone(), parts.users(), lanes, clock);
    clicks.register(app);
    clicks.warmUp();
    parts.moreListeners().accept(app);
    List<AutoCloseable> inOrder = new ArrayList<>();
    int port = -1;
    if (access.appToken() != null) {
      inOrder.add(new SocketModeRunner(access.appToken(), app).start());
      log.info("connected to Slack in Socket Mode");
      if (!parts.endpoints().isEmpty()) {
        log.warn("Socket Mode has no HTTP server: {} not served (use HTTP mode)", parts.endpoints().keySet());
      }
    } else {
      SlackHttpServer server = new SlackHttpServer(app, access.port(), parts.checks(), parts.endpoints(), HTTP_GRACE)
          .start();
      inOrder.add(server);
      port = server.port();
      log.info("listening on port {} at {}", server.port(), SlackHttpServer.EVENTS_PATH);
      if (access.installs() == null) {
        StartupWarmup.run(port, secret, Duration.ofSeconds(5));
      } else {
        // Many workspaces: no installation to answer a /clicks with, so a request that needs no token.
        StartupWarmup.runWithoutInstallation(port, secret, Duration.ofSeconds(5));
      }
    }
    inOrder.add(ticks::shutdownNow);
    inOrder.add(work);
    inOrder.addAll(parts.closeAfter());
    return new Running(new Shutdown(inOrder).onSigterm(), port);
  }
}
