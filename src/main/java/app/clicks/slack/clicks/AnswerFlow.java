package app.clicks.slack.clicks;

import app.clicks.slack.common.BlockMessage;
import app.clicks.slack.common.Texts;
import app.clicks.store.Pending;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One answer through the lanes: the store's sync starts on the fast lane; a request that needs wolkvox waits for
 * the fetch without a thread, then is answered on the fast lane. Each request entered leaves exactly once.
 */
final class AnswerFlow {
  private static final Logger log = LoggerFactory.getLogger(AnswerFlow.class);

  private final ClicksAnswers answers;
  private final AnswerLanes lanes;

  AnswerFlow(ClicksAnswers answers, AnswerLanes lanes) {
    this.answers = answers;
    this.lanes = lanes;
  }

  /**
   * Answers {@code r} (on the fast lane, for a request already entered): {@code then} gets the answer once.
   *
   * @param seen given the pending as soon as the sync started (the progress ticks read it)
   */
  void run(ClicksAnswers.Ready r, Texts t, String user, AtomicReference<Pending> seen,
      Consumer<ClicksAnswers.Answer> then) {
    Pending p;
    try {
      p = answers.start(r);
    } catch (RuntimeException e) {
      log.error("clicks could not start workspace={} user={} server={} period={}", r.settings().key(), user,
          r.connection().serverId(), r.periods().current().label(), e);
      end(then, new ClicksAnswers.Answer(BlockMessage.plain(t.get("error.internal")), false));
      return;
    }
    seen.set(p);
    Duration wait = p.estimatedWait();
    if (p.waiting() && wait.compareTo(AnswerLanes.MAX_WAIT) > 0) {
      log.warn("clicks refused, wolkvox wait of {} s is past the response_url's life: workspace={} user={}"
          + " server={}", wait.toSeconds(), r.settings().key(), user, r.connection().serverId());
      end(then, new ClicksAnswers.Answer(BlockMessage.plain(t.get("busy.tooLong", wait.toMinutes())), false));
      return;
    }
    if (!p.waiting()) {
      end(then, answers.answer(r, p, t, user));
      return;
    }
    p.synced().whenComplete((v, e) -> lanes.run(() -> end(then, answers.answer(r, p, t, user))));
  }

  /** Leaves first, so that a request whose answer has been posted no longer counts as waiting. */
  private void end(Consumer<ClicksAnswers.Answer> then, ClicksAnswers.Answer answer) {
    lanes.leave();
    then.accept(answer);
  }
}
