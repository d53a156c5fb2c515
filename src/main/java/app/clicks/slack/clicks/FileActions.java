package app.clicks.slack.clicks;

import app.clicks.report.SummaryContext;
import app.clicks.settings.WorkspaceKey;
import app.clicks.settings.WorkspaceSettings;
import app.clicks.slack.common.BlockMessage;
import app.clicks.slack.common.SlackUsers;
import app.clicks.slack.common.Texts;
import app.clicks.slack.files.SlackFiles;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import java.time.Instant;
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
  private static final Logger log = LoggerFactory.getLogger(FileActions.class);

  private final ClicksAnswers answers;
  private final AnswerFiles files;
  private final AnswerLanes lanes;
  private final AnswerFlow flow;
  private final SlackUsers users;

  FileActions(ClicksAnswers answers, AnswerFiles files, AnswerLanes lanes, SlackUsers users) {
    this.answers = answers;
    this.files = files;
    this.lanes = lanes;
    this.flow = new AnswerFlow(answers, lanes);
    this.users = users;
  }

  @Override
  public Response apply(BlockActionRequest req, ActionContext ctx) {
    ButtonPress press = ButtonPress.of(req, ctx);
    boolean csv = CSV.equals(press.actionId());
    Optional<ShareValue> value = ShareValue.decode(press.value());
    press.queue(lanes, users, csv ? "csv" : "chart", FileActions::ephemeral,
        () -> send(press.key(), press.user(), value, csv, ctx, line -> press.send(ephemeral(line))));
    return ctx.ack();
  }

  /** On the fast lane, for a request entered: syncs the period, sends the file, and gives {@code then} the line. */
  private void send(WorkspaceKey key, String user, Optional<ShareValue> value, boolean csv, ActionContext ctx,
      Consumer<String> then) {
    Optional<WorkspaceSettings> found;
    try {
      found = answers.find(key);
    } catch (RuntimeException e) {
      log.error("{} could not read the settings of workspace={} user={}", csv ? "csv" : "chart", key, user, e);
      lanes.leave();
      then.accept(Texts.of("clicks", Locale.ENGLISH).get("error.internal"));
      return;
    }
    Locale lang = users.locale(ctx.client(), user).orElse(Texts.language(found));
    Texts t = Texts.of("clicks", lang);
    if (value.isEmpty()) {
      lanes.leave();
      then.accept(t.get("error.expired"));
      return;
    }
    ShareValue v = value.get();
    ClicksAnswers.Plan plan = answers.plan(found, v.words(), v.topN(), Instant.ofEpochSecond(v.askedAt()), t);
    if (plan.refusal() != null) {
      lanes.leave();
      then.accept(plan.refusal().text());
      return;
    }
    ClicksAnswers.Ready ready = plan.ready();
    SlackFiles slack = SlackFiles.of(ctx.client());
    flow.run(ready, t, user, new AtomicReference<>(),
        synced -> csv ? files.csv(ready, synced, user, slack, lang) : files.chart(ready, synced, user, slack, lang),
        BlockMessage::text, then);
  }

  static ActionResponse ephemeral(String line) {
    BlockMessage m = BlockMessage.plain(AnswerFiles.cut(line));
    return ActionResponse.builder().responseType("ephemeral").replaceOriginal(false).text(m.text())
        .blocks(m.blocks()).build();
  }
}
