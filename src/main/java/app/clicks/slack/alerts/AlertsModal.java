package app.clicks.slack.alerts;

import app.clicks.slack.common.Modals;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.checkboxes;
import static com.slack.api.model.block.element.BlockElements.conversationsSelect;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.radioButtons;
import static com.slack.api.model.block.element.BlockElements.timePicker;

import app.clicks.alerts.AlertSettings;
import app.clicks.digest.Destinations;
import app.clicks.slack.common.Texts;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.ConversationsFilter;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewClose;
import com.slack.api.model.view.ViewSubmit;
import com.slack.api.model.view.ViewTitle;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The alerts modal (channel, where alerts go, business hours, days, rules and thresholds) and its refusal (pure). Teams
 * is offered as a destination only when the workspace connected it with a Workflows webhook.
 */
final class AlertsModal {
  static final LocalTime DEFAULT_FROM = LocalTime.of(8, 0);
  static final LocalTime DEFAULT_TO = LocalTime.of(20, 0);

  private AlertsModal() {}

  static View form(Optional<AlertSettings> current, ZoneId zone, Locale locale, boolean teamsConnected) {
    Texts t = AlertsTexts.of(locale);
    String channel = current.map(AlertSettings::channelId).orElse(null);
    String from = current.map(AlertSettings::from).orElse(DEFAULT_FROM).toString();
    String to = current.map(AlertSettings::to).orElse(DEFAULT_TO).toString();
    List<OptionObject> days = new ArrayList<>();
    for (DayOfWeek d : DayOfWeek.values()) {
      days.add(option(plainText(t.get("day." + d.name())), d.name()));
    }
    List<OptionObject> chosenDays = current
        .map(s -> days.stream().filter(o -> s.days().contains(DayOfWeek.valueOf(o.getValue()))).toList())
        .orElse(days);
    List<OptionObject> rules = List.of(
        option(markdownText(t.get("rule.SILENCE.option")), "SILENCE"),
        option(markdownText(t.get("rule.DROP.option")), "DROP"),
        option(markdownText(t.get("rule.AD_STOPPED.option")), "AD_STOPPED"));
    List<OptionObject> on = new ArrayList<>();
    AlertSettings.Silence silence = current.map(AlertSettings::silence).orElse(AlertSettings.Silence.DEFAULT);
    AlertSettings.Drop drop = current.map(AlertSettings::drop).orElse(AlertSettings.Drop.DEFAULT);
    AlertSettings.AdStopped ad = current.map(AlertSettings::adStopped).orElse(AlertSettings.AdStopped.DEFAULT);
    if (silence.on()) {
      on.add(rules.get(0));
    }
    if (drop.on()) {
      on.add(rules.get(1));
    }
    if (ad.on()) {
      on.add(rules.get(2));
    }
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(section(s -> s.text(markdownText(t.get("modal.intro")))));
    blocks.add(input(i -> i.blockId(AlertsActions.CHANNEL).label(plainText(t.get("modal.channel.label")))
        .hint(plainText(t.get("modal.channel.hint")))
        .element(conversationsSelect(c -> c.actionId(AlertsActions.CHANNEL).initialConversation(channel)
            .defaultToCurrentConversation(false)
            .filter(ConversationsFilter.builder().include(List.of("public", "private")).excludeBotUsers(true)
                .excludeExternalSharedChannels(true).build())))));
    Destinations where = current.map(AlertSettings::destinations).orElse(Destinations.SLACK);
    if (teamsConnected) {
      List<OptionObject> destinations = new ArrayList<>();
      for (Destinations d : Destinations.values()) {
        destinations.add(option(plainText(t.get("modal.destinations." + d.name())), d.name()));
      }
      OptionObject chosen = destinations.get(where.ordinal());
      blocks.add(input(i -> i.blockId(AlertsActions.DESTINATIONS).label(plainText(t.get("modal.destinations.label")))
          .hint(plainText(t.get("modal.destinations.hint")))
          .element(radioButtons(r -> r.actionId(AlertsActions.DESTINATIONS).options(destinations)
              .initialOption(chosen)))));
    } else {
      String note = t.get(where.teams() ? "modal.teams.gone" : "modal.teams.none");
      blocks.add(context(c -> c.elements(List.of(markdownText(note)))));
    }
    blocks.add(input(i -> i.blockId(AlertsActions.FROM).label(plainText(t.get("modal.from.label", zone.getId())))
        .element(timePicker(p -> p.actionId(AlertsActions.FROM).initialTime(from).timezone(zone.getId())))));
    blocks.add(input(i -> i.blockId(AlertsActions.TO).label(plainText(t.get("modal.to.label", zone.getId())))
        .hint(plainText(t.get("modal.to.hint")))
        .element(timePicker(p -> p.actionId(AlertsActions.TO).initialTime(to).timezone(zone.getId())))));
    blocks.add(input(i -> i.blockId(AlertsActions.DAYS).label(plainText(t.get("modal.days.label")))
        .element(checkboxes(c -> c.actionId(AlertsActions.DAYS).options(days).initialOptions(chosenDays)))));
    blocks.add(input(i -> i.blockId(AlertsActions.RULES).label(plainText(t.get("modal.rules.label"))).optional(true)
        .element(checkboxes(c -> c.actionId(AlertsActions.RULES).options(rules)
            .initialOptions(on.isEmpty() ? null : on)))));
    blocks.add(number(AlertsActions.SILENCE_HOURS, t.get("modal.silence.hours"), silence.hours()));
    blocks.add(number(AlertsActions.DROP_PERCENT, t.get("modal.drop.percent"), drop.percent()));
    blocks.add(number(AlertsActions.DROP_MIN, t.get("modal.drop.min"), drop.minClicks()));
    blocks.add(number(AlertsActions.AD_DAILY, t.get("modal.ad.daily"), ad.minDaily()));
    blocks.add(number(AlertsActions.AD_HOURS, t.get("modal.ad.hours"), ad.hours()));
    return View.builder().type("modal").callbackId(AlertsActions.MODAL).privateMetadata(zone.getId())
        .title(Modals.title(t.get("modal.title")))
        .submit(Modals.submit(t.get("modal.submit")))
        .close(Modals.close(t.get("modal.cancel")))
        .blocks(blocks).build();
  }

  private static LayoutBlock number(String id, String label, int value) {
    return input(i -> i.blockId(id).label(plainText(label))
        .element(plainTextInput(p -> p.actionId(id).initialValue(Integer.toString(value)))));
  }

  /** Shown instead of the form when the user may not change the alerts. */
  static View refused(Locale locale) {
    Texts t = AlertsTexts.of(locale);
    return Modals.message(AlertsActions.REFUSED_MODAL, t.get("modal.title"), t.get("modal.close"), t.get("modal.refused"));
  }

}
