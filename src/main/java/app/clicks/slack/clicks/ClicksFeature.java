package app.clicks.slack.clicks;

import app.clicks.slack.runtime.WorkQueue;

import com.slack.api.bolt.App;
import java.time.Clock;

/** Registers the /clicks command and its share button on a Bolt app (the App Home registers its own listeners). */
public final class ClicksFeature {
  private ClicksFeature() {}

  public static void register(App app, ClicksAnswers answers, WorkQueue work, UserLocales locales, Clock clock) {
    app.command(ClicksCommand.COMMAND, new ClicksCommand(answers, work, locales, clock));
    app.blockAction(ShareAction.ACTION_ID, new ShareAction(answers, work, locales));
  }
}
