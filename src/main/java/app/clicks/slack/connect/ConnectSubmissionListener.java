package app.clicks.slack.connect;

import app.clicks.settings.SettingsStore;
import app.clicks.settings.WorkspaceKey;
import app.clicks.settings.WorkspaceSettings.TokenState;
import app.clicks.settings.WorkspaceSettings;
import app.clicks.slack.common.HomeView;
import app.clicks.slack.common.SlackUser;
import app.clicks.slack.common.SlackUsers;
import app.clicks.slack.common.Texts;
import app.clicks.slack.common.Workspaces;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.View;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connect modal's submission: checks again that the user is an admin, answers format problems as field errors,
 * saves a valid connection and answers with the "testing…" view while the test runs in the background.
 */
final class ConnectSubmissionListener implements ViewSubmissionHandler {
  private static final Logger LOG = LoggerFactory.getLogger(ConnectSubmissionListener.class);

  private final SettingsStore store;
  private final SlackUsers users;
  private final ConnectionCheck check;
  private final Clock clock;

  private final Consumer<WorkspaceSettings> onSaved;

  /** @param onSaved what other features do with the saved settings (the digest follows a new timezone) */
  ConnectSubmissionListener(SettingsStore store, SlackUsers users, ConnectionCheck check, Clock clock,
      Consumer<WorkspaceSettings> onSaved) {
    this.onSaved = onSaved;
    this.store = store;
    this.users = users;
    this.check = check;
    this.clock = clock;
  }

  @Override
  public Response apply(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
    String userId = req.getPayload().getUser().getId();
    WorkspaceKey key = Workspaces.key(ctx);
    View submitted = req.getPayload().getView();
    Locale locale = Locale.ENGLISH;
    try {
      SlackUser user = users.lookup(ctx.client(), userId);
      Optional<WorkspaceSettings> current = store.find(key);
      locale = user.localeOr(current.map(WorkspaceSettings::language).orElse(null));
      Texts t = Texts.of(HomeView.BUNDLE, locale);
      if (!user.admin()) {
        LOG.warn("{} is not an admin of {}: connection change refused.", userId, key);
        return ctx.ackWithErrors(Map.of(ConnectModal.SERVER, t.get("refused")));
      }
      boolean canKeep = current.map(Workspaces::connected).orElse(false);
      ConnectForm.Result form = ConnectForm.read(submitted.getState().getValues(), canKeep, t);
      if (!form.valid()) {
        return ctx.ackWithErrors(form.errors());
      }
      ConnectForm.Submission s = form.submission();
      String token = s.token() != null ? s.token() : current.get().token();
      WorkspaceSettings saved = new WorkspaceSettings(
          key, s.serverId(), token, TokenState.OK, s.zone(), s.language(), userId, clock.instant());
      store.save(saved);
      onSaved.accept(saved);
      LOG.info("{} connected workspace {} to wolkvox server {} (new token: {}).", userId, key, s.serverId(), s.token() != null);
      check.start(ctx.client(), key, userId, submitted.getId(), locale);
      return ctx.ackWithUpdate(ConnectModal.testing(s.serverId(), locale));
    } catch (RuntimeException e) {
      LOG.error("Could not save the wolkvox connection of {}", key, e);
      return ctx.ackWithErrors(Map.of(ConnectModal.SERVER, Texts.of(HomeView.BUNDLE, locale).get("error.save")));
    }
  }
}
