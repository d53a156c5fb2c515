package app.clicks.slack.connect;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.confirmationDialog;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import app.clicks.settings.WorkspaceSettings.TokenState;
import app.clicks.settings.WorkspaceSettings;
import app.clicks.slack.common.HomeContext;
import app.clicks.slack.common.SlackDates;
import app.clicks.slack.common.Texts;
import app.clicks.slack.common.Workspaces;
import app.clicks.store.ConnectionVerdict;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.model.block.element.BlockElement;
import java.util.ArrayList;
import java.util.List;

/**
 * The Home tab's wolkvox connection part: status, timezone, language, and the admins' buttons (pure). The server's
 * use shows only when the status has it; otherwise a line says it appears once the connection test succeeds.
 */
final class ConnectionBlocks {
  private ConnectionBlocks() {}

  static List<LayoutBlock> render(HomeContext ctx, ConnectionStatus status) {
    Texts t = ctx.texts();
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(header(h -> h.text(plainText(t.get("home.title")))));
    blocks.add(section(s -> s.text(markdownText(t.get("home.intro")))));
    WorkspaceSettings s = ctx.settings().filter(ConnectionSection::hasServer).orElse(null);
    if (s == null) {
      blocks.add(section(x -> x.text(markdownText(t.get(ctx.admin() ? "home.notConnected.admin" : "home.notConnected")))));
    } else {
      blocks.add(section(x -> x.text(markdownText(t.get("home.connection")))));
      blocks.add(section(x -> x.fields(fields(s, status, t))));
      if (status.use().isEmpty()) {
        blocks.add(context(c -> c.elements(List.of(markdownText(t.get("home.use.withheld"))))));
      }
      if (s.tokenState() != TokenState.OK) {
        blocks.add(section(x -> x.text(markdownText(t.get(
            s.tokenState() == TokenState.UNREADABLE ? "home.token.unreadable" : "home.token.missing")))));
      }
      if (status.testing()) {
        blocks.add(section(x -> x.text(markdownText(t.get("home.testing", s.serverId())))));
      } else if (status.verdict().isPresent()) {
        ConnectionVerdict v = status.verdict().get();
        String line = t.get(v.connected() ? "home.verdict.ok" : "home.verdict.problem", SlackDates.of(v.at()))
            + "\n" + t.get(ConnectionStatus.textKey(v), s.serverId(), v.records());
        blocks.add(section(x -> x.text(markdownText(line))));
      }
    }
    if (ctx.admin()) {
      blocks.add(actions(a -> a.blockId("home_actions").elements(buttons(s, t))));
    } else {
      blocks.add(context(c -> c.elements(List.of(markdownText(t.get("home.adminsOnly"))))));
    }
    return blocks;
  }

  private static List<TextObject> fields(WorkspaceSettings s, ConnectionStatus status, Texts t) {
    List<TextObject> f = new ArrayList<>();
    f.add(markdownText(t.get("home.field.server", s.serverId())));
    String token = switch (s.tokenState()) {
      case OK -> "`" + s.maskedToken() + "`";
      case UNREADABLE -> t.get("home.token.reconnect");
      case NONE -> t.get("home.token.none");
    };
    f.add(markdownText(t.get("home.field.token", token)));
    status.use().ifPresent(use -> {
      f.add(markdownText(t.get("home.field.lastFetch",
          use.lastFetch().map(SlackDates::of).orElse(t.get("home.never")))));
      f.add(markdownText(t.get("home.field.calls", Long.toString(use.callsToday()),
          Integer.toString(use.dailyBudget()))));
    });
    f.add(markdownText(t.get("home.field.zone", s.zone().getId())));
    f.add(markdownText(t.get("home.field.language", t.get("language." + Texts.supported(s.language()).getLanguage()))));
    String who = s.changedBy() == null ? "?" : "<@" + s.changedBy() + ">";
    f.add(markdownText(t.get("home.field.changed", who, s.changedAt() == null ? "?" : SlackDates.of(s.changedAt()))));
    return f;
  }

  private static List<BlockElement> buttons(WorkspaceSettings s, Texts t) {
    List<BlockElement> b = new ArrayList<>();
    b.add(button(x -> x.actionId(ConnectActions.CONNECT).style("primary")
        .text(plainText(t.get(s == null ? "home.button.connect" : "home.button.change")))));
    if (Workspaces.connected(s)) {
      b.add(button(x -> x.actionId(ConnectActions.TEST).text(plainText(t.get("home.button.test")))));
    }
    if (s != null) {
      b.add(button(x -> x.actionId(ConnectActions.DISCONNECT).style("danger")
          .text(plainText(t.get("home.button.disconnect")))
          .confirm(confirmationDialog(c -> c
              .title(plainText(t.get("disconnect.confirm.title")))
              .text(plainText(t.get("disconnect.confirm.text", s.serverId())))
              .confirm(plainText(t.get("disconnect.confirm.yes")))
              .deny(plainText(t.get("disconnect.confirm.no")))
              .style("danger")))));
    }
    return b;
  }
}
