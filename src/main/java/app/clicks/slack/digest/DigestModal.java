package app.clicks.slack.digest;

import app.clicks.slack.common.Modals;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.checkboxes;
import static com.slack.api.model.block.element.BlockElements.conversationsSelect;
import static com.slack.api.model.block.element.BlockElements.radioButtons;
import static com.slack.api.model.block.element.BlockElements.timePicker;

import app.clicks.digest.DigestSchedule;
import app.clicks.digest.EmptyPolicy;
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

/** The digest modal (channel, time in the report timezone, days, no-clicks policy, on/off) and its refusal (pure). */
final class DigestModal {
  /** The time a new digest is offered at. */
  static final LocalTime DEFAULT_TIME = LocalTime.of(8, 0);

  private DigestModal() {}

  /**
   * The form, filled in with {@code current} when there is one; {@code zone} is the workspace's report timezone, named
   * in the modal and kept in private_metadata so that the submission reads the time in the zone that was shown.
   */
  static View form(Optional<DigestSchedule> current, ZoneId zone, Locale locale) {
    Texts t = DigestTexts.of(locale);
    String channel = current.map(DigestSchedule::channelId).orElse(null);
    String time = current.map(DigestSchedule::time).orElse(DEFAULT_TIME).toString().substring(0, 5);
    List<OptionObject> days = new ArrayList<>();
    for (DayOfWeek d : DayOfWeek.values()) {
      days.add(option(plainText(t.get("day." + d.name())), d.name()));
    }
    List<OptionObject> chosenDays = current
        .map(s -> days.stream().filter(o -> s.days().contains(DayOfWeek.valueOf(o.getValue()))).toList())
        .orElse(days);
    List<OptionObject> empties = List.of(
        option(plainText(t.get("digest.empty.note")), EmptyPolicy.POST_NOTE.name()),
        option(plainText(t.get("digest.empty.skip")), EmptyPolicy.SKIP.name()));
    OptionObject empty = current.map(s -> s.emptyPolicy() == EmptyPolicy.SKIP ? empties.get(1) : empties.get(0))
        .orElse(empties.get(0));
    List<OptionObject> states = List.of(
        option(plainText(t.get("modal.state.on")), "on"), option(plainText(t.get("modal.state.off")), "off"));
    OptionObject state = current.map(s -> s.enabled() ? states.get(0) : states.get(1)).orElse(states.get(0));
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(section(s -> s.text(markdownText(t.get("modal.intro")))));
    blocks.add(input(i -> i.blockId(DigestActions.CHANNEL).label(plainText(t.get("modal.channel.label")))
        .hint(plainText(t.get("modal.channel.hint")))
        .element(conversationsSelect(c -> c.actionId(DigestActions.CHANNEL).initialConversation(channel)
            .defaultToCurrentConversation(false)
            .filter(ConversationsFilter.builder().include(List.of("public", "private")).excludeBotUsers(true)
                .excludeExternalSharedChannels(true).build())))));
    blocks.add(input(i -> i.blockId(DigestActions.TIME).label(plainText(t.get("modal.time.label", zone.getId())))
        .hint(plainText(t.get("modal.time.hint", zone.getId())))
        .element(timePicker(p -> p.actionId(DigestActions.TIME).initialTime(time).timezone(zone.getId())))));
    blocks.add(input(i -> i.blockId(DigestActions.DAYS).label(plainText(t.get("modal.days.label")))
        .element(checkboxes(c -> c.actionId(DigestActions.DAYS).options(days).initialOptions(chosenDays)))));
    blocks.add(input(i -> i.blockId(DigestActions.EMPTY).label(plainText(t.get("modal.empty.label")))
        .element(radioButtons(r -> r.actionId(DigestActions.EMPTY).options(empties).initialOption(empty)))));
    blocks.add(input(i -> i.blockId(DigestActions.STATE).label(plainText(t.get("modal.state.label")))
        .element(radioButtons(r -> r.actionId(DigestActions.STATE).options(states).initialOption(state)))));
    return View.builder().type("modal").callbackId(DigestActions.MODAL).privateMetadata(zone.getId())
        .title(Modals.title(t.get("modal.title")))
        .submit(Modals.submit(t.get("modal.submit")))
        .close(Modals.close(t.get("modal.cancel")))
        .blocks(blocks).build();
  }

  /** Shown instead of the form when the user may not change the digest. */
  static View refused(Locale locale) {
    Texts t = DigestTexts.of(locale);
    return Modals.message(DigestActions.REFUSED_MODAL, t.get("modal.title"), t.get("modal.close"), t.get("modal.refused"));
  }

}
