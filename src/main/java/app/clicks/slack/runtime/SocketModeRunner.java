package app.clicks.slack.runtime;

import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;

/** Socket Mode (SLACK_APP_TOKEN set): the same Bolt app over Slack's WebSocket, for local use without a public URL. */
final class SocketModeRunner implements AutoCloseable {
  private final SocketModeApp socketMode;

  SocketModeRunner(String appToken, App app) throws java.io.IOException {
    this.socketMode = new SocketModeApp(appToken, app);
  }

  /** Connects and returns at once. */
  SocketModeRunner start() throws Exception {
    socketMode.startAsync();
    return this;
  }

  @Override
  public void close() throws Exception {
    socketMode.close();
  }
}
