package app.clicks.slack.names;

import app.clicks.slack.common.Modals;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;

import app.clicks.settings.WorkspaceChoices;
import app.clicks.slack.common.Texts;
import app.clicks.store.AdClicksQuery.Counted;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewClose;
import com.slack.api.model.view.ViewSubmit;
import com.slack.api.model.view.ViewTitle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The name-ads modal (pure): one page of the ads of the last 30 days, each with its id, link and clicks and an
 * input prefilled with its name; the page index rides in private_metadata. Also the views with nothing to submit.
 */
final class AdNamesModal {
  private AdNamesModal() {}

  /** Page {@code page} of the ads, with the names they have now. */
  static View form(AdPage page, Map<String, String> names, Locale locale) {
    Texts t = NamesTexts.of(locale);
    if (page.total() == 0) {
      return info(t, t.get("ads.none", WorkspaceAds.DAYS));
    }
    List<LayoutBlock> blocks = new ArrayList<>();
    String intro = t.get("ads.intro", WorkspaceAds.DAYS, page.total())
        + (page.pages() > 1 ? "\n" + t.get(page.last() ? "ads.page.last" : "ads.page", page.index() + 1, page.pages())
        : "");
    blocks.add(section(s -> s.text(markdownText(intro))));
    for (Counted ad : page.ads()) {
      String id = NamesActions.AD_PREFIX + ad.id();
      String link = Mrkdwn.link(ad.url());
      String line = "*" + Mrkdwn.escape(ad.id()) + "*" + (link.isEmpty() ? "" : "  ·  " + link) + "  ·  "
          + t.get("ads.clicks", ad.clicks());
      blocks.add(context(c -> c.elements(List.of(markdownText(line)))));
      String name = names.get(ad.id());
      blocks.add(input(i -> i.blockId(id).optional(true).label(plainText(t.get("ads.name.label", ad.id())))
          .element(plainTextInput(p -> p.actionId(id).maxLength(WorkspaceChoices.MAX_AD_NAME).initialValue(name)
              .placeholder(plainText(t.get("ads.name.placeholder")))))));
    }
    String title = page.pages() > 1 ? t.get("ads.title.paged", page.index() + 1, page.pages()) : t.get("ads.title");
    return View.builder().type("modal").callbackId(NamesActions.ADS_MODAL)
        .privateMetadata(Integer.toString(page.index()))
        .title(Modals.title(title))
        .submit(Modals.submit(t.get(page.last() ? "modal.save" : "modal.saveNext")))
        .close(Modals.close(t.get("modal.cancel")))
        .blocks(blocks).build();
  }

  /** Shown instead of the form when the user may not name ads. */
  static View refused(Locale locale) {
    Texts t = NamesTexts.of(locale);
    return info(t, t.get("refused"));
  }

  /** Shown when the workspace has no wolkvox server yet. */
  static View notConnected(Locale locale) {
    Texts t = NamesTexts.of(locale);
    return info(t, t.get("notConnected"));
  }

  private static View info(Texts t, String text) {
    return Modals.message(NamesActions.INFO_MODAL, t.get("ads.title"), t.get("modal.close"), text);
  }

}
