package app.clicks.slack.home;

import app.clicks.settings.WorkspaceKey;
import app.clicks.slack.common.Workspaces;
import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppUninstalledEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** app_uninstalled: deletes the workspace's settings and wolkvox token. */
final class AppUninstalledListener implements BoltEventHandler<AppUninstalledEvent> {
  private static final Logger LOG = LoggerFactory.getLogger(AppUninstalledListener.class);

  private final WorkspaceRemoval removal;

  AppUninstalledListener(WorkspaceRemoval removal) {
    this.removal = removal;
  }

  @Override
  public Response apply(EventsApiPayload<AppUninstalledEvent> payload, EventContext ctx) {
    WorkspaceKey key = Workspaces.key(ctx);
    removal.remove(key);
    LOG.info("App uninstalled from {}: its settings and token are deleted.", key);
    return ctx.ack();
  }
}
