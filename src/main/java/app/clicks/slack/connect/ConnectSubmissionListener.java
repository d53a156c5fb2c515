package app.clicks.slack.connect;

import app.clicks.settings.SettingsStore;
import app.clicks.settings.WorkspaceSettings.TokenState;
import app.clicks.settings.WorkspaceSettings;
import app.clicks.slack.common.AdminSubmission;
import app.clicks.slack.common.HomeView;
import app.clicks.slack.common.SlackUsers;
import app.clicks.slack.common.Texts;
import app.clicks.slack.common.Workspaces;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import java.time.Clock;
import java.time.ZoneId;
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
  private final ServerZones zones;

  /**
   * @param zones the timezone a server already has, which a submission must keep
   * @param onSaved what other features do with the saved settings (the digest follows a new timezone)
   */
  ConnectSubmissionListener(SettingsStore store, SlackUsers users, ConnectionCheck check, ServerZones zones,
      Clock clock, Consumer<WorkspaceSettings> onSaved) {
    this.onSaved = onSaved;
    this.zones = zones;
    this.store = store;
    this.users = users;
    this.check = check;
    this.clock = clock;
  }

  @Override
  public Response apply(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
    AdminSubmission.Feature feature = new AdminSubmission.Feature("wolkvox connection", users,
        (key, user) -> user.localeOr(store.find(key).map(WorkspaceSettings::language).orElse(null)),
        locale -> Texts.of(HomeView.BUNDLE, locale), "refused");
    return AdminSubmission.handle(req, ctx, feature, ConnectModal.SERVER, s -> {
      Optional<WorkspaceSettings> current = store.find(s.key());
      boolean canKeep = current.map(Workspaces::connected).orElse(false);
      ConnectForm.Result form = ConnectForm.read(s.view().getState().getValues(), canKeep, s.texts());
      if (!form.valid()) {
        return ctx.ackWithErrors(form.errors());
      }
      ConnectForm.Submission sub = form.submission();
      // The server's clicks are filed by its timezone's days: a second workspace on it cannot choose another zone.
      Optional<ZoneId> serverZone = zones.of(sub.serverId(), s.key());
      if (serverZone.isPresent() && !serverZone.get().equals(sub.zone())) {
        LOG.info("{} of workspace {} chose {} for wolkvox server {}, which reports in {}: refused.", s.userId(),
            s.key(), sub.zone(), sub.serverId(), serverZone.get());
        return ctx.ackWithErrors(Map.of(ConnectModal.ZONE,
            s.texts().get("error.zone.server", sub.serverId(), serverZone.get().getId())));
      }
      String token = sub.token() != null ? sub.token() : current.get().token();
      WorkspaceSettings saved = new WorkspaceSettings(
          s.key(), sub.serverId(), token, TokenState.OK, sub.zone(), sub.language(), s.userId(), clock.instant());
      store.save(saved);
      onSaved.accept(saved);
      LOG.info("{} connected workspace {} to wolkvox server {} (new token: {}).", s.userId(), s.key(), sub.serverId(),
          sub.token() != null);
      check.start(ctx.client(), s.key(), s.userId(), s.view().getId(), s.locale());
      return ctx.ackWithUpdate(ConnectModal.testing(sub.serverId(), s.locale()));
    });
  }
}
