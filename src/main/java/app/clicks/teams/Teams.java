package app.clicks.teams;

import app.clicks.digest.DigestPoster;
import app.clicks.settings.SettingsStore;
import app.clicks.settings.TokenCipher;
import app.clicks.settings.WorkspaceKey;
import app.clicks.store.ClickReader;
import jakarta.servlet.http.HttpServlet;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Microsoft Teams, wired by hand for the composition root: the settings (both secrets sealed), the Workflows poster
 * (digest, alerts, the test card), and the Outgoing Webhook endpoint {@value TeamsCommands#PATH} (give
 * {@link #servlet()} to the HTTP server). Close it on shutdown (its small pool for answers and background fetches).
 */
public final class Teams implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Teams.class);

  /** What Teams works with. */
  public record Wiring(TeamsSettingsStore store, SettingsStore settings, ClickReader reader, StoredContexts contexts,
      ZoneId defaultZone, WorkflowsPoster poster, Clock clock) {}

  private final Wiring wiring;
  private final ExecutorService work;
  private final TeamsCommands commands;

  public Teams(Wiring wiring) {
    this.wiring = wiring;
    AtomicInteger n = new AtomicInteger();
    this.work = new ThreadPoolExecutor(2, 2, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(16), r -> {
      Thread t = new Thread(r, "teams-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    }, new ThreadPoolExecutor.AbortPolicy());
    this.commands = new TeamsCommands(wiring.store(), wiring.settings(), wiring.reader(), wiring.contexts(),
        wiring.defaultZone(), work, wiring.clock());
  }

  /** Teams on the application's database, with the settings cipher and the production poster. */
  public static Teams create(DataSource db, TokenCipher cipher, SettingsStore settings, ClickReader reader,
      StoredContexts contexts, ZoneId defaultZone, Clock clock) {
    return new Teams(new Wiring(new TeamsSettingsStore(db, cipher), settings, reader, contexts, defaultZone,
        WorkflowsPoster.create(), clock));
  }

  public TeamsSettingsStore store() {
    return wiring.store();
  }

  /** The servlet for {@value TeamsCommands#PATH}. */
  public HttpServlet servlet() {
    return new TeamsMessagesServlet(commands);
  }

  /** The request handler behind the servlet (tests call it directly). */
  public TeamsCommands commands() {
    return commands;
  }

  /** The digest's Teams destination: each subscription that asks for Teams posts its card through it. */
  public DigestPoster digestPoster() {
    return new TeamsDigestPoster(wiring);
  }

  /** Saves an admin's Teams settings (both secrets sealed). */
  public void save(TeamsSettings s) {
    wiring.store().save(s);
    log.info("{} saved the Teams settings of {}: {}", s.changedBy(), s.workspace(), s);
  }

  /**
   * Posts a test card to the workspace's webhook and records how it went (for the App Home).
   *
   * @return the test card's outcome; empty when no webhook URL is set
   */
  public Optional<TeamsPostOutcome> sendTest(TeamsSettings s) {
    if (!s.posts()) {
      return Optional.empty();
    }
    TeamsTexts t = TeamsTexts.of(s.language());
    TeamsPostOutcome outcome = wiring.poster().post(s.webhookUrl(),
        TeamsCard.text(t.get("test.title"), t.get("test.text")));
    wiring.store().recordLastPost(s.workspace(), LastPost.of(wiring.clock().instant(), LastPost.Kind.TEST, outcome));
    log.info("Teams test card of {}: {} {}", s.workspace(), outcome.result(),
        outcome.status() == null ? "" : outcome.status());
    return Optional.of(outcome);
  }

  /** Deletes both secrets and the settings (Disconnect Teams, uninstall). */
  public void disconnect(WorkspaceKey key) {
    wiring.store().delete(key);
    log.info("Teams disconnected from {}", key);
  }

  @Override
  public void close() {
    work.shutdownNow();
  }
}
