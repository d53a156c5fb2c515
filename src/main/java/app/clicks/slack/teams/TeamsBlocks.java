package app.clicks.slack.teams;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.confirmationDialog;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import app.clicks.slack.common.HomeContext;
import app.clicks.slack.common.SlackDates;
import app.clicks.slack.common.Texts;
import app.clicks.teams.LastPost;
import app.clicks.teams.TeamsCommands;
import app.clicks.teams.TeamsSettings;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Home tab's "Microsoft Teams" part (pure): whether Teams is connected, the webhook as host and last characters
 * only, the last card's result, the callback URL for the Outgoing Webhook, and where Teams commands cannot work.
 */
final class TeamsBlocks {
  /** Where the app is reached and how it runs: what the callback URL is and whether it can be served. */
  record Reach(String publicUrl, boolean socketMode) {}

  private TeamsBlocks() {}

  static List<LayoutBlock> render(HomeContext ctx, Optional<TeamsSettings> found, Optional<LastPost> last,
      Reach reach) {
    Texts t = TeamsHomeTexts.of(ctx.locale());
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(header(h -> h.text(plainText(t.get("teams.title")))));
    TeamsSettings s = found.orElse(null);
    if (s == null) {
      blocks.add(section(x -> x.text(markdownText(t.get("teams.none")))));
    } else {
      List<String> lines = new ArrayList<>();
      lines.add(s.posts() ? t.get("teams.webhook", s.webhookHint()) : t.get("teams.webhook.none"));
      lines.add(t.get(s.answers() ? "teams.token" : "teams.token.none"));
      lines.add(t.get("teams.language", t.get("language." + s.language().getLanguage())));
      if (s.posts()) {
        lines.add(t.get("teams.destinations"));
      }
      blocks.add(section(x -> x.text(markdownText(String.join("\n", lines)))));
      last.ifPresent(p -> blocks.add(section(x -> x.text(markdownText(lastPost(p, t))))));
    }
    String callback = reach.publicUrl() == null ? t.get("teams.callback.unset")
        : t.get("teams.callback", reach.publicUrl() + TeamsCommands.PATH);
    blocks.add(section(x -> x.text(markdownText(callback))));
    List<com.slack.api.model.block.ContextBlockElement> notes = new ArrayList<>();
    if (reach.socketMode()) {
      notes.add(markdownText(t.get("teams.socketMode")));
    }
    notes.add(markdownText(t.get("teams.limits")));
    blocks.add(context(c -> c.elements(notes)));
    if (ctx.admin()) {
      blocks.add(actions(a -> a.blockId("teams_actions").elements(buttons(s, t))));
    } else {
      blocks.add(context(c -> c.elements(List.of(markdownText(t.get("teams.adminsOnly"))))));
    }
    return blocks;
  }

  /** "Last card (test), 2026-11-20 07:00: *accepted* (202)". */
  static String lastPost(LastPost p, Texts t) {
    String status = p.status() == null ? "" : p.status().toString();
    return t.get("teams.last", t.get("teams.kind." + p.kind().name()), SlackDates.of(p.at()),
        t.get("teams.result." + p.result().name(), status));
  }

  private static List<BlockElement> buttons(TeamsSettings s, Texts t) {
    List<BlockElement> b = new ArrayList<>();
    b.add(button(x -> x.actionId(TeamsActions.EDIT).style("primary")
        .text(plainText(t.get(s == null ? "teams.button.connect" : "teams.button.change")))));
    if (s != null) {
      b.add(button(x -> x.actionId(TeamsActions.DISCONNECT).style("danger")
          .text(plainText(t.get("teams.button.disconnect")))
          .confirm(confirmationDialog(c -> c
              .title(plainText(t.get("teams.disconnect.title")))
              .text(plainText(t.get("teams.disconnect.text")))
              .confirm(plainText(t.get("teams.disconnect.yes")))
              .deny(plainText(t.get("teams.disconnect.no")))
              .style("danger")))));
    }
    return b;
  }
}
