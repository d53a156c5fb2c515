package app.clicks.slack.clicks;

import app.clicks.slack.common.BlockMessage;
import app.clicks.slack.common.Texts;
import app.clicks.store.Pending;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One answer through the lanes: the store's sync starts on the fast lane; a request that needs wolkvox waits for
 * the fetch without a thread, then is answered on the fast lane. Each request entered leaves exactly once. The same
 * flow sends an answer's chart or CSV: only what is made from the synced request differs.
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
    run(r, t, user, seen, synced -> answers.answer(r, synced, t, user),
        refusal -> new ClicksAnswers.Answer(refusal, false), then);
  }

  /**
   * Syncs {@code r} as {@link #run(ClicksAnswers.Ready, Texts, String, AtomicReference, Consumer)} does, then makes
   * the result from the synced request with {@code make} on the fast lane; when the sync cannot start, would wait
   * too long, or {@code make} fails, the result is {@code refused} of the message that says so. {@code then} gets it
   * once, after the request has left.
   */
  <A> void run(ClicksAnswers.Ready r, Texts t, String user, AtomicReference<Pending> seen, Function<Pending, A> make,
      Function<BlockMessage, A> refused, Consumer<A> then) {
    Pending p;
    try {
      p = answers.start(r);
    } catch (RuntimeException e) {
      log.error("clicks could not start workspace={} user={} server={} period={}", r.settings().key(), user,
          r.connection().serverId(), r.periods().current().label(), e);
      end(then, refused.apply(BlockMessage.plain(t.get("error.internal"))));
      return;
    }
    seen.set(p);
    Duration wait = p.estimatedWait();
    if (p.waiting() && wait.compareTo(AnswerLanes.MAX_WAIT) > 0) {
      log.warn("clicks refused, wolkvox wait of {} s is past the response_url's life: workspace={} user={}"
          + " server={}", wait.toSeconds(), r.settings().key(), user, r.connection().serverId());
      end(then, refused.apply(BlockMessage.plain(t.get("busy.tooLong", wait.toMinutes()))));
      return;
    }
    if (!p.waiting()) {
      end(then, make(r, t, user, p, make, refused));
      return;
    }
    p.synced().whenComplete((v, e) -> lanes.run(() -> end(then, make(r, t, user, p, make, refused))));
  }

  /** The result of a synced request; a failure of {@code make} becomes the internal-error message. */
  private static <A> A make(ClicksAnswers.Ready r, Texts t, String user, Pending p, Function<Pending, A> make,
      Function<BlockMessage, A> refused) {
    try {
      return make.apply(p);
    } catch (RuntimeException e) {
      log.error("clicks failed workspace={} user={} server={} period={}", r.settings().key(), user,
          r.connection().serverId(), r.periods().current().label(), e);
      return refused.apply(BlockMessage.plain(t.get("error.internal")));
    }
  }

  /** Leaves first, so that a request whose answer has been posted no longer counts as waiting. */
  private <A> void end(Consumer<A> then, A answer) {
    lanes.leave();
    then.accept(answer);
  }
}
