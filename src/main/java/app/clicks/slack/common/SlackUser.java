package app.clicks.slack.common;

import java.util.Locale;
import java.util.Optional;

/**
 * What the bot knows of a Slack user: whether they may change the settings, and their Slack locale if given.
 */
public record SlackUser(String id, boolean admin, Optional<Locale> locale) {

  /** The user's own language where Slack gives it, else the workspace's. */
  public Locale localeOr(Locale workspace) {
    return locale.orElse(workspace == null ? Locale.ENGLISH : workspace);
  }
}
