package app.clicks.slack.clicks;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import app.clicks.settings.WorkspaceKey;
import app.clicks.settings.WorkspaceSettings;
import app.clicks.slack.common.BlockMessage;
import app.clicks.slack.common.SlackUsers;
import app.clicks.slack.common.Texts;
import app.clicks.slack.files.SlackFiles;
import app.clicks.store.FetchProgress;
import app.clicks.store.Pending;
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
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The /clicks [period] [top N] listener: acknowledges at once (with "fetching N days…" when wolkvox must be asked),
 * answers through the lanes ({@link AnswerLanes}) on the response_url, ephemeral, with buttons to share the answer
 * in the channel and to get its chart or CSV in the DM ("/clicks … csv" sends the CSV straight away); while a fetch
 * runs, the ephemeral message shows its progress.
 */
final class ClicksCommand implements SlashCommandHandler {
  private static final Logger log = LoggerFactory.getLogger(ClicksCommand.class);

  private final ClicksAnswers answers;
  private final AnswerFiles files;
  private final AnswerLanes lanes;
  private final AnswerFlow flow;
  private final SlackUsers users;
  private final Clock clock;

  ClicksCommand(ClicksAnswers answers, AnswerFiles files, AnswerLanes lanes, SlackUsers users, Clock clock) {
    this.answers = answers;
    this.files = files;
    this.lanes = lanes;
    this.flow = new AnswerFlow(answers, lanes);
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
    if (!lanes.enter()) {
      log.warn("/clicks refused, {} requests waiting already: workspace={} user={}", lanes.maxWaiting(), key, user);
      return ack(ctx, BlockMessage.plain(t.get("busy.waiting", lanes.maxWaiting())));
    }
    Locale workspaceLanguage = t.locale();
    Reply reply = new Reply(new Responder(ctx.getSlack(), ctx.getResponseUrl()), key, user);
    AtomicReference<Pending> pending = new AtomicReference<>();
    AtomicReference<Texts> answerTexts = new AtomicReference<>(t);
    boolean queued = lanes.offer(() -> {
      Locale lang = users.locale(ctx.client(), user).orElse(workspaceLanguage);
      Texts at = Texts.of("clicks", lang);
      answerTexts.set(at);
      if (command.csv()) {
        csv(ready, at, user, lang, ctx, pending, reply);
        return;
      }
      flow.run(ready, at, user, pending, answer -> {
        List<LayoutBlock> blocks = new ArrayList<>(answer.message().blocks());
        if (answer.summary()) {
          ShareValue.encode(ready.share()).ifPresent(v -> blocks.add(
              AnswerActions.block(at, v, files.csvAvailable())));
        }
        reply.answer(ActionResponse.builder().responseType("ephemeral").replaceOriginal(true)
            .text(answer.message().text()).blocks(blocks).build());
      });
    });
    if (!queued) {
      lanes.leave();
      log.warn("/clicks refused, fast lane closed or full: workspace={} user={}", key, user);
      return ack(ctx, BlockMessage.plain(t.get("ack.busy")));
    }
    if (days > 0) {
      tick(reply, pending, answerTexts, 1);
    }
    return ack(ctx, BlockMessage.plain(days > 0 ? t.get("ack.fetching", days) : t.get("ack.working")));
  }

  /**
   * /clicks … csv (on the fast lane, for a request entered): every click of the period to the person's DM as a CSV,
   * once the period is synced; in the channel, one ephemeral line says where it went.
   */
  private void csv(ClicksAnswers.Ready ready, Texts t, String user, Locale lang, SlashCommandContext ctx,
      AtomicReference<Pending> pending, Reply reply) {
    SlackFiles slack = SlackFiles.of(ctx.client());
    flow.run(ready, t, user, pending, synced -> files.csv(ready, synced, user, slack, lang), BlockMessage::text,
        line -> reply.answer(ActionResponse.builder().responseType("ephemeral").replaceOriginal(true).text(line)
            .blocks(FileActions.ephemeral(line).getBlocks()).build()));
  }

  /**
   * Every {@link AnswerLanes#PROGRESS_EVERY} from the acknowledgement while the answer waits for wolkvox: replaces
   * the ephemeral message with the fetch's progress (at most {@link AnswerLanes#MAX_PROGRESS} times).
   */
  private void tick(Reply reply, AtomicReference<Pending> pending, AtomicReference<Texts> texts, int n) {
    lanes.ticker().after(AnswerLanes.PROGRESS_EVERY, () -> {
      if (reply.answered()) {
        return;
      }
      Pending p = pending.get();
      if (p != null && p.waiting()) {
        FetchProgress progress = p.progress();
        if (progress.days() > 0) {
          reply.progress(texts.get().get("progress.fetching", progress.days(), progress.done()));
        }
      }
      if (reply.progressPosts() < AnswerLanes.MAX_PROGRESS && (p == null || p.waiting())) {
        tick(reply, pending, texts, n + 1);
      }
    });
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
