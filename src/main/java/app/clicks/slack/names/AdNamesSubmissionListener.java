package app.clicks.slack.names;

import app.clicks.settings.JdbcWorkspaceChoices;
import app.clicks.settings.WorkspaceKey;
import app.clicks.settings.WorkspaceSettings;
import app.clicks.slack.common.AdminSubmission;
import app.clicks.slack.common.FormValues;
import app.clicks.slack.common.Workspaces;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A page of the name-ads modal submitted: checks again that the user is an admin, saves the names typed on the page
 * (an emptied name is removed), then shows the next page, or closes after the last and republishes the Home tab.
 */
final class AdNamesSubmissionListener implements ViewSubmissionHandler {
  private static final Logger LOG = LoggerFactory.getLogger(AdNamesSubmissionListener.class);

  private final NamesSubmission names;

  AdNamesSubmissionListener(NamesSubmission names) {
    this.names = names;
  }

  @Override
  public Response apply(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
    String userId = req.getPayload().getUser().getId();
    WorkspaceKey key = Workspaces.key(ctx);
    View submitted = req.getPayload().getView();
    Map<String, Map<String, ViewState.Value>> values =
        submitted.getState() == null ? Map.of() : submitted.getState().getValues();
    FormValues form = FormValues.of(values);
    Map<String, String> typed = new LinkedHashMap<>();
    String firstBlock = null;
    for (String block : values == null ? java.util.Set.<String>of() : values.keySet()) {
      if (block.startsWith(NamesActions.AD_PREFIX)) {
        String adId = block.substring(NamesActions.AD_PREFIX.length());
        if (!adId.isBlank() && adId.length() <= WorkspaceAds.MAX_ID) {
          typed.put(adId, form.text(block));
          firstBlock = firstBlock == null ? block : firstBlock;
        }
      }
    }
    return AdminSubmission.handle(req, ctx, names.feature("ad names"), firstBlock, s -> {
      names.choices().saveAdNames(new JdbcWorkspaceChoices.Change(key, userId, names.clock().instant()), typed);
      LOG.info("{} saved the names of {} ads in {}.", userId, typed.size(), key);
      int next = page(submitted) + 1;
      Optional<WorkspaceSettings> connection = names.ads().connection(key);
      AdPage nextPage = AdPage.of(names.ads().recent(connection), next);
      if (nextPage.index() == next) {
        return ctx.ackWithUpdate(AdNamesModal.form(nextPage, names.choices().adNames(key), s.locale()));
      }
      names.republish(s);
      return ctx.ack();
    });
  }

  /** The page the submitted view showed (its private_metadata), 0 when unreadable. */
  static int page(View submitted) {
    try {
      return Math.max(0, Integer.parseInt(submitted.getPrivateMetadata()));
    } catch (NumberFormatException | NullPointerException e) {
      return 0;
    }
  }

}
