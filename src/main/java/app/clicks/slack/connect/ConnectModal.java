package app.clicks.slack.connect;

import app.clicks.slack.common.Modals;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.staticSelect;

import app.clicks.report.ReportZone;
import app.clicks.settings.WorkspaceSettings;
import app.clicks.slack.common.HomeView;
import app.clicks.slack.common.Texts;
import app.clicks.slack.common.Workspaces;
import app.clicks.store.ConnectionVerdict;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewClose;
import com.slack.api.model.view.ViewSubmit;
import com.slack.api.model.view.ViewTitle;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The connect modal, and the "testing…" and verdict views that replace it (pure functions). */
final class ConnectModal {
  static final String SERVER = "server_id";
  static final String TOKEN = "token";
  static final String ZONE = "zone";
  static final String LANGUAGE = "language";
  /** Common Latin-American report timezones, wolkvox's own first, and UTC. */
  static final List<String> ZONES = List.of(
      ReportZone.DEFAULT.getId(), "America/Mexico_City", "America/Lima", "America/Guayaquil", "America/Panama",
      "America/Caracas", "America/Santiago", "America/Argentina/Buenos_Aires", "America/Sao_Paulo",
      "America/Montevideo", "America/La_Paz", "America/Asuncion", "America/Costa_Rica", "America/Guatemala",
      "America/El_Salvador", "America/Tegucigalpa", "America/Managua", "America/Santo_Domingo",
      "America/Puerto_Rico", "UTC");
  static final List<String> LANGUAGES = List.of("en", "es", "pt");

  private ConnectModal() {}

  /**
   * The form: current values filled in, except the token, which is never sent back to Slack; a workspace without a
   * zone is offered {@code defaultZone} (REPORT_TIMEZONE).
   */
  static View form(Optional<WorkspaceSettings> current, ZoneId defaultZone, Locale locale) {
    Texts t = Texts.of(HomeView.BUNDLE, locale);
    boolean keepable = current.map(Workspaces::connected).orElse(false);
    String server = current.map(WorkspaceSettings::serverId).orElse(null);
    String zone = current.map(s -> s.zone().getId()).orElse(defaultZone.getId());
    String lang = current.map(s -> Texts.supported(s.language())).orElse(Texts.supported(locale)).getLanguage();
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(section(s -> s.text(markdownText(t.get("modal.intro")))));
    blocks.add(input(i -> i.blockId(SERVER).label(plainText(t.get("modal.server.label")))
        .hint(plainText(t.get("modal.server.hint")))
        .element(plainTextInput(p -> p.actionId(SERVER).maxLength(32).initialValue(server)))));
    String tokenHint = keepable
        ? t.get("modal.token.keep", current.get().maskedToken())
        : t.get("modal.token.hint");
    blocks.add(input(i -> i.blockId(TOKEN).label(plainText(t.get("modal.token.label"))).optional(keepable)
        .hint(plainText(tokenHint))
        .element(plainTextInput(p -> p.actionId(TOKEN).maxLength(512)))));
    List<OptionObject> zones = new ArrayList<>();
    for (String z : ZONES) {
      zones.add(option(plainText(z.replace('_', ' ')), z));
    }
    if (!ZONES.contains(zone)) {
      zones.add(0, option(plainText(zone.replace('_', ' ')), zone));
    }
    OptionObject zoneInitial = zones.stream().filter(o -> o.getValue().equals(zone)).findFirst().orElseThrow();
    blocks.add(input(i -> i.blockId(ZONE).label(plainText(t.get("modal.zone.label")))
        .hint(plainText(t.get("modal.zone.hint")))
        .element(staticSelect(x -> x.actionId(ZONE).options(zones).initialOption(zoneInitial)))));
    List<OptionObject> langs = new ArrayList<>();
    for (String l : LANGUAGES) {
      langs.add(option(plainText(t.get("language." + l)), l));
    }
    OptionObject langInitial = langs.get(LANGUAGES.indexOf(lang));
    blocks.add(input(i -> i.blockId(LANGUAGE).label(plainText(t.get("modal.language.label")))
        .hint(plainText(t.get("modal.language.hint")))
        .element(staticSelect(x -> x.actionId(LANGUAGE).options(langs).initialOption(langInitial)))));
    return View.builder().type("modal").callbackId(ConnectActions.CONNECT_MODAL)
        .title(Modals.title(t.get("modal.title")))
        .submit(Modals.submit(t.get("modal.submit")))
        .close(Modals.close(t.get("modal.cancel")))
        .blocks(blocks).build();
  }

  /** Shown while the connection test runs. */
  static View testing(String serverId, Locale locale) {
    Texts t = Texts.of(HomeView.BUNDLE, locale);
    return result(t, t.get("modal.testing", serverId));
  }

  /** The test's verdict: connected, or what is wrong and what to do. */
  static View verdict(ConnectionVerdict v, String serverId, Locale locale) {
    Texts t = Texts.of(HomeView.BUNDLE, locale);
    String head = t.get(v.connected() ? "modal.verdict.ok" : "modal.verdict.problem");
    return result(t, head + "\n\n" + t.get(ConnectionStatus.textKey(v), serverId, v.records()));
  }

  /** Shown instead of the form when the user may not change the connection. */
  static View refused(Locale locale) {
    Texts t = Texts.of(HomeView.BUNDLE, locale);
    return result(t, t.get("refused"));
  }

  private static View result(Texts t, String text) {
    return Modals.message(ConnectActions.TEST_MODAL, t.get("modal.title"), t.get("modal.close"), text);
  }

}
