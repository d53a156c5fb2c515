package app.clicks.slack.clicks;

import app.clicks.settings.SettingsStore;
import app.clicks.slack.common.SlackUsers;
import app.clicks.store.ClickReader;
import com.slack.api.bolt.App;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.Executor;

/**
 * /clicks [period] [top N] and its "Share in channel" button: acknowledged at once, answered from the click store
 * through the response_url: store-only answers on the fast lane, the others when the fetch they wait on is done. {@link #register(App)} adds its listeners to the app.
 */
public final class ClicksFeature {
  /** The slash command, as the app manifest declares it. */
  public static final String COMMAND = "/clicks";

  private final ClicksAnswers answers;
  private final SlackUsers users;
  private final AnswerLanes lanes;
  private final Clock clock;

  /**
   * @param defaultZone the report timezone of a workspace that has none (REPORT_TIMEZONE)
   * @param work the fast lane, without progress ticks, with {@link AnswerLanes#MAX_WAITING}
   */
  public ClicksFeature(SettingsStore settings, ClickReader reader, ZoneId defaultZone, SlackUsers users, Executor work,
      Clock clock) {
    this(settings, reader, defaultZone, users, new AnswerLanes(work, Ticker.NONE, AnswerLanes.MAX_WAITING), clock);
  }

  /**
   * @param defaultZone the report timezone of a workspace that has none (REPORT_TIMEZONE)
   * @param lanes where answers run and how many may wait
   */
  public ClicksFeature(SettingsStore settings, ClickReader reader, ZoneId defaultZone, SlackUsers users,
      AnswerLanes lanes, Clock clock) {
    this.answers = new ClicksAnswers(settings, reader, defaultZone);
    this.users = users;
    this.lanes = lanes;
    this.clock = clock;
  }

  /** Adds the /clicks command and its share button to {@code app}. */
  public void register(App app) {
    app.command(COMMAND, new ClicksCommand(answers, lanes, users, clock));
    app.blockAction(ShareAction.ACTION_ID, new ShareAction(answers, lanes, users));
  }
}
