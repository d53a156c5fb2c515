package app.clicks.slack.names;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import app.clicks.slack.common.HomeContext;
import app.clicks.slack.common.SlackDates;
import app.clicks.slack.common.Texts;
import app.clicks.store.DirectoryStatus;
import app.clicks.wolkvox.DirectoryList;
import com.slack.api.model.block.LayoutBlock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Home tab's names part (pure): how many ads are named, which codes count as conversions, when the wolkvox
 * directory was last read and why its last read failed (those two only with the server's facts: else a line says
 * they appear once the connection test succeeds), and the admins' buttons.
 */
final class NamesBlocks {
  /** Codes named in the Home tab; more are counted. */
  static final int CODES_NAMED = 10;

  private NamesBlocks() {}

  static List<LayoutBlock> render(HomeContext ctx, NamesFacts facts) {
    Texts t = NamesTexts.of(ctx.locale());
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(header(h -> h.text(plainText(t.get("home.title")))));
    String server = facts.server().map(f -> conversions(f.codes(), t)).orElse(t.get("home.server.withheld"));
    String text = t.get("home.ads", facts.namedAds()) + "\n" + server;
    blocks.add(section(s -> s.text(markdownText(text))));
    facts.server().flatMap(NamesFacts.ServerFacts::directory)
        .ifPresent(d -> blocks.add(context(c -> c.elements(List.of(markdownText(directory(d, t)))))));
    if (ctx.admin()) {
      blocks.add(actions(a -> a.blockId("names_actions").elements(List.of(
          button(b -> b.actionId(NamesActions.NAME_ADS).text(plainText(t.get("home.button.names")))),
          button(b -> b.actionId(NamesActions.CODES).text(plainText(t.get("home.button.codes"))))))));
    } else {
      blocks.add(context(c -> c.elements(List.of(markdownText(t.get("home.adminsOnly"))))));
    }
    return blocks;
  }

  /** Which codes count as conversions, and where they come from. */
  static String conversions(CodeChoice codes, Texts t) {
    if (codes.chosen().isPresent()) {
      Set<String> chosen = codes.chosen().get();
      return chosen.isEmpty() ? t.get("home.codes.chosenNone") : t.get("home.codes.chosen", list(chosen, codes, t));
    }
    return codes.hits().isEmpty() ? t.get("home.codes.none") : t.get("home.codes.hits", list(codes.hits(), codes, t));
  }

  private static String list(java.util.Collection<String> codes, CodeChoice choice, Texts t) {
    List<String> sorted = new ArrayList<>(new TreeSet<>(codes));
    List<String> named = new ArrayList<>();
    for (String c : sorted.subList(0, Math.min(CODES_NAMED, sorted.size()))) {
      named.add("*" + Mrkdwn.escape(choice.label(c)) + "*");
    }
    int more = sorted.size() - named.size();
    return String.join(", ", named) + (more > 0 ? " " + t.get("codes.hits.more", more) : "");
  }

  /** When the directory was last read, what it holds, and why each failing list failed. */
  static String directory(DirectoryStatus d, Texts t) {
    Instant latest = null;
    boolean tried = false;
    for (DirectoryStatus.ListStatus l : d.lists()) {
      tried |= l.lastTriedAt() != null || l.lastReadAt() != null;
      if (l.lastReadAt() != null && (latest == null || l.lastReadAt().isAfter(latest))) {
        latest = l.lastReadAt();
      }
    }
    StringBuilder out = new StringBuilder();
    if (!tried) {
      out.append(t.get("home.directory.never"));
    } else if (latest == null) {
      out.append(t.get("home.directory.neverRead"));
    } else {
      out.append(t.get("home.directory.read", SlackDates.of(latest), d.of(DirectoryList.AGENTS).entries(),
          d.of(DirectoryList.ROUTING_POINTS).entries(), d.of(DirectoryList.ACTIVITY_CODES).entries()));
    }
    for (DirectoryStatus.ListStatus l : d.lists()) {
      if (l.failing()) {
        String why = l.errorKind() != null ? t.get("directory.error." + l.errorKind().name(), d.serverId())
            : Mrkdwn.escape(l.lastError());
        String when = l.lastTriedAt() == null ? "?" : SlackDates.of(l.lastTriedAt());
        out.append('\n').append(t.get("home.directory.failed", t.get("directory.list." + l.list().name()), when, why));
      }
    }
    return out.toString();
  }
}
