package app.clicks.slack.common;

import app.clicks.settings.WorkspaceKey;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.response.views.ViewsOpenResponse;
import com.slack.api.model.view.View;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opens a settings modal from a Home tab button: the form for an admin, a refusal for anyone else. */
public final class AdminModal {
  private static final Logger LOG = LoggerFactory.getLogger(AdminModal.class);

  private AdminModal() {}

  /** A feature's two modals for one user, built only when chosen. */
  public record Views(Supplier<View> form, Supplier<View> refused) {}

  /** How a feature builds its modals for a user of a workspace (in the user's or the workspace's language). */
  @FunctionalInterface
  public interface Feature {
    Views views(WorkspaceKey key, SlackUser user);
  }

  /**
   * The whole button: looks the user up, opens the feature's form or its refusal, logs a failure and acks.
   *
   * @param what names the modal in log lines ("connect", "digest")
   */
  public static Response openFor(BlockActionRequest req, ActionContext ctx, SlackUsers users, String what,
      Feature feature) {
    BlockActionPayload p = req.getPayload();
    String userId = p.getUser().getId();
    WorkspaceKey key = Workspaces.key(ctx);
    try {
      SlackUser user = users.lookup(ctx.client(), key, userId);
      Views views = feature.views(key, user);
      View view;
      if (user.admin()) {
        view = views.form().get();
      } else {
        LOG.warn("{} is not an admin of {}: {} modal refused.", userId, key, what);
        view = views.refused().get();
      }
      ViewsOpenResponse r = ctx.client().viewsOpen(q -> q.triggerId(p.getTriggerId()).view(view));
      if (!r.isOk()) {
        LOG.warn("views.open of the {} modal for {} failed: {}", what, userId, r.getError());
      }
    } catch (Exception e) {
      LOG.error("Could not open the {} modal for {} in {}", what, userId, key, e);
    }
    return ctx.ack();
  }
}
