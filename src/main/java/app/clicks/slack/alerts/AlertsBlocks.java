package app.clicks.slack.alerts;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import app.clicks.alerts.AlertChecker;
import app.clicks.alerts.AlertDeliveryLog;
import app.clicks.alerts.AlertRule;
import app.clicks.alerts.AlertSettings;
import app.clicks.alerts.AlertStates;
import app.clicks.alerts.AlertStatus;
import app.clicks.digest.Destinations;
import app.clicks.slack.common.HomeContext;
import app.clicks.slack.common.SlackDates;
import app.clicks.slack.common.SummaryBlocks;
import app.clicks.slack.common.Texts;
import com.slack.api.model.block.LayoutBlock;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

/** The Home tab's alerts part: the rules, where each stands, the last alert, what stops the checks (pure). */
final class AlertsBlocks {
  private AlertsBlocks() {}

  static List<LayoutBlock> render(HomeContext ctx, AlertStatus status, java.time.ZoneId zone) {
    Texts t = AlertsTexts.of(ctx.locale());
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(header(h -> h.text(plainText(t.get("alerts.title")))));
    AlertSettings s = status.rules().orElse(null);
    if (s == null) {
      blocks.add(section(x -> x.text(markdownText(t.get(ctx.admin() ? "alerts.none.admin" : "alerts.none")))));
    } else {
      String days = s.days().equals(EnumSet.allOf(DayOfWeek.class)) ? t.get("alerts.days.every")
          : s.days().stream().sorted().map(d -> t.get("day." + d.name())).collect(Collectors.joining(", "));
      String to = s.destinations() == Destinations.SLACK ? "" : " · " + t.get("alerts.to." + s.destinations().name());
      String summary = t.get("alerts.summary", s.channelId(), s.from().toString(), s.to().toString(), zone.getId(),
          days) + to;
      blocks.add(section(x -> x.text(markdownText(summary))));
      if (status.teamsMissing()) {
        blocks.add(section(x -> x.text(markdownText(t.get("alerts.teamsMissing")))));
      }
      List<String> lines = new ArrayList<>();
      for (AlertRule rule : AlertRule.values()) {
        lines.add(ruleLine(rule, s, status.states(), t));
      }
      blocks.add(section(x -> x.text(markdownText(String.join("\n", lines)))));
    }
    status.lastAlert().ifPresent(d -> blocks.add(section(x -> x.text(markdownText(lastAlert(d, t))))));
    if (s != null && s.anyOn() && status.budgetSpent()) {
      blocks.add(section(x -> x.text(markdownText(t.get("alerts.budget")))));
    } else if (s != null && s.anyOn() && status.failing()) {
      int n = status.lastCheck().orElseThrow().failedInARow();
      String why = t.get("alerts.failing." + status.lastCheck().orElseThrow().outcome().name());
      blocks.add(section(x -> x.text(markdownText(t.get("alerts.failing", n, why)))));
    }
    if (ctx.admin()) {
      blocks.add(actions(a -> a.blockId("alerts_actions").elements(List.of(button(b -> b.actionId(AlertsActions.EDIT)
          .text(plainText(t.get(s == null ? "alerts.button.set" : "alerts.button.change"))))))));
    } else {
      blocks.add(context(c -> c.elements(List.of(markdownText(t.get("alerts.adminsOnly"))))));
    }
    return blocks;
  }

  private static String ruleLine(AlertRule rule, AlertSettings s, List<AlertStates.State> states, Texts t) {
    String name = switch (rule) {
      case SILENCE -> t.get("rule.SILENCE.name", s.silence().hours());
      case DROP -> t.get("rule.DROP.name", s.drop().percent(), s.drop().minClicks());
      case AD_STOPPED -> t.get("rule.AD_STOPPED.name", s.adStopped().minDaily(), s.adStopped().hours());
    };
    if (!s.on(rule)) {
      return t.get("alerts.rule.off", name);
    }
    List<AlertStates.State> firing = states.stream()
        .filter(x -> x.rule() == rule && x.status() == AlertStates.Status.FIRING).toList();
    if (firing.isEmpty()) {
      return t.get("alerts.rule.quiet", name);
    }
    String since = firing.stream()
        .map(x -> (x.ad().isEmpty() ? "" : "`" + SummaryBlocks.escape(x.ad()) + "` ") + SlackDates.of(x.since()))
        .collect(Collectors.joining(", "));
    return t.get("alerts.rule.firing", name, since);
  }

  private static String lastAlert(AlertDeliveryLog.Delivery d, Texts t) {
    String what = t.get("rule." + d.key().rule().name() + ".short")
        + (d.key().ad().isEmpty() ? "" : " `" + SummaryBlocks.escape(d.key().ad()) + "`");
    String where = d.key().destination() == AlertDeliveryLog.Destination.TEAMS ? "alerts.delivery.teams."
        : "alerts.delivery.";
    String state = t.get(where + d.state().name(), d.channelId() == null ? "" : d.channelId(),
        d.detail() == null ? "" : SummaryBlocks.escape(d.detail()));
    return t.get(d.key().kind() == AlertDeliveryLog.Kind.ALERT ? "alerts.last.alert" : "alerts.last.recovery",
        what, SlackDates.of(d.claimedAt()), state, AlertChecker.MAX_A_DAY);
  }
}
