package app.clicks.slack.digest;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import app.clicks.digest.DigestOutcome;
import app.clicks.digest.DigestSchedule;
import app.clicks.digest.DigestStatus;
import app.clicks.digest.EmptyPolicy;
import app.clicks.digest.LastRun;
import app.clicks.digest.RunResult;
import app.clicks.slack.common.HomeContext;
import app.clicks.slack.common.SlackDates;
import app.clicks.slack.common.SummaryBlocks;
import app.clicks.slack.common.Texts;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.model.block.element.BlockElement;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The Home tab's daily digest part: the schedule, its next run, the last run and send-now results, and buttons (pure). */
final class DigestBlocks {
  private DigestBlocks() {}

  static List<LayoutBlock> render(HomeContext ctx, DigestStatus status, Optional<SendNowBoard.Entry> sendNow) {
    Texts t = DigestTexts.of(ctx.locale());
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(header(h -> h.text(plainText(t.get("digest.title")))));
    DigestSchedule s = status.schedule().orElse(null);
    if (s == null) {
      blocks.add(section(x -> x.text(markdownText(t.get(ctx.admin() ? "digest.none.admin" : "digest.none")))));
    } else {
      blocks.add(section(x -> x.fields(fields(s, status.nextRun(), t))));
    }
    status.lastRun().ifPresent(run -> blocks.add(section(x -> x.text(markdownText(lastRun(run, s, t))))));
    sendNow.ifPresent(e -> blocks.add(section(x -> x.text(markdownText(sendNow(e, s, t))))));
    if (ctx.admin()) {
      List<BlockElement> buttons = new ArrayList<>();
      buttons.add(button(b -> b.actionId(DigestActions.EDIT).style("primary")
          .text(plainText(t.get(s == null ? "digest.button.set" : "digest.button.change")))));
      if (s != null) {
        buttons.add(button(b -> b.actionId(DigestActions.SEND_NOW).text(plainText(t.get("digest.button.sendNow")))));
      }
      blocks.add(actions(a -> a.blockId("digest_actions").elements(buttons)));
    } else {
      blocks.add(context(c -> c.elements(List.of(markdownText(t.get("digest.adminsOnly"))))));
    }
    return blocks;
  }

  private static List<TextObject> fields(DigestSchedule s, Optional<Instant> next, Texts t) {
    List<TextObject> f = new ArrayList<>();
    f.add(markdownText(t.get("digest.field.channel", s.channelId())));
    f.add(markdownText(t.get("digest.field.time", s.time().toString().substring(0, 5), s.zone().getId())));
    String days = s.everyDay() ? t.get("digest.days.every")
        : s.days().stream().sorted().map(d -> t.get("day." + d.name())).collect(Collectors.joining(", "));
    f.add(markdownText(t.get("digest.field.days", days)));
    f.add(markdownText(t.get("digest.field.empty",
        t.get(s.emptyPolicy() == EmptyPolicy.SKIP ? "digest.empty.skip" : "digest.empty.note"))));
    f.add(markdownText(t.get("digest.field.state", t.get(s.enabled() ? "digest.state.on" : "digest.state.off"))));
    f.add(markdownText(t.get("digest.field.next",
        s.enabled() ? next.map(SlackDates::of).orElse(t.get("digest.next.none")) : "—")));
    return f;
  }

  private static String lastRun(LastRun run, DigestSchedule s, Texts t) {
    String outcome = outcome(run.messageKey(), run.outcome(), run.detail(), s, t);
    return run.day() == null
        ? t.get("digest.lastRun.noDay", SlackDates.of(run.at()), outcome)
        : t.get("digest.lastRun", SlackDates.of(run.at()), run.day().toString(), outcome);
  }

  private static String sendNow(SendNowBoard.Entry e, DigestSchedule s, Texts t) {
    if (e.running()) {
      return t.get("digest.sendNow.running");
    }
    RunResult r = e.result();
    return t.get("digest.sendNow.result", SlackDates.of(e.at()), outcome(r.outcome().messageKey(), r.outcome(),
        r.detail(), s, t));
  }

  /** The outcome in words; {0} is the detail (a retry time shown as a Slack date), {1} the channel. */
  static String outcome(String key, DigestOutcome outcome, String detail, DigestSchedule s, Texts t) {
    String shown = detail == null ? "—" : SummaryBlocks.escape(detail);
    if (outcome == DigestOutcome.RETRY_SCHEDULED && detail != null) {
      try {
        shown = SlackDates.of(Instant.parse(detail));
      } catch (DateTimeParseException e) {
        shown = SummaryBlocks.escape(detail);
      }
    }
    String channel = s != null ? s.channelId() : detail == null ? "" : detail;
    return t.get(key == null ? outcome.messageKey() : key, shown, channel);
  }
}
