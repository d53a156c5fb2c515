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

/**
 * /clicks [period] [top N] and its buttons (Share in channel, Chart, CSV): acknowledged at once, answered from the
 * click store through the response_url on the lanes ({@link AnswerLanes}): store-only answers on the fast lane, the
 * others when the fetch they wait on is done. {@link #register(App)} adds its listeners to the app.
 */
public final class ClicksFeature {
  /** The slash command, as the app manifest declares it. */
  public static final String COMMAND = "/clicks";

  private final ClicksAnswers answers;
  private final AnswerFiles files;
  private final SlackUsers users;
  private final AnswerLanes lanes;
  private final Clock clock;
  private final ClickReader reader;
  private final ZoneId defaultZone;

  /**
   * Without names, conversion codes or CSV.
   *
   * @param defaultZone the report timezone of a workspace that has none (REPORT_TIMEZONE)
   * @param work the fast lane, without progress ticks, with {@link AnswerLanes#MAX_WAITING}
   */
  public ClicksFeature(SettingsStore settings, ClickReader reader, ZoneId defaultZone, SlackUsers users, Executor work,
      Clock clock) {
    this(settings, reader, SummaryContexts.NONE, null, defaultZone, users, work, clock);
  }

  /**
   * @param contexts the names and conversion codes of a workspace's answers
   * @param export reads every click of a period back for the CSV button and "/clicks … csv" (null: no CSV)
   * @param work the fast lane, without progress ticks, with {@link AnswerLanes#MAX_WAITING}
   */
  public ClicksFeature(SettingsStore settings, ClickReader reader, SummaryContexts contexts, ClickExport export,
      ZoneId defaultZone, SlackUsers users, Executor work, Clock clock) {
    this(settings, reader, contexts, export, defaultZone, users,
        new AnswerLanes(work, Ticker.NONE, AnswerLanes.MAX_WAITING), clock);
  }

  /**
   * Without names, conversion codes or CSV.
   *
   * @param lanes where answers run and how many may wait
   */
  public ClicksFeature(SettingsStore settings, ClickReader reader, ZoneId defaultZone, SlackUsers users,
      AnswerLanes lanes, Clock clock) {
    this(settings, reader, SummaryContexts.NONE, null, defaultZone, users, lanes, clock);
  }

  /**
   * @param contexts the names and conversion codes of a workspace's answers
   * @param export reads every click of a period back for the CSV button and "/clicks … csv" (null: no CSV)
   * @param defaultZone the report timezone of a workspace that has none (REPORT_TIMEZONE)
   * @param lanes where answers and files run and how many may wait
   */
  public ClicksFeature(SettingsStore settings, ClickReader reader, SummaryContexts contexts, ClickExport export,
      ZoneId defaultZone, SlackUsers users, AnswerLanes lanes, Clock clock) {
    this.answers = new ClicksAnswers(settings, reader, defaultZone, contexts);
    this.files = new AnswerFiles(answers, export, new ChartRenderer());
    this.users = users;
    this.lanes = lanes;
    this.clock = clock;
    this.reader = reader;
    this.defaultZone = defaultZone;
  }

  /**
   * Before the first request: runs the /clicks acknowledgement's own steps in-process (reads only), so that the
   * acks of a first burst are not slowed by cold code ({@link AckWarmUp}). Never throws.
   */
  public void warmUp() {
    AckWarmUp.run(answers, reader, lanes, defaultZone, clock);
  }

  /** Adds the /clicks command and its share, chart and CSV buttons to {@code app}. */
  public void register(App app) {
    app.command(COMMAND, new ClicksCommand(answers, files, lanes, users, clock));
    app.blockAction(ShareAction.ACTION_ID, new ShareAction(answers, files, lanes, users));
    FileActions fileActions = new FileActions(answers, files, lanes, users);
    app.blockAction(FileActions.CHART, fileActions);
    app.blockAction(FileActions.CSV, fileActions);
    PeriodActions periods = new PeriodActions(answers, files, lanes, users, clock);
    for (String action : PeriodActions.ACTION_IDS) {
      app.blockAction(action, periods);
    }
  }
}
