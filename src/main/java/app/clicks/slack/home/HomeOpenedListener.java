package app.clicks.slack.home;

import app.clicks.slack.common.Workspaces;
import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppHomeOpenedEvent;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** app_home_opened: acknowledges at once and publishes the Home tab in the background. */
final class HomeOpenedListener implements BoltEventHandler<AppHomeOpenedEvent> {
  private static final Logger LOG = LoggerFactory.getLogger(HomeOpenedListener.class);

  private final HomePublisher home;
  private final Executor executor;

  HomeOpenedListener(HomePublisher home, Executor executor) {
    this.home = home;
    this.executor = executor;
  }

  @Override
  public Response apply(EventsApiPayload<AppHomeOpenedEvent> payload, EventContext ctx) {
    AppHomeOpenedEvent event = payload.getEvent();
    if (event.getTab() == null || event.getTab().equals("home")) {
      try {
        executor.execute(() -> home.publish(ctx.client(), Workspaces.key(ctx), event.getUser()));
      } catch (RejectedExecutionException e) {
        LOG.warn("No room to publish the Home tab for {} now.", event.getUser());
      }
    }
    return ctx.ack();
  }
}
