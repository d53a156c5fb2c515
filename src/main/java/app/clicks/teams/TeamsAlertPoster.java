package app.clicks.teams;

import app.clicks.alerts.AlertMessage;
import app.clicks.alerts.AlertPostOutcome;
import app.clicks.alerts.AlertPoster;
import app.clicks.settings.WorkspaceKey;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The alerts' Teams destination: posts an alert or its "back to normal" as a card to the workspace's Workflows webhook
 * in the cards' language, records the result for the App Home (kind ALERT), and says what Teams did in the alerts'
 * terms: accepted is posted (with no message id), 429 or 5xx (after the poster's own waits) or a host not reached is
 * "retry later", a 4xx refused, and no clear answer unclear (never posted again).
 */
final class TeamsAlertPoster implements AlertPoster {
  private static final Logger log = LoggerFactory.getLogger(TeamsAlertPoster.class);

  private final TeamsSettingsStore teams;
  private final WorkflowsPoster poster;
  private final Clock clock;

  TeamsAlertPoster(TeamsSettingsStore teams, WorkflowsPoster poster, Clock clock) {
    this.teams = teams;
    this.poster = poster;
    this.clock = clock;
  }

  @Override
  public boolean reaches(WorkspaceKey workspace) {
    return teams.find(workspace).map(TeamsSettings::posts).orElse(false);
  }

  @Override
  public AlertPostOutcome post(AlertMessage m) {
    Optional<TeamsSettings> found = teams.find(m.workspace()).filter(TeamsSettings::posts);
    if (found.isEmpty()) {
      return new AlertPostOutcome.Failed("teams_not_connected");
    }
    TeamsSettings s = found.get();
    JsonObject card = TeamsAlertCard.of(m, TeamsTexts.of(s.language()));
    TeamsPostOutcome outcome = poster.post(s.webhookUrl(), card);
    try {
      teams.recordLastPost(m.workspace(), LastPost.of(clock.instant(), LastPost.Kind.ALERT, outcome));
    } catch (RuntimeException e) {
      log.warn("{} of {} to Teams: the result could not be recorded ({})", m.kind(), m.workspace(),
          e.getClass().getSimpleName());
    }
    String status = outcome.status() == null ? "" : " " + outcome.status();
    return switch (outcome.result()) {
      case ACCEPTED -> new AlertPostOutcome.Posted(null);
      case RETRY_LATER -> new AlertPostOutcome.RetryLater("HTTP" + status);
      case UNREACHABLE -> new AlertPostOutcome.RetryLater("unreachable");
      case REFUSED -> new AlertPostOutcome.Failed("HTTP" + status);
      case UNCLEAR -> new AlertPostOutcome.Unclear("no clear answer");
    };
  }
}
