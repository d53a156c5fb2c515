package app.clicks.slack.clicks;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import app.clicks.settings.WorkspaceKey;
import app.clicks.settings.WorkspaceSettings;
import app.clicks.slack.common.BlockMessage;
import app.clicks.slack.common.SlackUsers;
import app.clicks.slack.common.Texts;
import app.clicks.slack.files.SlackFiles;
import app.clicks.store.Pending;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.Responder;
import com.slack.api.model.block.LayoutBlock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The "Share in channel" button of a /clicks answer. It rebuilds the same answer from the store (the button keeps
 * the period words, the top N and when they were asked, so the periods are the same) and posts it in_channel through
 * the action's response_url, then deletes the ephemeral original. The response_url works in any conversation the
 * command was used in (private channels and DMs too) without the bot being a member, which chat.postMessage needs.
 * The chart then goes into the channel as a file, right after the text rather than in its thread (the response_url
 * post gives no ts, and reading it back would need history scopes); where the bot is not a member, Slack answers
 * not_in_channel and the sharer gets one ephemeral line saying the chart needs the bot in the channel. It runs on the
 * lanes ({@link AnswerLanes}) as an answer does.
 */
final class ShareAction implements BlockActionHandler {
  static final String ACTION_ID = "clicks_share";
  private static final Logger log = LoggerFactory.getLogger(ShareAction.class);

  private final ClicksAnswers answers;
  private final AnswerFiles files;
  private final AnswerLanes lanes;
  private final AnswerFlow flow;
  private final SlackUsers users;

  ShareAction(ClicksAnswers answers, AnswerLanes lanes, SlackUsers users) {
    this(answers, null, lanes, users);
  }

  /** @param files posts the shared answer's chart after it (null: no chart) */
  ShareAction(ClicksAnswers answers, AnswerFiles files, AnswerLanes lanes, SlackUsers users) {
    this.answers = answers;
    this.files = files;
    this.lanes = lanes;
    this.flow = new AnswerFlow(answers, lanes);
    this.users = users;
  }

  @Override
  public Response apply(BlockActionRequest req, ActionContext ctx) {
    BlockActionPayload p = req.getPayload();
    WorkspaceKey key = new WorkspaceKey(p.getEnterprise() == null ? null : p.getEnterprise().getId(),
        p.getTeam() == null ? ctx.getTeamId() : p.getTeam().getId());
    String user = p.getUser() == null ? "" : p.getUser().getId();
    String value = p.getActions() == null || p.getActions().isEmpty() ? null : p.getActions().get(0).getValue();
    Responder responder = new Responder(ctx.getSlack(), ctx.getResponseUrl());
    Optional<ShareValue> share = ShareValue.decode(value);
    String channel = p.getChannel() == null ? null : p.getChannel().getId();
    Texts busy = Texts.of("clicks", users.cachedLocale(user).orElse(Locale.ENGLISH));
    if (!lanes.enter()) {
      log.warn("share refused, {} requests waiting already: workspace={} user={}", lanes.maxWaiting(), key, user);
      ClicksCommand.send(responder, ephemeral(BlockMessage.plain(busy.get("busy.waiting", lanes.maxWaiting()))),
          key, user);
      return ctx.ack();
    }
    boolean queued = lanes.offer(() -> share(key, user, channel, share, responder, ctx));
    if (!queued) {
      lanes.leave();
      log.warn("share refused, fast lane closed or full: workspace={} user={}", key, user);
      ClicksCommand.send(responder, ephemeral(BlockMessage.plain(busy.get("ack.busy"))), key, user);
    }
    return ctx.ack();
  }

  private void share(WorkspaceKey key, String user, String channel, Optional<ShareValue> share, Responder responder,
      ActionContext ctx) {
    Optional<WorkspaceSettings> found;
    try {
      found = answers.find(key);
    } catch (RuntimeException e) {
      log.error("share could not read the settings of workspace={} user={}", key, user, e);
      lanes.leave();
      ClicksCommand.send(responder, ephemeral(BlockMessage.plain(
          Texts.of("clicks", Locale.ENGLISH).get("error.internal"))), key, user);
      return;
    }
    Locale lang = users.locale(ctx.client(), user).orElse(Texts.language(found));
    Texts t = Texts.of("clicks", lang);
    if (share.isEmpty()) {
      lanes.leave();
      ClicksCommand.send(responder, ephemeral(BlockMessage.plain(t.get("error.expired"))), key, user);
      return;
    }
    ShareValue v = share.get();
    ClicksAnswers.Plan plan = answers.plan(found, v.words(), v.topN(), Instant.ofEpochSecond(v.askedAt()), t);
    if (plan.refusal() != null) {
      lanes.leave();
      ClicksCommand.send(responder, ephemeral(plan.refusal()), key, user);
      return;
    }
    AtomicReference<Pending> synced = new AtomicReference<>();
    flow.run(plan.ready(), t, user, synced, answer -> {
      if (post(key, user, responder, t, answer) && files != null && channel != null) {
        // The chart follows the shared text into the channel where the bot is a member; else one line says why not.
        files.chartToChannel(plan.ready(), synced.get(), user, channel, SlackFiles.of(ctx.client()), lang)
            .ifPresent(line -> ClicksCommand.send(responder, FileActions.ephemeral(line), key, user));
      }
    });
  }

  /**
   * Posts a shared summary in the channel and deletes the ephemeral original; a failure stays ephemeral. True when
   * the summary was shared.
   */
  private static boolean post(WorkspaceKey key, String user, Responder responder, Texts t,
      ClicksAnswers.Answer answer) {
    if (!answer.summary()) {
      ClicksCommand.send(responder, ephemeral(answer.message()), key, user);
      return false;
    }
    List<LayoutBlock> blocks = new ArrayList<>(answer.message().blocks());
    blocks.add(context(List.of(markdownText(t.get("summary.sharedBy", user)))));
    boolean shared = ClicksCommand.send(responder, ActionResponse.builder().responseType("in_channel")
        .replaceOriginal(false).text(answer.message().text()).blocks(blocks).build(), key, user);
    if (shared) {
      ClicksCommand.send(responder, ActionResponse.builder().deleteOriginal(true).build(), key, user);
    }
    return shared;
  }

  private static ActionResponse ephemeral(BlockMessage m) {
    return ActionResponse.builder().responseType("ephemeral").replaceOriginal(false).text(m.text())
        .blocks(m.blocks()).build();
  }
}
