package app.clicks.slack.clicks;

import app.clicks.settings.WorkspaceKey;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.util.Responder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The posts to one response_url, counted: Slack takes at most {@value #MAX} posts per response_url (each command and
 * each button press has its own), so a sixth is refused here, logged, and not sent. One per interaction; not shared
 * between threads.
 */
final class ResponsePosts {
  /** The most posts Slack takes on one response_url. */
  static final int MAX = 5;
  private static final Logger log = LoggerFactory.getLogger(ResponsePosts.class);

  private final Responder responder;
  private final WorkspaceKey key;
  private final String user;
  private int posts;

  ResponsePosts(Responder responder, WorkspaceKey key, String user) {
    this.responder = responder;
    this.key = key;
    this.user = user;
  }

  /** Posts {@code response} unless this response_url has had {@value #MAX} posts; true when Slack took it. */
  boolean send(ActionResponse response) {
    if (posts >= MAX) {
      log.warn("not posting: the response_url of workspace={} user={} has had its {} posts", key, user, MAX);
      return false;
    }
    posts++;
    return ClicksCommand.send(responder, response, key, user);
  }

  /** Posts made (or tried) so far. */
  int count() {
    return posts;
  }
}
