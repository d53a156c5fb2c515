package app.clicks.slack.clicks;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import app.clicks.settings.WorkspaceKey;
import app.clicks.settings.WorkspaceSettings;
import app.clicks.slack.common.BlockMessage;
import app.clicks.slack.common.SlackUsers;
import app.clicks.slack.common.Texts;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.Responder;
import com.slack.api.model.block.LayoutBlock;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The /clicks [period] [top N] listener: acknowledges at once (with "fetching N days…" when wolkvox must be asked),
 * answers on the work queue through the response_url, ephemeral, with a button to share the answer in the channel.
 */
final class ClicksCommand implements SlashCommandHandler {
  private static final Logger log = LoggerFactory.getLogger(ClicksCommand.class);

  private final ClicksAnswers answers;
  private final Executor work;
  private final SlackUsers users;
  private final Clock clock;
  private final AnswerFiles files;

  ClicksCommand(ClicksAnswers answers, AnswerFiles files, Executor work, SlackUsers users, Clock clock) {
    this.answers = answers;
    this.files = files;
    this.work = work;
    this.users = users;
    this.clock = clock;
  }

  @Override
  public Response apply(SlashCommandRequest req, SlashCommandContext ctx) {
    SlashCommandPayload p = req.getPayload();
    WorkspaceKey key = new WorkspaceKey(p.getEnterpriseId(), p.getTeamId());
    String user = p.getUserId();
    CommandText command = CommandText.parse(p.getText());
    Optional<WorkspaceSettings> found;
    try {
      found = answers.find(key);
    } catch (RuntimeException e) {
      log.error("/clicks could not read the settings of workspace={} user={}", key, user, e);
      Texts fallback = texts(key, user, Optional.empty());
      return ack(ctx, command.help() ? HelpMessage.render(fallback, null)
          : BlockMessage.plain(fallback.get("error.internal")));
    }
    Texts t = texts(key, user, found);
    if (command.help()) {
      return ack(ctx, HelpMessage.render(t, null));
    }
    Instant askedAt = clock.instant();
    ClicksAnswers.Plan plan = answers.plan(found, command.periodWords(), command.topN(), askedAt, t);
    if (plan.refusal() != null) {
      return ack(ctx, plan.refusal());
    }
    ClicksAnswers.Ready ready = plan.ready();
    int days = answers.daysToFetch(ready);
    Locale workspaceLanguage = t.locale();
    Responder responder = new Responder(ctx.getSlack(), ctx.getResponseUrl());
    if (command.csv()) {
      return csv(ctx, ready, key, user, responder, days, t);
    }
    boolean queued = ClicksFeature.offer(work, () -> {
      Locale lang = users.locale(ctx.client(), user).orElse(workspaceLanguage);
      Texts answerTexts = Texts.of("clicks", lang);
      ClicksAnswers.Answer answer = answers.answer(ready, answerTexts, user);
      List<LayoutBlock> blocks = new ArrayList<>(answer.message().blocks());
      if (answer.summary()) {
        ShareValue.encode(ready.share()).ifPresent(v -> blocks.add(
            AnswerActions.block(answerTexts, v, files.csvAvailable())));
      }
      send(responder, ActionResponse.builder().responseType("ephemeral").replaceOriginal(true)
          .text(answer.message().text()).blocks(blocks).build(), key, user);
    });
    if (!queued) {
      log.warn("/clicks refused, work queue full: workspace={} user={}", key, user);
      return ack(ctx, BlockMessage.plain(t.get("ack.busy")));
    }
    return ack(ctx, BlockMessage.plain(days > 0 ? t.get("ack.fetching", days) : t.get("ack.working")));
  }

  /**
   * /clicks … csv: every click of the period to the person's DM as a CSV; in the channel, one ephemeral line says
   * where it went.
   */
  private Response csv(SlashCommandContext ctx, ClicksAnswers.Ready ready, WorkspaceKey key, String user,
      Responder responder, int days, Texts t) {
    Locale workspaceLanguage = t.locale();
    boolean queued = ClicksFeature.offer(work, () -> {
      Locale lang = users.locale(ctx.client(), user).orElse(workspaceLanguage);
      String line = files.csv(ready, user, app.clicks.slack.files.SlackFiles.of(ctx.client()), lang);
      send(responder, ActionResponse.builder().responseType("ephemeral").replaceOriginal(true).text(line)
          .blocks(FileActions.ephemeral(line).getBlocks()).build(), key, user);
    });
    if (!queued) {
      log.warn("/clicks csv refused, work queue full: workspace={} user={}", key, user);
      return ack(ctx, BlockMessage.plain(t.get("ack.busy")));
    }
    return ack(ctx, BlockMessage.plain(days > 0 ? t.get("ack.fetching", days) : t.get("ack.working")));
  }

  /** The actions block with the "Share in channel" button carrying {@code value}. */
  static LayoutBlock shareBlock(Texts t, String value) {
    return actions(a -> a.blockId("clicks_share").elements(List.of(button(b -> b.actionId(ShareAction.ACTION_ID)
        .text(plainText(t.get("summary.share"))).value(value)))));
  }

  private Texts texts(WorkspaceKey key, String user, Optional<WorkspaceSettings> found) {
    return Texts.of("clicks", users.cachedLocale(user).orElse(Texts.language(found)));
  }

  private static Response ack(SlashCommandContext ctx, BlockMessage m) {
    return ctx.ack(r -> r.responseType("ephemeral").text(m.text()).blocks(m.blocks()));
  }

  /**
   * Posts to a response_url; true when Slack took it. A failure is logged (without the URL, which works like a
   * credential for 30 minutes).
   */
  static boolean send(Responder responder, ActionResponse response, WorkspaceKey key, String user) {
    try {
      var r = responder.send(response);
      if (r.getCode() != null && r.getCode() >= 300) {
        log.warn("response_url answered {} for workspace={} user={}", r.getCode(), key, user);
        return false;
      }
      return true;
    } catch (Exception e) {
      log.warn("could not post to the response_url for workspace={} user={}: {}", key, user,
          e.getClass().getSimpleName());
      return false;
    }
  }
}
