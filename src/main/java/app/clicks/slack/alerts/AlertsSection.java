package app.clicks.slack.alerts;

import app.clicks.alerts.AlertStatus;
import app.clicks.settings.WorkspaceKey;
import app.clicks.settings.WorkspaceSettings;
import app.clicks.slack.common.HomeContext;
import app.clicks.slack.common.HomeSection;
import com.slack.api.model.block.LayoutBlock;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The alerts' part of the Home tab: reads the alerts' status and draws it. */
final class AlertsSection implements HomeSection {
  private static final Logger LOG = LoggerFactory.getLogger(AlertsSection.class);

  private final Function<WorkspaceKey, AlertStatus> status;
  private final ZoneId defaultZone;

  AlertsSection(Function<WorkspaceKey, AlertStatus> status, ZoneId defaultZone) {
    this.status = status;
    this.defaultZone = defaultZone;
  }

  @Override
  public List<LayoutBlock> blocks(HomeContext context) {
    try {
      ZoneId zone = context.settings().map(WorkspaceSettings::zone).orElse(defaultZone);
      return AlertsBlocks.render(context, status.apply(context.workspace()), zone);
    } catch (RuntimeException e) {
      LOG.error("Could not read the alerts of {} for the Home tab", context.workspace(), e);
      return List.of();
    }
  }
}
