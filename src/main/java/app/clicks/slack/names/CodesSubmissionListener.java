package app.clicks.slack.names;

import app.clicks.settings.JdbcWorkspaceChoices;
import app.clicks.slack.common.AdminSubmission;
import app.clicks.slack.common.FormValues;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import java.util.LinkedHashSet;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The conversion codes modal submitted: checks again that the user is an admin, then keeps wolkvox's hits or saves
 * the chosen codes (none chosen = no conversions), and republishes the Home tab.
 */
final class CodesSubmissionListener implements ViewSubmissionHandler {
  private static final Logger LOG = LoggerFactory.getLogger(CodesSubmissionListener.class);

  private final NamesSubmission names;

  CodesSubmissionListener(NamesSubmission names) {
    this.names = names;
  }

  @Override
  public Response apply(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
    return AdminSubmission.handle(req, ctx, names.feature("conversion codes"), NamesActions.CODES_MODE, s -> {
      FormValues form = FormValues.of(s.view().getState().getValues());
      String mode = form.selected(NamesActions.CODES_MODE);
      if (NamesActions.MODE_HITS.equals(mode)) {
        names.choices().useWolkvoxHits(s.key());
        LOG.info("{} made wolkvox's hits the conversion codes of {}.", s.userId(), s.key());
      } else if (NamesActions.MODE_CHOSEN.equals(mode)) {
        LinkedHashSet<String> codes = new LinkedHashSet<>(form.selectedAll(NamesActions.CODES_CHOSEN));
        names.choices().chooseConversionCodes(
            new JdbcWorkspaceChoices.Change(s.key(), s.userId(), names.clock().instant()), codes);
        LOG.info("{} chose {} conversion codes for {}.", s.userId(), codes.size(), s.key());
      } else {
        return ctx.ackWithErrors(Map.of(NamesActions.CODES_MODE, s.texts().get("codes.error.mode")));
      }
      names.republish(s);
      return ctx.ack();
    });
  }
}
