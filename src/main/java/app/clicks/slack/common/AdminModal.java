package app.clicks.slack.common;

import app.clicks.settings.WorkspaceKey;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.methods.response.views.ViewsOpenResponse;
import com.slack.api.model.view.View;
import java.io.IOException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opens a settings modal from a Home tab button: the form for an admin, a refusal for anyone else. */
public final class AdminModal {
  private static final Logger LOG = LoggerFactory.getLogger(AdminModal.class);

  private AdminModal() {}

  /**
   * @param what names the modal in log lines ("connect", "digest")
   */
  public static void open(ActionContext ctx, String triggerId, SlackUser user, String userId, WorkspaceKey key, String what,
      Supplier<View> form, Supplier<View> refused) throws IOException, com.slack.api.methods.SlackApiException {
    View view;
    if (user.admin()) {
      view = form.get();
    } else {
      LOG.warn("{} is not an admin of {}: {} modal refused.", userId, key, what);
      view = refused.get();
    }
    ViewsOpenResponse r = ctx.client().viewsOpen(q -> q.triggerId(triggerId).view(view));
    if (!r.isOk()) {
      LOG.warn("views.open of the {} modal for {} failed: {}", what, userId, r.getError());
    }
  }
}
