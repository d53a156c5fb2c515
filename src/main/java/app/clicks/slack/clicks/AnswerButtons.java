package app.clicks.slack.clicks;

import app.clicks.settings.WorkspaceSettings;
import app.clicks.slack.common.BlockMessage;
import app.clicks.slack.common.SlackUsers;
import app.clicks.slack.common.Texts;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.context.builtin.ActionContext;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the buttons of an answer (share, chart, CSV) share: a press queued on the lanes as an answer is, then the
 * answer rebuilt from the button's value (the same period words, top N and time asked) in the user's language.
 */
final class AnswerButtons {
  private static final Logger log = LoggerFactory.getLogger(AnswerButtons.class);

  private final ClicksAnswers answers;
  private final AnswerLanes lanes;
  private final AnswerFlow flow;
  private final SlackUsers users;

  AnswerButtons(ClicksAnswers answers, AnswerLanes lanes, SlackUsers users) {
    this.answers = answers;
    this.lanes = lanes;
    this.flow = new AnswerFlow(answers, lanes);
    this.users = users;
  }

  /** An answer ready to run again, with the texts and language of the user who pressed. */
  record Planned(ClicksAnswers.Ready ready, Texts texts, Locale lang) {}

  /** Runs an answer on the lanes (its sync, then its result). */
  AnswerFlow flow() {
    return flow;
  }

  /**
   * Puts the task on the fast lane, which it leaves when done; when too many wait already or the lane is closed or
   * full, logs it and tells the user so (in their cached language, else English).
   *
   * @param what the button in log lines ("share", "chart")
   * @param ephemeral the button's ephemeral reply of one line
   */
  void queue(ButtonPress press, String what, Function<String, ActionResponse> ephemeral, Runnable task) {
    Texts busy = Texts.of("clicks", users.cachedLocale(press.user()).orElse(Locale.ENGLISH));
    if (!lanes.enter()) {
      log.warn("{} refused, {} requests waiting already: workspace={} user={}", what, lanes.maxWaiting(),
          press.key(), press.user());
      press.send(ephemeral.apply(busy.get("busy.waiting", lanes.maxWaiting())));
      return;
    }
    if (!lanes.offer(task)) {
      lanes.leave();
      log.warn("{} refused, fast lane closed or full: workspace={} user={}", what, press.key(), press.user());
      press.send(ephemeral.apply(busy.get("ack.busy")));
    }
  }

  /**
   * On the fast lane, for a press entered: the answer of the button's value, or empty after leaving the lane and
   * giving {@code tell} why not (settings unreadable, value expired, or the answer's refusal).
   *
   * @param what the button in log lines
   */
  Optional<Planned> plan(ButtonPress press, Optional<ShareValue> value, ActionContext ctx, String what,
      Consumer<BlockMessage> tell) {
    Optional<WorkspaceSettings> found;
    try {
      found = answers.find(press.key());
    } catch (RuntimeException e) {
      log.error("{} could not read the settings of workspace={} user={}", what, press.key(), press.user(), e);
      lanes.leave();
      tell.accept(BlockMessage.plain(Texts.of("clicks", Locale.ENGLISH).get("error.internal")));
      return Optional.empty();
    }
    Locale lang = users.locale(ctx.client(), press.user()).orElse(Texts.language(found));
    Texts t = Texts.of("clicks", lang);
    if (value.isEmpty()) {
      lanes.leave();
      tell.accept(BlockMessage.plain(t.get("error.expired")));
      return Optional.empty();
    }
    ShareValue v = value.get();
    ClicksAnswers.Plan plan = answers.plan(found, v.words(), v.topN(), Instant.ofEpochSecond(v.askedAt()), t);
    if (plan.refusal() != null) {
      lanes.leave();
      tell.accept(plan.refusal());
      return Optional.empty();
    }
    return Optional.of(new Planned(plan.ready(), t, lang));
  }
}
