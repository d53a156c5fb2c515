package app.clicks.slack.clicks;

import app.clicks.slack.common.BlockMessage;
import app.clicks.slack.common.SlackUsers;
import app.clicks.slack.files.SlackFiles;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The "Chart" and "CSV" buttons of an ephemeral answer: the same periods rebuilt from the button's value, the file
 * sent to the person's DM with the bot, and one ephemeral line (one response_url post) saying where it went. They
 * run on the lanes as answers do: a period that needs wolkvox waits for the fetch without holding a thread.
 */
final class FileActions implements BlockActionHandler {
  static final String CHART = "clicks_chart";
  static final String CSV = "clicks_csv";

  private final AnswerButtons buttons;
  private final AnswerFiles files;

  FileActions(ClicksAnswers answers, AnswerFiles files, AnswerLanes lanes, SlackUsers users) {
    this.buttons = new AnswerButtons(answers, lanes, users);
    this.files = files;
  }

  @Override
  public Response apply(BlockActionRequest req, ActionContext ctx) {
    ButtonPress press = ButtonPress.of(req, ctx);
    boolean csv = CSV.equals(press.actionId());
    Optional<ShareValue> value = ShareValue.decode(press.value());
    buttons.queue(press, csv ? "csv" : "chart", FileActions::ephemeral,
        () -> send(press, value, csv, ctx, line -> press.send(ephemeral(line))));
    return ctx.ack();
  }

  /** On the fast lane, for a request entered: syncs the period, sends the file, and gives {@code then} the line. */
  private void send(ButtonPress press, Optional<ShareValue> value, boolean csv, ActionContext ctx,
      Consumer<String> then) {
    Optional<AnswerButtons.Planned> planned =
        buttons.plan(press, value, ctx, csv ? "csv" : "chart", m -> then.accept(m.text()));
    if (planned.isEmpty()) {
      return;
    }
    ClicksAnswers.Ready ready = planned.get().ready();
    Locale lang = planned.get().lang();
    String user = press.user();
    SlackFiles slack = SlackFiles.of(ctx.client());
    buttons.flow().run(ready, planned.get().texts(), user, new AtomicReference<>(),
        synced -> csv ? files.csv(ready, synced, user, slack, lang) : files.chart(ready, synced, user, slack, lang),
        BlockMessage::text, then);
  }

  static ActionResponse ephemeral(String line) {
    BlockMessage m = BlockMessage.plain(AnswerFiles.cut(line));
    return ActionResponse.builder().responseType("ephemeral").replaceOriginal(false).text(m.text())
        .blocks(m.blocks()).build();
  }
}
