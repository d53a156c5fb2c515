package app.clicks.slack.teams;

import app.clicks.slack.common.Modals;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.staticSelect;

import app.clicks.slack.common.Texts;
import app.clicks.teams.TeamsSettings;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewClose;
import com.slack.api.model.view.ViewSubmit;
import com.slack.api.model.view.ViewTitle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The Teams modal (pure): the Workflows webhook URL and the Outgoing Webhook security token (never shown back: left
 * empty, they keep what is stored) and the language of the cards. Whether the digest and the alerts go to Teams is
 * chosen in their own modals.
 */
final class TeamsModal {
  static final List<String> LANGUAGES = List.of("en", "es", "pt");

  private TeamsModal() {}

  static View form(Optional<TeamsSettings> current, Locale workspaceLanguage, Locale locale) {
    Texts t = TeamsHomeTexts.of(locale);
    TeamsSettings s = current.orElse(null);
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(section(x -> x.text(markdownText(t.get("modal.intro")))));
    boolean hasWebhook = s != null && s.posts();
    boolean hasToken = s != null && s.answers();
    blocks.add(input(i -> i.blockId(TeamsActions.WEBHOOK).optional(true)
        .label(plainText(t.get("modal.webhook.label")))
        .hint(plainText(hasWebhook ? t.get("modal.webhook.keep", s.webhookHint()) : t.get("modal.webhook.hint")))
        .element(plainTextInput(p -> p.actionId(TeamsActions.WEBHOOK).placeholder(plainText("https://…"))))));
    blocks.add(input(i -> i.blockId(TeamsActions.TOKEN).optional(true)
        .label(plainText(t.get("modal.token.label")))
        .hint(plainText(t.get(hasToken ? "modal.token.keep" : "modal.token.hint")))
        .element(plainTextInput(p -> p.actionId(TeamsActions.TOKEN)))));
    List<OptionObject> languages = new ArrayList<>();
    for (String l : LANGUAGES) {
      languages.add(option(plainText(t.get("language." + l)), l));
    }
    String lang = s != null ? s.language().getLanguage() : workspaceLanguage == null ? "en"
        : workspaceLanguage.getLanguage();
    OptionObject chosen = languages.stream().filter(o -> o.getValue().equals(lang)).findFirst()
        .orElse(languages.get(0));
    blocks.add(input(i -> i.blockId(TeamsActions.LANGUAGE).label(plainText(t.get("modal.language.label")))
        .element(staticSelect(x -> x.actionId(TeamsActions.LANGUAGE).options(languages).initialOption(chosen)))));
    blocks.add(context(c -> c.elements(List.of(markdownText(t.get("modal.destinations"))))));
    return View.builder().type("modal").callbackId(TeamsActions.MODAL)
        .title(Modals.title(t.get("modal.title")))
        .submit(Modals.submit(t.get("modal.submit")))
        .close(Modals.close(t.get("modal.cancel")))
        .blocks(blocks).build();
  }

  /** Shown instead of the form when the user may not change Teams. */
  static View refused(Locale locale) {
    Texts t = TeamsHomeTexts.of(locale);
    return Modals.message(TeamsActions.REFUSED_MODAL, t.get("modal.title"), t.get("modal.close"), t.get("modal.refused"));
  }

}
