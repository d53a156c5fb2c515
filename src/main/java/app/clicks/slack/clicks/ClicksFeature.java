package app.clicks.slack.clicks;

import app.clicks.chart.ChartRenderer;
import app.clicks.context.SummaryContexts;
import app.clicks.settings.SettingsStore;
import app.clicks.slack.common.SlackUsers;
import app.clicks.store.ClickExport;
import app.clicks.store.ClickReader;
import com.slack.api.bolt.App;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * /clicks [period] [top N] and its "Share in channel" button: acknowledged at once, answered from the click store on
 * a bounded work pool through the response_url. {@link #register(App)} adds its listeners to the app.
 */
public final class ClicksFeature {
  /** The slash command, as the app manifest declares it. */
  public static final String COMMAND = "/clicks";

  private final ClicksAnswers answers;
  private final AnswerFiles files;
  private final SlackUsers users;
  private final Executor work;
  private final Clock clock;

  /**
   * @param defaultZone the report timezone of a workspace that has none (REPORT_TIMEZONE)
   * @param work runs the slow part of an answer; it refuses (RejectedExecutionException) when full, and the user is
   *     asked to try again
   */
  public ClicksFeature(SettingsStore settings, ClickReader reader, ZoneId defaultZone, SlackUsers users, Executor work,
      Clock clock) {
    this(settings, reader, SummaryContexts.NONE, null, defaultZone, users, work, clock);
  }

  /**
   * @param contexts the names and conversion codes of a workspace's answers
   * @param export reads every click of a period back for the CSV button and "/clicks … csv" (null: no CSV)
   */
  public ClicksFeature(SettingsStore settings, ClickReader reader, SummaryContexts contexts, ClickExport export,
      ZoneId defaultZone, SlackUsers users, Executor work, Clock clock) {
    this.answers = new ClicksAnswers(settings, reader, defaultZone, contexts);
    this.files = new AnswerFiles(answers, export, new ChartRenderer());
    this.users = users;
    this.work = work;
    this.clock = clock;
  }

  /** Adds the /clicks command and its share button to {@code app}. */
  public void register(App app) {
    app.command(COMMAND, new ClicksCommand(answers, files, work, users, clock));
    app.blockAction(ShareAction.ACTION_ID, new ShareAction(answers, files, work, users));
    FileActions fileActions = new FileActions(answers, files, work, users);
    app.blockAction(FileActions.CHART, fileActions);
    app.blockAction(FileActions.CSV, fileActions);
    PeriodActions periods = new PeriodActions(answers, files, work, users, clock);
    for (String action : PeriodActions.ACTION_IDS) {
      app.blockAction(action, periods);
    }
  }

  /** Hands {@code task} to the work pool; false when it is full (or closing). */
  static boolean offer(Executor work, Runnable task) {
    try {
      work.execute(task);
      return true;
    } catch (RejectedExecutionException e) {
      return false;
    }
  }
}
