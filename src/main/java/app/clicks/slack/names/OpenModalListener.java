package app.clicks.slack.names;

import app.clicks.settings.WorkspaceKey;
import app.clicks.slack.common.AdminModal;
import app.clicks.slack.common.SlackUsers;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.View;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;

/** "Name ads" / "Conversion codes": opens the modal for admins, a refusal for anyone else. */
final class OpenModalListener implements BlockActionHandler {
  private final String what;
  private final WorkspaceAds ads;
  private final SlackUsers users;
  private final BiFunction<WorkspaceKey, Locale, View> form;
  private final Function<Locale, View> refused;

  /** @param what names the modal in log lines */
  OpenModalListener(String what, WorkspaceAds ads, SlackUsers users, BiFunction<WorkspaceKey, Locale, View> form,
      Function<Locale, View> refused) {
    this.what = what;
    this.ads = ads;
    this.users = users;
    this.form = form;
    this.refused = refused;
  }

  @Override
  public Response apply(BlockActionRequest req, ActionContext ctx) {
    return AdminModal.openFor(req, ctx, users, what, (key, user) -> {
      Locale locale = ads.locale(key, user);
      return new AdminModal.Views(() -> form.apply(key, locale), () -> refused.apply(locale));
    });
  }
}
