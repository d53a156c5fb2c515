package app.clicks.slack.common;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewClose;
import com.slack.api.model.view.ViewSubmit;
import com.slack.api.model.view.ViewTitle;
import java.util.List;

/** The parts every feature's modals share: plain-text title, close and submit, and a one-message modal. */
public final class Modals {
  private Modals() {}

  public static ViewTitle title(String text) {
    return ViewTitle.builder().type("plain_text").text(text).build();
  }

  public static ViewClose close(String text) {
    return ViewClose.builder().type("plain_text").text(text).build();
  }

  public static ViewSubmit submit(String text) {
    return ViewSubmit.builder().type("plain_text").text(text).build();
  }

  /** A modal that only says {@code mrkdwn} (a refusal, a result), with a close button. */
  public static View message(String callbackId, String title, String close, String mrkdwn) {
    return View.builder().type("modal").callbackId(callbackId).title(title(title)).close(close(close))
        .blocks(List.of(section(s -> s.text(markdownText(mrkdwn))))).build();
  }
}
