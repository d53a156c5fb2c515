package app.clicks.slack.digest;

import app.clicks.digest.DigestOutcome;
import app.clicks.digest.RunResult;
import app.clicks.digest.Subscriptions;
import app.clicks.settings.WorkspaceKey;
import app.clicks.slack.common.HomeTab;
import app.clicks.slack.common.SlackUsers;
import app.clicks.slack.common.Workspaces;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Send now" from a subscription's menu: an admin's click posts that subscription's latest period at once, off
 * Slack's 3 s window, without counting as the period's delivery; one at a time per workspace. The Home tab shows
 * that it runs, then how it went. Anyone else's click posts nothing.
 */
final class SendNowListener {
  private static final Logger LOG = LoggerFactory.getLogger(SendNowListener.class);

  private final Subscriptions subscriptions;
  private final SlackUsers users;
  private final SendNowBoard board;
  private final HomeTab home;
  private final Executor executor;
  private final Clock clock;

  SendNowListener(Subscriptions subscriptions, SlackUsers users, SendNowBoard board, HomeTab home,
      Executor executor, Clock clock) {
    this.subscriptions = subscriptions;
    this.users = users;
    this.board = board;
    this.home = home;
    this.executor = executor;
    this.clock = clock;
  }

  Response send(BlockActionRequest req, ActionContext ctx, long id) {
    String userId = req.getPayload().getUser().getId();
    WorkspaceKey key = Workspaces.key(ctx);
    try {
      if (!users.lookup(ctx.client(), key, userId).admin()) {
        LOG.warn("{} is not an admin of {}: send now refused.", userId, key);
        executor.execute(() -> home.publish(ctx.client(), key, userId));
        return ctx.ack();
      }
      if (!board.start(key, id, clock.instant())) {
        LOG.info("a send now of {} is already running", key);
        return ctx.ack();
      }
      executor.execute(() -> run(ctx, key, id, userId));
    } catch (RejectedExecutionException e) {
      board.finish(key, id, clock.instant(), new RunResult(key, null, DigestOutcome.FAILED, "busy"));
      LOG.warn("No room to send digest subscription {} of {} now.", id, key);
    } catch (RuntimeException e) {
      LOG.error("Could not start send now for {}", key, e);
    }
    return ctx.ack();
  }

  private void run(ActionContext ctx, WorkspaceKey key, long id, String userId) {
    home.publish(ctx.client(), key, userId);
    RunResult result;
    try {
      result = subscriptions.sendNow(key, id);
    } catch (RuntimeException e) {
      LOG.error("send now of digest subscription {} of {} failed", id, key, e);
      result = new RunResult(key, null, DigestOutcome.FAILED, e.getClass().getSimpleName());
    }
    LOG.info("{} sent digest subscription {} of {} now: {} {}", userId, id, key, result.outcome(), result.day());
    board.finish(key, id, clock.instant(), result);
    home.publish(ctx.client(), key, userId);
  }
}
