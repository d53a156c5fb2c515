package app.clicks.slack.home;

import app.clicks.settings.WorkspaceKey;
import app.clicks.slack.common.Workspaces;
import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.TokensRevokedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** tokens_revoked: when the bot's tokens are revoked, deletes the workspace's settings and wolkvox token. */
final class TokensRevokedListener implements BoltEventHandler<TokensRevokedEvent> {
  private static final Logger LOG = LoggerFactory.getLogger(TokensRevokedListener.class);

  private final WorkspaceRemoval removal;

  TokensRevokedListener(WorkspaceRemoval removal) {
    this.removal = removal;
  }

  @Override
  public Response apply(EventsApiPayload<TokensRevokedEvent> payload, EventContext ctx) {
    TokensRevokedEvent.Tokens tokens = payload.getEvent().getTokens();
    if (tokens != null && tokens.getBot() != null && !tokens.getBot().isEmpty()) {
      WorkspaceKey key = Workspaces.key(ctx);
      removal.remove(key);
      LOG.info("Bot tokens revoked in {}: its settings and token are deleted.", key);
    }
    return ctx.ack();
  }
}
