package app.clicks.slack.common;

import app.clicks.settings.WorkspaceKey;
import java.util.Objects;
import java.util.Optional;

/**
 * The bot token that calls Slack for a workspace outside a request (the digest, alerts): SLACK_BOT_TOKEN with one
 * workspace, the workspace's own installation with many. Inside a request Bolt's {@code ctx.client()} has it already.
 */
@FunctionalInterface
public interface BotTokens {
  /** The bot token of workspace {@code key}; empty when the app is not installed there. */
  Optional<String> find(WorkspaceKey key);

  /** Single-workspace mode: the one bot token, whatever the workspace. */
  static BotTokens single(String botToken) {
    Objects.requireNonNull(botToken, "botToken");
    return key -> Optional.of(botToken);
  }
}
