package app.clicks.slack.connect;

import app.clicks.settings.SettingsStore;
import app.clicks.settings.WorkspaceKey;
import app.clicks.settings.WorkspaceSettings;
import app.clicks.slack.common.HomeTab;
import app.clicks.slack.common.Workspaces;
import app.clicks.store.ConnectionTester;
import app.clicks.store.ConnectionVerdict;
import app.clicks.wolkvox.WolkvoxConnection;
import app.clicks.wolkvox.WolkvoxException;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.views.ViewsUpdateResponse;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a connection test in the background with the stored settings, then shows its verdict in the modal (when
 * one is open) and in the Home tab of the user who asked.
 */
final class ConnectionCheck {
  private static final Logger LOG = LoggerFactory.getLogger(ConnectionCheck.class);

  private final SettingsStore store;
  private final ConnectionTester tester;
  private final TestBoard board;
  private final HomeTab home;
  private final Executor executor;
  private final Clock clock;

  ConnectionCheck(
      SettingsStore store, ConnectionTester tester, TestBoard board, HomeTab home, Executor executor, Clock clock) {
    this.store = store;
    this.tester = tester;
    this.board = board;
    this.home = home;
    this.executor = executor;
    this.clock = clock;
  }

  /**
   * Starts a test of workspace {@code key}'s connection.
   *
   * @param viewId the modal to update with the verdict, or null
   */
  public void start(MethodsClient client, WorkspaceKey key, String userId, String viewId, Locale locale) {
    board.testing(key);
    try {
      executor.execute(() -> run(client, key, userId, viewId, locale));
    } catch (RejectedExecutionException e) {
      LOG.warn("No room to test the connection of {} now.", key);
      finish(client, key, userId, viewId, locale, ConnectionVerdict.broken(clock.instant()), "");
    }
  }

  private void run(MethodsClient client, WorkspaceKey key, String userId, String viewId, Locale locale) {
    ConnectionVerdict verdict;
    String server = "";
    try {
      Optional<WorkspaceSettings> s = store.find(key);
      if (s.isEmpty() || !ConnectionSection.hasServer(s.get())) {
        board.forget(key);
        home.publish(client, key, userId);
        return;
      }
      server = s.get().serverId();
      verdict = Workspaces.connected(s.get())
          ? tester.test(new WolkvoxConnection(server, s.get().token(), s.get().zone()))
          : ConnectionVerdict.failed(WolkvoxException.Kind.TOKEN_REJECTED, clock.instant());
    } catch (RuntimeException e) {
      LOG.error("Connection test of {} broke", key, e);
      verdict = ConnectionVerdict.broken(clock.instant());
    }
    finish(client, key, userId, viewId, locale, verdict, server);
  }

  private void finish(
      MethodsClient client, WorkspaceKey key, String userId, String viewId, Locale locale, ConnectionVerdict verdict,
      String server) {
    board.verdict(key, verdict);
    if (viewId != null) {
      try {
        ViewsUpdateResponse r = client.viewsUpdate(q -> q.viewId(viewId).view(ConnectModal.verdict(verdict, server, locale)));
        if (!r.isOk()) {
          LOG.info("views.update of the test modal for {} failed (closed?): {}", key, r.getError());
        }
      } catch (Exception e) {
        LOG.warn("views.update of the test modal for {} failed: {}", key, e.toString());
      }
    }
    home.publish(client, key, userId);
  }
}
