package app.clicks.slack.clicks;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import app.clicks.slack.common.BlockMessage;
import app.clicks.slack.common.SlackUsers;
import app.clicks.slack.common.Texts;
import app.clicks.slack.files.SlackFiles;
import app.clicks.store.Pending;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
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

  private final AnswerButtons buttons;
  private final AnswerFiles files;

  ShareAction(ClicksAnswers answers, AnswerLanes lanes, SlackUsers users) {
    this(answers, null, lanes, users);
  }

  /** @param files posts the shared answer's chart after it (null: no chart) */
  ShareAction(ClicksAnswers answers, AnswerFiles files, AnswerLanes lanes, SlackUsers users) {
    this.buttons = new AnswerButtons(answers, lanes, users);
    this.files = files;
  }

  @Override
  public Response apply(BlockActionRequest req, ActionContext ctx) {
    ButtonPress press = ButtonPress.of(req, ctx);
    Optional<ShareValue> share = ShareValue.decode(press.value());
    buttons.queue(press, "share", line -> ephemeral(BlockMessage.plain(line)), () -> share(press, share, ctx));
    return ctx.ack();
  }

  private void share(ButtonPress press, Optional<ShareValue> share, ActionContext ctx) {
    Optional<AnswerButtons.Planned> planned = buttons.plan(press, share, ctx, "share", m -> press.send(ephemeral(m)));
    if (planned.isEmpty()) {
      return;
    }
    ClicksAnswers.Ready ready = planned.get().ready();
    Texts t = planned.get().texts();
    AtomicReference<Pending> synced = new AtomicReference<>();
    buttons.flow().run(ready, t, press.user(), synced, answer -> {
      if (post(press, t, answer) && files != null && press.channel() != null) {
        // The chart follows the shared text into the channel where the bot is a member; else one line says why not.
        files.chartToChannel(ready, synced.get(), press.user(), press.channel(), SlackFiles.of(ctx.client()),
                planned.get().lang())
            .ifPresent(line -> press.send(FileActions.ephemeral(line)));
      }
    });
  }

  /**
   * Posts a shared summary in the channel and deletes the ephemeral original; a failure stays ephemeral. True when
   * the summary was shared.
   */
  private static boolean post(ButtonPress press, Texts t, ClicksAnswers.Answer answer) {
    if (!answer.summary()) {
      press.send(ephemeral(answer.message()));
      return false;
    }
    List<LayoutBlock> blocks = new ArrayList<>(answer.message().blocks());
    blocks.add(context(List.of(markdownText(t.get("summary.sharedBy", press.user())))));
    boolean shared = press.send(ActionResponse.builder().responseType("in_channel")
        .replaceOriginal(false).text(answer.message().text()).blocks(blocks).build());
    if (shared) {
      press.send(ActionResponse.builder().deleteOriginal(true).build());
    }
    return shared;
  }

  private static ActionResponse ephemeral(BlockMessage m) {
    return ActionResponse.builder().responseType("ephemeral").replaceOriginal(false).text(m.text())
        .blocks(m.blocks()).build();
  }
}
