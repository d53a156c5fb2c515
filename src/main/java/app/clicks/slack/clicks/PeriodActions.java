package app.clicks.slack.clicks;

import app.clicks.store.Pending;
import app.clicks.settings.WorkspaceKey;
import app.clicks.settings.WorkspaceSettings;
import app.clicks.slack.common.BlockMessage;
import app.clicks.slack.common.SlackUsers;
import app.clicks.slack.common.Texts;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.Responder;
import com.slack.api.model.block.LayoutBlock;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The period buttons of an ephemeral answer: Yesterday, Last 7 days and This month answer as if the person had typed
 * them now; Previous period answers for the period just before the one shown (report.Periods.previous, as of when
 * the shown answer was asked). Same top N, same rules as a typed command (the store's budget for people). The new
 * answer replaces the old one in place (replace_original through the press's response_url).
 *
 * <p>Only the person who asked sees an ephemeral answer, so only they can press its buttons; the answer is made for
 * whoever pressed (their language, their user id in the log). Each press comes with its own response_url, which
 * Slack lets us post to 5 times: a press posts at most twice (a "fetching N days…" line when wolkvox must be asked,
 * then the answer), through {@link ResponsePosts}, which refuses a sixth post whatever happens.
 */
final class PeriodActions implements BlockActionHandler {
  static final String YESTERDAY = "clicks_period_yesterday";
  static final String LAST_7_DAYS = "clicks_period_last7";
  static final String THIS_MONTH = "clicks_period_month";
  static final String PREVIOUS = "clicks_period_previous";
  /** In the order the buttons show. */
  static final List<String> ACTION_IDS = List.of(YESTERDAY, LAST_7_DAYS, THIS_MONTH, PREVIOUS);
  private static final Logger log = LoggerFactory.getLogger(PeriodActions.class);

  private final ClicksAnswers answers;
  private final AnswerFiles files;
  private final AnswerLanes lanes;
  private final SlackUsers users;
  private final Clock clock;

  PeriodActions(ClicksAnswers answers, AnswerFiles files, AnswerLanes lanes, SlackUsers users, Clock clock) {
    this.answers = answers;
    this.files = files;
    this.lanes = lanes;
    this.users = users;
    this.clock = clock;
  }

  /** The period words a button asks for, given the words of the answer it is under. */
  static String words(String actionId, String shownWords) {
    return switch (actionId) {
      case YESTERDAY -> "yesterday";
      case LAST_7_DAYS -> "last 7 days";
      case THIS_MONTH -> "this month";
      case PREVIOUS -> ShareValue.BACK + shownWords;
      default -> throw new IllegalArgumentException("not a period button: " + actionId);
    };
  }

  @Override
  public Response apply(BlockActionRequest req, ActionContext ctx) {
    BlockActionPayload p = req.getPayload();
    WorkspaceKey key = new WorkspaceKey(p.getEnterprise() == null ? null : p.getEnterprise().getId(),
        p.getTeam() == null ? ctx.getTeamId() : p.getTeam().getId());
    String user = p.getUser() == null ? "" : p.getUser().getId();
    BlockActionPayload.Action action = p.getActions() == null || p.getActions().isEmpty() ? null
        : p.getActions().get(0);
    String actionId = action == null ? "" : action.getActionId();
    Optional<ShareValue> shown = ShareValue.decode(action == null ? null : action.getValue());
    ResponsePosts posts = new ResponsePosts(new Responder(ctx.getSlack(), ctx.getResponseUrl()), key, user);
    Instant pressedAt = clock.instant();
    Texts busy = Texts.of("clicks", users.cachedLocale(user).orElse(Locale.ENGLISH));
    if (!lanes.enter()) {
      log.warn("period button refused, {} requests waiting already: workspace={} user={}", lanes.maxWaiting(), key,
          user);
      posts.send(ephemeral(BlockMessage.plain(busy.get("busy.waiting", lanes.maxWaiting())), false));
      return ctx.ack();
    }
    boolean queued = lanes.offer(() -> {
      try {
        reanswer(key, user, actionId, shown, pressedAt, posts, ctx);
      } finally {
        lanes.leave();
      }
    });
    if (!queued) {
      lanes.leave();
      log.warn("period button refused, fast lane closed or full: workspace={} user={}", key, user);
      posts.send(ephemeral(BlockMessage.plain(busy.get("ack.busy")), false));
    }
    return ctx.ack();
  }

  private void reanswer(WorkspaceKey key, String user, String actionId, Optional<ShareValue> shown,
      Instant pressedAt, ResponsePosts posts, ActionContext ctx) {
    Optional<WorkspaceSettings> found;
    try {
      found = answers.find(key);
    } catch (RuntimeException e) {
      log.error("period button could not read the settings of workspace={} user={}", key, user, e);
      posts.send(ephemeral(BlockMessage.plain(Texts.of("clicks", Locale.ENGLISH).get("error.internal")), false));
      return;
    }
    Texts t = Texts.of("clicks", users.locale(ctx.client(), user).orElse(Texts.language(found)));
    if (shown.isEmpty() || !ACTION_IDS.contains(actionId)) {
      posts.send(ephemeral(BlockMessage.plain(t.get("error.expired")), false));
      return;
    }
    ShareValue v = shown.get();
    boolean previous = PREVIOUS.equals(actionId);
    // "Previous period" is the period before the one shown, as of when it was asked; the others are asked now.
    Instant askedAt = previous ? Instant.ofEpochSecond(v.askedAt()) : pressedAt;
    ClicksAnswers.Plan plan = answers.plan(found, words(actionId, v.words()), v.topN(), askedAt, t);
    if (plan.refusal() != null) {
      posts.send(ephemeral(plan.refusal(), false));
      return;
    }
    ClicksAnswers.Ready ready = plan.ready();
    int days = answers.daysToFetch(ready);
    if (days > 0) {
      posts.send(ephemeral(BlockMessage.plain(t.get("ack.fetching", days)), true));
    }
    // A press is rare beside a burst of commands: it waits for its own fetch on its fast-lane thread.
    Pending pending = answers.start(ready);
    pending.synced().exceptionally(e -> null).join();
    ClicksAnswers.Answer answer = answers.answer(ready, pending, t, user);
    List<LayoutBlock> blocks = new ArrayList<>(answer.message().blocks());
    if (answer.summary()) {
      ShareValue.encode(ready.share()).ifPresent(value -> blocks.add(
          AnswerActions.block(t, value, files.csvAvailable())));
    }
    log.info("period button {} workspace={} user={} period={}", actionId, key, user,
        ready.periods().current().label());
    posts.send(ActionResponse.builder().responseType("ephemeral").replaceOriginal(true)
        .text(answer.message().text()).blocks(blocks).build());
  }

  private static ActionResponse ephemeral(BlockMessage m, boolean replace) {
    return ActionResponse.builder().responseType("ephemeral").replaceOriginal(replace).text(m.text())
        .blocks(m.blocks()).build();
  }
}
