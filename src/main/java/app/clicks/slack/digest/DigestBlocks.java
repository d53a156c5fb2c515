package app.clicks.slack.digest;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.block.element.BlockElements.overflowMenu;

import app.clicks.digest.DigestOutcome;
import app.clicks.digest.LastRun;
import app.clicks.digest.RunResult;
import app.clicks.digest.Subscription;
import app.clicks.digest.SubscriptionStatus;
import app.clicks.digest.Subscriptions;
import app.clicks.report.Slice;
import app.clicks.slack.common.HomeContext;
import app.clicks.slack.common.SlackDates;
import app.clicks.slack.common.SummaryBlocks;
import app.clicks.slack.common.Texts;
import app.clicks.slack.digest.DigestActions.Menu;
import app.clicks.slack.digest.DigestActions.MenuChoice;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Home tab's digest part (pure): the workspace's subscriptions, each on one line (a section with its "…" menu
 * for admins) and a context line (next run, last result, a send-now), then "Add subscription" while fewer than
 * {@link Subscriptions#MAX_PER_WORKSPACE}. Two blocks a subscription, so 20 stay far inside the Home tab's 100.
 */
final class DigestBlocks {
  private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

  private DigestBlocks() {}

  /** What the section draws for a workspace. */
  record Facts(List<SubscriptionStatus> subscriptions, KnownSlices names, ZoneId zone,
      Optional<SendNowBoard.Entry> sendNow) {}

  static List<LayoutBlock> render(HomeContext ctx, Facts f) {
    Texts t = DigestTexts.of(ctx.locale());
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(header(h -> h.text(plainText(t.get("digest.title")))));
    int count = f.subscriptions().size();
    if (count == 0) {
      blocks.add(section(x -> x.text(markdownText(t.get(ctx.admin() ? "digest.none.admin" : "digest.none")))));
    } else {
      blocks.add(context(c -> c.elements(List.of(markdownText(
          t.get("digest.intro", f.zone().getId(), count, Subscriptions.MAX_PER_WORKSPACE))))));
    }
    for (SubscriptionStatus s : f.subscriptions()) {
      Subscription sub = s.subscription();
      blocks.add(section(x -> {
        x.blockId(DigestActions.LINE + sub.id()).text(markdownText(line(sub, f.names(), f.zone(), t)));
        if (ctx.admin()) {
          x.accessory(overflowMenu(o -> o.actionId(DigestActions.MENU).options(menu(sub, t))));
        }
        return x;
      }));
      blocks.add(context(c -> c.elements(List.of(markdownText(status(s, f.sendNow(), t))))));
    }
    if (!ctx.admin()) {
      blocks.add(context(c -> c.elements(List.of(markdownText(t.get("digest.adminsOnly"))))));
    } else if (count >= Subscriptions.MAX_PER_WORKSPACE) {
      blocks.add(context(c -> c.elements(List.of(markdownText(
          t.get("digest.limit", Subscriptions.MAX_PER_WORKSPACE))))));
    } else {
      blocks.add(actions(a -> a.blockId("digest_actions").elements(List.of(button(b -> b.actionId(DigestActions.ADD)
          .style("primary").value("add").text(plainText(t.get("digest.button.add"))))))));
    }
    return blocks;
  }

  /**
   * "*<#C0VENTAS>* · Weekly on Monday at 08:00 · routing point *WhatsApp Ventas* · on": where, how often, when (with
   * its zone when it is not the workspace's), which clicks, on or off, and Teams when it posts there.
   */
  static String line(Subscription s, KnownSlices names, ZoneId workspaceZone, Texts t) {
    String time = s.time().toString().substring(0, 5);
    if (!s.zone().equals(workspaceZone)) {
      time = t.get("digest.line.zone", time, s.zone().getId());
    }
    String line = t.get("digest.line", "*<#" + s.channelId() + ">*", cadence(s, t), time, slice(s.slice(), names, t),
        t.get(s.enabled() ? "digest.state.on" : "digest.state.off"));
    return s.destinations().teams() ? t.get("digest.line.teams", line, t.get("digest.dest." + s.destinations()))
        : line;
  }

  /** "Daily on weekdays", "Daily on Mon, Wed", "Weekly on Monday", "Monthly on the 1st", "…on the first weekday". */
  static String cadence(Subscription s, Texts t) {
    return switch (s.cadence()) {
      case DAILY -> s.days().isEmpty() || s.days().size() == 7 ? t.get("cadence.daily.every")
          : s.days().equals(WEEKDAYS) ? t.get("cadence.daily.weekdays")
          : t.get("cadence.daily.days",
              s.days().stream().sorted().map(d -> t.get("day." + d.name())).collect(Collectors.joining(", ")));
      case WEEKLY -> t.get("cadence.weekly", s.days().stream().sorted().findFirst()
          .map(d -> t.get("dayFull." + d.name())).orElse("?"));
      case MONTHLY -> s.dayOfMonth() == Subscription.FIRST_WEEKDAY ? t.get("cadence.monthly.firstWeekday")
          : t.get("cadence.monthly", s.dayOfMonth());
    };
  }

  /** "all clicks", "routing point *WhatsApp Ventas*", or by id where it has no name: "ad `120211`". */
  static String slice(Slice slice, KnownSlices names, Texts t) {
    if (slice.isAll()) {
      return t.get("slice.all");
    }
    Optional<String> name = names.name(slice);
    return name.isPresent() ? t.get("slice." + slice.kind(), SummaryBlocks.escape(name.get()))
        : t.get("slice." + slice.kind() + ".id", slice.key().replace("`", "'"));
  }

  private static List<OptionObject> menu(Subscription s, Texts t) {
    List<OptionObject> options = new ArrayList<>();
    for (Menu m : List.of(Menu.CHANGE, s.enabled() ? Menu.OFF : Menu.ON, Menu.SEND_NOW, Menu.DELETE)) {
      options.add(option(plainText(t.get("menu." + m)), new MenuChoice(m, s.id()).value()));
    }
    return options;
  }

  /** "Next: … · Last: …: posted." and, for the subscription last sent now, how that went. */
  private static String status(SubscriptionStatus s, Optional<SendNowBoard.Entry> sendNow, Texts t) {
    Subscription sub = s.subscription();
    List<String> parts = new ArrayList<>();
    if (sub.enabled()) {
      parts.add(s.nextRun().map(at -> t.get("digest.next", SlackDates.of(at))).orElse(t.get("digest.next.none")));
    }
    parts.add(s.lastRun().map(run -> lastRun(run, sub, t)).orElse(t.get("digest.lastRun.never")));
    sendNow.filter(e -> e.subscriptionId() == sub.id()).ifPresent(e -> parts.add(sendNow(e, sub, t)));
    return String.join(" · ", parts);
  }

  private static String lastRun(LastRun run, Subscription s, Texts t) {
    return t.get("digest.lastRun", SlackDates.of(run.at()), outcome(run.messageKey(), run.outcome(), run.detail(),
        s.channelId(), t));
  }

  private static String sendNow(SendNowBoard.Entry e, Subscription s, Texts t) {
    if (e.running()) {
      return t.get("digest.sendNow.running");
    }
    RunResult r = e.result();
    return t.get("digest.sendNow.result", SlackDates.of(e.at()),
        outcome(r.outcome().messageKey(), r.outcome(), r.detail(), s.channelId(), t));
  }

  /** The outcome in words; {0} is the detail (a retry time shown as a Slack date), {1} the channel. */
  static String outcome(String key, DigestOutcome outcome, String detail, String channelId, Texts t) {
    String shown = detail == null ? "—" : SummaryBlocks.escape(detail);
    if (outcome == DigestOutcome.RETRY_SCHEDULED && detail != null) {
      try {
        shown = SlackDates.of(Instant.parse(detail));
      } catch (DateTimeParseException e) {
        shown = SummaryBlocks.escape(detail);
      }
    }
    return t.get(key == null ? outcome.messageKey() : key, shown, channelId);
  }

}
