package app.clicks.slack.digest;

import app.clicks.digest.DigestOutcome;
import app.clicks.digest.RunResult;
import app.clicks.settings.WorkspaceKey;
import app.clicks.slack.common.HomeTab;
import app.clicks.slack.common.SlackUsers;
import app.clicks.slack.common.Workspaces;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Send now": an admin's click posts yesterday's digest at once, off Slack's 3 s window, without touching the
 * delivery log; the Home tab shows that it runs, then how it went.
 */
final class SendNowListener implements BlockActionHandler {
  private static final Logger LOG = LoggerFactory.getLogger(SendNowListener.class);

  private final java.util.function.Function<WorkspaceKey, RunResult> scheduler;
  private final SlackUsers users;
  private final SendNowBoard board;
  private final HomeTab home;
  private final Executor executor;
  private final Clock clock;

  SendNowListener(java.util.function.Function<WorkspaceKey, RunResult> scheduler, SlackUsers users, SendNowBoard board, HomeTab home,
      Executor executor, Clock clock) {
    this.scheduler = scheduler;
    this.users = users;
    this.board = board;
    this.home = home;
    this.executor = executor;
    this.clock = clock;
  }

  @Override
  public Response apply(BlockActionRequest req, ActionContext ctx) {
    String userId = req.getPayload().getUser().getId();
    WorkspaceKey key = Workspaces.key(ctx);
    try {
      if (!users.lookup(ctx.client(), key, userId).admin()) {
        LOG.warn("{} is not an admin of {}: send now refused.", userId, key);
        executor.execute(() -> home.publish(ctx.client(), key, userId));
        return ctx.ack();
      }
      if (!board.start(key, clock.instant())) {
        LOG.info("send now of {} is already running", key);
        return ctx.ack();
      }
      executor.execute(() -> send(ctx, key, userId));
    } catch (RejectedExecutionException e) {
      board.finish(key, clock.instant(), new RunResult(key, null, DigestOutcome.FAILED, "busy"));
      LOG.warn("No room to send the digest of {} now.", key);
    } catch (RuntimeException e) {
      LOG.error("Could not start send now for {}", key, e);
    }
    return ctx.ack();
  }

  private void send(ActionContext ctx, WorkspaceKey key, String userId) {
    home.publish(ctx.client(), key, userId);
    RunResult result;
    try {
      result = scheduler.apply(key);
    } catch (RuntimeException e) {
      LOG.error("send now of {} failed", key, e);
      result = new RunResult(key, null, DigestOutcome.FAILED, e.getClass().getSimpleName());
    }
    LOG.info("{} sent the digest of {} now: {} {}", userId, key, result.outcome(), result.day());
    board.finish(key, clock.instant(), result);
    home.publish(ctx.client(), key, userId);
  }
}
