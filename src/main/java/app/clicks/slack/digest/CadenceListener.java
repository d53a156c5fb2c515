package app.clicks.slack.digest;

import app.clicks.digest.Cadence;
import app.clicks.settings.WorkspaceKey;
import app.clicks.slack.common.SlackUser;
import app.clicks.slack.common.SlackUsers;
import app.clicks.slack.common.Workspaces;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.response.views.ViewsUpdateResponse;
import com.slack.api.model.view.View;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Another cadence chosen in the open subscription modal: redraws it (views.update) with that cadence's day field.
 * For admins only, as the form itself; nothing is saved here.
 */
final class CadenceListener implements BlockActionHandler {
  private static final Logger LOG = LoggerFactory.getLogger(CadenceListener.class);

  private final DigestViews views;
  private final WorkspaceZones zones;
  private final SlackUsers users;

  CadenceListener(DigestViews views, WorkspaceZones zones, SlackUsers users) {
    this.views = views;
    this.zones = zones;
    this.users = users;
  }

  @Override
  public Response apply(BlockActionRequest req, ActionContext ctx) {
    BlockActionPayload p = req.getPayload();
    String userId = p.getUser().getId();
    WorkspaceKey key = Workspaces.key(ctx);
    View open = p.getView();
    Cadence cadence = cadence(p);
    if (open == null || cadence == null) {
      return ctx.ack();
    }
    try {
      SlackUser user = users.lookup(ctx.client(), key, userId);
      if (!user.admin()) {
        LOG.warn("{} is not an admin of {}: digest cadence change refused.", userId, key);
        return ctx.ack();
      }
      View form = views.switched(key, DigestModal.Metadata.read(open.getPrivateMetadata()), cadence,
          zones.locale(key, user));
      ViewsUpdateResponse r = ctx.client().viewsUpdate(q -> q.viewId(open.getId()).hash(open.getHash()).view(form));
      if (!r.isOk()) {
        LOG.warn("views.update of the digest modal for {} failed: {}", userId, r.getError());
      }
    } catch (Exception e) {
      LOG.error("Could not redraw the digest modal for {} in {}", userId, key, e);
    }
    return ctx.ack();
  }

  private static Cadence cadence(BlockActionPayload p) {
    if (p.getActions() == null || p.getActions().isEmpty() || p.getActions().get(0).getSelectedOption() == null) {
      return null;
    }
    try {
      return Cadence.valueOf(p.getActions().get(0).getSelectedOption().getValue());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
