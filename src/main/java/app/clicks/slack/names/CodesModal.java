package app.clicks.slack.names;

import app.clicks.slack.common.Modals;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.multiStaticSelect;
import static com.slack.api.model.block.element.BlockElements.radioButtons;

import app.clicks.slack.common.Texts;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewSubmit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The conversion codes modal (pure): wolkvox's hits, or the codes the admin picks from the known ones (a
 * multi-select of at most 100 options), with a note naming wolkvox's hits.
 */
final class CodesModal {
  /** Slack's limit of an option's text. */
  static final int OPTION_TEXT = 75;
  /** Hits named in the note; more are counted. */
  static final int HITS_NAMED = 20;

  private CodesModal() {}

  static View form(CodeChoice choice, Locale locale) {
    Texts t = NamesTexts.of(locale);
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(section(s -> s.text(markdownText(t.get("codes.intro") + "\n\n" + hitsNote(choice, t)))));
    List<OptionObject> modes = List.of(
        option(plainText(t.get("codes.mode.hits")), NamesActions.MODE_HITS),
        option(plainText(t.get("codes.mode.chosen")), NamesActions.MODE_CHOSEN));
    OptionObject mode = choice.chosen().isPresent() ? modes.get(1) : modes.get(0);
    blocks.add(input(i -> i.blockId(NamesActions.CODES_MODE).label(plainText(t.get("codes.mode.label")))
        .element(radioButtons(r -> r.actionId(NamesActions.CODES_MODE).options(modes).initialOption(mode)))));
    if (choice.offered().isEmpty()) {
      blocks.add(context(c -> c.elements(List.of(markdownText(t.get("codes.noneKnown"))))));
    } else {
      List<OptionObject> options = new ArrayList<>();
      for (String code : choice.offered()) {
        options.add(option(plainText(cut(choice.label(code))), code));
      }
      Set<String> chosen = choice.chosen().orElse(Set.of());
      List<OptionObject> initial = options.stream().filter(o -> chosen.contains(o.getValue())).toList();
      blocks.add(input(i -> i.blockId(NamesActions.CODES_CHOSEN).optional(true)
          .label(plainText(t.get("codes.chosen.label"))).hint(plainText(t.get("codes.chosen.hint")))
          .element(multiStaticSelect(m -> m.actionId(NamesActions.CODES_CHOSEN).options(options)
              .initialOptions(initial.isEmpty() ? null : initial)
              .placeholder(plainText(t.get("codes.chosen.placeholder")))))));
      if (choice.left() > 0) {
        blocks.add(context(c -> c.elements(List.of(markdownText(
            t.get("codes.more", choice.left(), CodeChoice.MAX_OPTIONS))))));
      }
    }
    return View.builder().type("modal").callbackId(NamesActions.CODES_MODAL)
        .title(Modals.title(t.get("codes.title")))
        .submit(Modals.submit(t.get("modal.save")))
        .close(Modals.close(t.get("modal.cancel")))
        .blocks(blocks).build();
  }

  /** The note that names wolkvox's hits, the default conversion codes. */
  static String hitsNote(CodeChoice choice, Texts t) {
    if (choice.hits().isEmpty()) {
      return t.get("codes.hits.none");
    }
    List<String> named = new ArrayList<>();
    for (String code : choice.hits().subList(0, Math.min(HITS_NAMED, choice.hits().size()))) {
      named.add("*" + Mrkdwn.escape(choice.label(code)) + "*");
    }
    String list = String.join(", ", named);
    int more = choice.hits().size() - named.size();
    return t.get("codes.hits", list) + (more > 0 ? " " + t.get("codes.hits.more", more) : "");
  }

  /** Refused: only admins choose the codes. */
  static View refused(Locale locale) {
    Texts t = NamesTexts.of(locale);
    return Modals.message(NamesActions.INFO_MODAL, t.get("codes.title"), t.get("modal.close"), t.get("refused"));
  }

  private static String cut(String s) {
    return s.length() <= OPTION_TEXT ? s : s.substring(0, OPTION_TEXT - 1) + "…";
  }
}
