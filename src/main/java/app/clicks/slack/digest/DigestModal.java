package app.clicks.slack.digest;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.optionGroup;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.checkboxes;
import static com.slack.api.model.block.element.BlockElements.conversationsSelect;
import static com.slack.api.model.block.element.BlockElements.radioButtons;
import static com.slack.api.model.block.element.BlockElements.staticSelect;
import static com.slack.api.model.block.element.BlockElements.timePicker;

import app.clicks.digest.Cadence;
import app.clicks.digest.Destinations;
import app.clicks.digest.EmptyPolicy;
import app.clicks.digest.Subscription;
import app.clicks.digest.Subscriptions;
import app.clicks.report.Slice;
import app.clicks.slack.common.Modals;
import app.clicks.slack.common.Texts;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionGroupObject;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.ConversationsFilter;
import com.slack.api.model.view.View;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The modal that adds or changes one digest subscription (channel, cadence with its days, time in the report
 * timezone, slice, no-clicks policy, destinations when Teams is connected, on/off), the delete confirmation, and the
 * one-message modals (refusal, limit, gone). Pure. The slice is one static_select of at most
 * {@link #MAX_SLICE_OPTIONS} options in groups (everything, routing points, ads): a contact centre has a few dozen.
 */
final class DigestModal {
  /** The time a new subscription is offered at. */
  static final LocalTime DEFAULT_TIME = LocalTime.of(8, 0);
  /** Slack's limit of options in a select. */
  static final int MAX_SLICE_OPTIONS = 100;
  /** Slack's limits of an option's value and text. */
  static final int MAX_VALUE = 150;
  static final int MAX_TEXT = 75;
  /** The slice option "the whole workspace". */
  static final String ALL = "ALL";

  private DigestModal() {}

  /**
   * What the form is drawn from.
   *
   * @param current the subscription changed, or empty to add one
   * @param zone the workspace's report timezone: named in the modal and kept in private_metadata, so that the
   *     submission reads the time in the zone that was shown
   * @param slices the routing points and ads to offer
   * @param teams true when the workspace connected Microsoft Teams (then the destinations are offered)
   */
  record Input(Optional<Subscription> current, ZoneId zone, KnownSlices slices, boolean teams, Locale locale) {}

  /** The form with the day field of the subscription's cadence (daily for a new one). */
  static View form(Input in) {
    return form(in, in.current().map(Subscription::cadence).orElse(Cadence.DAILY));
  }

  /**
   * The form showing cadence {@code shown} and only its day field: the weekdays of a daily digest, the weekday of a
   * weekly one, the day of the month of a monthly one. Choosing another cadence redraws it (dispatch_action; Slack
   * keeps what was entered in the other fields, whose block ids stay the same).
   */
  static View form(Input in, Cadence shown) {
    Texts t = DigestTexts.of(in.locale());
    Optional<Subscription> cur = in.current();
    String zone = in.zone().getId();
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(section(s -> s.text(markdownText(t.get("modal.intro")))));
    blocks.add(input(i -> i.blockId(DigestActions.CHANNEL).label(plainText(t.get("modal.channel.label")))
        .hint(plainText(t.get("modal.channel.hint")))
        .element(conversationsSelect(c -> c.actionId(DigestActions.CHANNEL)
            .initialConversation(cur.map(Subscription::channelId).orElse(null)).defaultToCurrentConversation(false)
            .filter(ConversationsFilter.builder().include(List.of("public", "private")).excludeBotUsers(true)
                .excludeExternalSharedChannels(true).build())))));
    List<OptionObject> cadences = new ArrayList<>();
    for (Cadence c : Cadence.values()) {
      cadences.add(option(plainText(t.get("modal.cadence." + c.name())), c.name()));
    }
    blocks.add(input(i -> i.blockId(DigestActions.CADENCE).dispatchAction(true)
        .label(plainText(t.get("modal.cadence.label")))
        .element(radioButtons(r -> r.actionId(DigestActions.CADENCE).options(cadences)
            .initialOption(cadences.get(shown.ordinal()))))));
    blocks.add(switch (shown) {
      case DAILY -> dailyDays(cur, t);
      case WEEKLY -> weekday(cur, t);
      case MONTHLY -> dayOfMonth(cur, t);
    });
    String time = cur.map(Subscription::time).orElse(DEFAULT_TIME).toString().substring(0, 5);
    blocks.add(input(i -> i.blockId(DigestActions.TIME).label(plainText(t.get("modal.time.label", zone)))
        .hint(plainText(t.get("modal.time.hint", zone)))
        .element(timePicker(p -> p.actionId(DigestActions.TIME).initialTime(time).timezone(zone)))));
    blocks.add(sliceInput(cur.map(Subscription::slice).orElse(Slice.ALL), in.slices(), t));
    List<OptionObject> empties = List.of(
        option(plainText(t.get("digest.empty.note")), EmptyPolicy.POST_NOTE.name()),
        option(plainText(t.get("digest.empty.skip")), EmptyPolicy.SKIP.name()));
    OptionObject empty = empties.get(cur.map(s -> s.emptyPolicy() == EmptyPolicy.SKIP ? 1 : 0).orElse(0));
    blocks.add(input(i -> i.blockId(DigestActions.EMPTY).label(plainText(t.get("modal.empty.label")))
        .element(radioButtons(r -> r.actionId(DigestActions.EMPTY).options(empties).initialOption(empty)))));
    if (in.teams()) {
      List<OptionObject> dests = new ArrayList<>();
      for (Destinations d : Destinations.values()) {
        dests.add(option(plainText(t.get("modal.destinations." + d.name())), d.name()));
      }
      OptionObject dest = dests.get(cur.map(Subscription::destinations).orElse(Destinations.SLACK).ordinal());
      blocks.add(input(i -> i.blockId(DigestActions.DESTINATIONS).label(plainText(t.get("modal.destinations.label")))
          .element(radioButtons(r -> r.actionId(DigestActions.DESTINATIONS).options(dests).initialOption(dest)))));
    }
    List<OptionObject> states = List.of(
        option(plainText(t.get("modal.state.on")), "on"), option(plainText(t.get("modal.state.off")), "off"));
    OptionObject state = states.get(cur.map(s -> s.enabled() ? 0 : 1).orElse(0));
    blocks.add(input(i -> i.blockId(DigestActions.STATE).label(plainText(t.get("modal.state.label")))
        .element(radioButtons(r -> r.actionId(DigestActions.STATE).options(states).initialOption(state)))));
    long id = cur.map(Subscription::id).orElse(0L);
    return View.builder().type("modal").callbackId(DigestActions.MODAL).privateMetadata(Metadata.write(id, in.zone()))
        .title(Modals.title(t.get(id == 0 ? "modal.title.add" : "modal.title.change")))
        .submit(Modals.submit(t.get("modal.submit")))
        .close(Modals.close(t.get("modal.cancel")))
        .blocks(blocks).build();
  }

  /** Daily: the weekdays, every day for a new one. */
  private static LayoutBlock dailyDays(Optional<Subscription> cur, Texts t) {
    List<OptionObject> days = new ArrayList<>();
    for (DayOfWeek d : DayOfWeek.values()) {
      days.add(option(plainText(t.get("day." + d.name())), d.name()));
    }
    Set<DayOfWeek> daily = cur.filter(s -> s.cadence() == Cadence.DAILY && !s.days().isEmpty())
        .map(Subscription::days).orElse(EnumSet.allOf(DayOfWeek.class));
    List<OptionObject> chosen = days.stream().filter(o -> daily.contains(DayOfWeek.valueOf(o.getValue()))).toList();
    return input(i -> i.blockId(DigestActions.DAYS).label(plainText(t.get("modal.days.label")))
        .element(checkboxes(c -> c.actionId(DigestActions.DAYS).options(days).initialOptions(chosen))));
  }

  /** Weekly: the one weekday, Monday for a new one. */
  private static LayoutBlock weekday(Optional<Subscription> cur, Texts t) {
    List<OptionObject> weekdays = new ArrayList<>();
    for (DayOfWeek d : DayOfWeek.values()) {
      weekdays.add(option(plainText(t.get("dayFull." + d.name())), d.name()));
    }
    DayOfWeek weekly = cur.filter(s -> s.cadence() == Cadence.WEEKLY)
        .flatMap(s -> s.days().stream().sorted().findFirst()).orElse(DayOfWeek.MONDAY);
    return input(i -> i.blockId(DigestActions.WEEKDAY).label(plainText(t.get("modal.weekday.label")))
        .element(staticSelect(s -> s.actionId(DigestActions.WEEKDAY).options(weekdays)
            .initialOption(weekdays.get(weekly.ordinal())))));
  }

  /** Monthly: 1..28 or the first weekday, the 1st for a new one. */
  private static LayoutBlock dayOfMonth(Optional<Subscription> cur, Texts t) {
    List<OptionObject> monthDays = new ArrayList<>();
    monthDays.add(option(plainText(t.get("modal.dayOfMonth.first")), Integer.toString(Subscription.FIRST_WEEKDAY)));
    for (int d = 1; d <= 28; d++) {
      monthDays.add(option(plainText(Integer.toString(d)), Integer.toString(d)));
    }
    int monthly = cur.filter(s -> s.cadence() == Cadence.MONTHLY).map(Subscription::dayOfMonth).orElse(1);
    return input(i -> i.blockId(DigestActions.DAY_OF_MONTH).label(plainText(t.get("modal.dayOfMonth.label")))
        .hint(plainText(t.get("modal.dayOfMonth.hint")))
        .element(staticSelect(s -> s.actionId(DigestActions.DAY_OF_MONTH).options(monthDays)
            .initialOption(monthDays.get(Math.max(0, Math.min(28, monthly)))))));
  }

  /** The slice select: the whole workspace, then the routing points, then the ads, the current one always there. */
  private static LayoutBlock sliceInput(Slice current, KnownSlices known, Texts t) {
    OptionObject all = option(plainText(t.get("modal.slice.all")), ALL);
    List<OptionObject> rps = options(Slice.Kind.ROUTING_POINT, known.routingPoints(), current);
    List<OptionObject> ads = options(Slice.Kind.AD, known.ads(), current);
    int room = MAX_SLICE_OPTIONS - 1;
    int rpRoom = Math.min(rps.size(), Math.max(room / 2, room - ads.size()));
    rps = rps.subList(0, rpRoom);
    ads = ads.subList(0, Math.min(ads.size(), room - rpRoom));
    List<OptionGroupObject> groups = new ArrayList<>();
    groups.add(optionGroup(g -> g.label(plainText(t.get("modal.slice.group.all"))).options(List.of(all))));
    if (!rps.isEmpty()) {
      List<OptionObject> r = rps;
      groups.add(optionGroup(g -> g.label(plainText(t.get("modal.slice.group.ROUTING_POINT"))).options(r)));
    }
    if (!ads.isEmpty()) {
      List<OptionObject> a = ads;
      groups.add(optionGroup(g -> g.label(plainText(t.get("modal.slice.group.AD"))).options(a)));
    }
    OptionObject initial = current.isAll() ? all
        : groups.stream().flatMap(g -> g.getOptions().stream()).filter(o -> o.getValue().equals(value(current)))
            .findFirst().orElse(all);
    return input(i -> i.blockId(DigestActions.SLICE).label(plainText(t.get("modal.slice.label")))
        .hint(plainText(t.get("modal.slice.hint")))
        .element(staticSelect(s -> s.actionId(DigestActions.SLICE).optionGroups(groups).initialOption(initial))));
  }

  /** The options of one kind: the current slice first when the list lacks it, ids too long for Slack left out. */
  private static List<OptionObject> options(Slice.Kind kind, List<KnownSlices.Named> known, Slice current) {
    List<OptionObject> out = new ArrayList<>();
    boolean listed = known.stream().anyMatch(n -> n.id().equals(current.key()));
    if (current.kind() == kind && !listed) {
      out.add(option(plainText(shorten(current.key())), value(current)));
    }
    for (KnownSlices.Named n : known) {
      String value = kind.name() + ":" + n.id();
      if (!n.id().isEmpty() && value.length() <= MAX_VALUE) {
        out.add(option(plainText(shorten(n.name() == null ? n.id() : n.name())), value));
      }
    }
    return out;
  }

  /** A slice as an option's value: "ALL", "ROUTING_POINT:12", "AD:120211". */
  static String value(Slice slice) {
    return slice.isAll() ? ALL : slice.kind().name() + ":" + slice.key();
  }

  private static String shorten(String text) {
    return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
  }

  /** Asks an admin to confirm deleting {@code s}; the subscription's id rides in private_metadata. */
  static View confirmDelete(Subscription s, KnownSlices names, ZoneId workspaceZone, Locale locale) {
    Texts t = DigestTexts.of(locale);
    return View.builder().type("modal").callbackId(DigestActions.DELETE_MODAL)
        .privateMetadata(Metadata.write(s.id(), s.zone()))
        .title(Modals.title(t.get("delete.title")))
        .submit(Modals.submit(t.get("delete.yes")))
        .close(Modals.close(t.get("modal.cancel")))
        .blocks(List.of(section(x -> x.text(markdownText(
            t.get("delete.text", DigestBlocks.line(s, names, workspaceZone, t)))))))
        .build();
  }

  /** Shown instead of a form when the user may not change the digests. */
  static View refused(Locale locale) {
    return message(locale, "modal.refused");
  }

  /** Shown instead of the add form when the workspace has {@link Subscriptions#MAX_PER_WORKSPACE} subscriptions. */
  static View limit(Locale locale) {
    Texts t = DigestTexts.of(locale);
    return Modals.message(DigestActions.MESSAGE_MODAL, t.get("modal.title.add"), t.get("modal.close"),
        t.get("digest.limit", Subscriptions.MAX_PER_WORKSPACE));
  }

  /** Shown when the subscription a menu named was deleted meanwhile. */
  static View gone(Locale locale) {
    return message(locale, "modal.gone");
  }

  private static View message(Locale locale, String key) {
    Texts t = DigestTexts.of(locale);
    return Modals.message(DigestActions.MESSAGE_MODAL, t.get("digest.title"), t.get("modal.close"), t.get(key));
  }

  /** The modal's private_metadata: "id|zone" (id 0 for a new subscription). */
  record Metadata(long id, Optional<ZoneId> zone) {
    static String write(long id, ZoneId zone) {
      return id + "|" + zone.getId();
    }

    /** Reads what {@link #write} wrote; anything else reads as a new subscription with no zone. */
    static Metadata read(String raw) {
      if (raw == null || raw.indexOf('|') < 0) {
        return new Metadata(0, Optional.empty());
      }
      int bar = raw.indexOf('|');
      long id;
      try {
        id = Math.max(0, Long.parseLong(raw.substring(0, bar)));
      } catch (NumberFormatException e) {
        id = 0;
      }
      Optional<ZoneId> zone;
      try {
        zone = Optional.of(ZoneId.of(raw.substring(bar + 1)));
      } catch (java.time.DateTimeException e) {
        zone = Optional.empty();
      }
      return new Metadata(id, zone);
    }
  }
}
