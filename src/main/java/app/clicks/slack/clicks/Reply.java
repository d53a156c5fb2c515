package app.clicks.slack.clicks;

import app.clicks.settings.WorkspaceKey;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.util.Responder;

/**
 * The posts to one response_url, in order: at most {@link AnswerLanes#MAX_PROGRESS} progress posts, each replacing
 * the ephemeral message, none after the answer (a late progress post would hide it).
 */
final class Reply {
  private final Responder responder;
  private final WorkspaceKey key;
  private final String user;
  private int progressPosts;
  private boolean answered;
  private String lastProgress;

  Reply(Responder responder, WorkspaceKey key, String user) {
    this.responder = responder;
    this.key = key;
    this.user = user;
  }

  /** Replaces the ephemeral message with {@code text}, unless answered, out of progress posts, or unchanged. */
  synchronized boolean progress(String text) {
    if (answered || progressPosts >= AnswerLanes.MAX_PROGRESS || text.equals(lastProgress)) {
      return false;
    }
    progressPosts++;
    lastProgress = text;
    return ClicksCommand.send(responder, ActionResponse.builder().responseType("ephemeral").replaceOriginal(true)
        .text(text).build(), key, user);
  }

  /** Posts the answer; nothing is posted after it. */
  synchronized boolean answer(ActionResponse response) {
    answered = true;
    return ClicksCommand.send(responder, response, key, user);
  }

  synchronized boolean answered() {
    return answered;
  }

  /** Progress posts made so far. */
  synchronized int progressPosts() {
    return progressPosts;
  }
}
