package app.clicks.slack.common;

import app.clicks.settings.WorkspaceKey;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.View;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The steps every settings modal's submission shares: look the user up, check again that they are an admin (a
 * refusal as a field error), run the feature's own step, answer a failure as a field error, and republish the Home
 * tab afterwards.
 */
public final class AdminSubmission {
  private static final Logger LOG = LoggerFactory.getLogger(AdminSubmission.class);

  /**
   * One feature's submission.
   *
   * @param what names the settings in log lines ("digest", "conversion codes")
   * @param users the users.info cache and admin check
   * @param locales the user's language in the workspace
   * @param texts the feature's texts in a language
   * @param refusedKey the text shown to a member who is not an admin
   */
  public record Feature(String what, SlackUsers users, BiFunction<WorkspaceKey, SlackUser, Locale> locales,
      Function<Locale, Texts> texts, String refusedKey) {}

  /** An admin's submission, ready for the feature's own step. */
  public record Submitted(ViewSubmissionContext ctx, String userId, WorkspaceKey key, View view, Locale locale,
      Texts texts) {}

  /** The feature's own step: read the form, save, answer. */
  @FunctionalInterface
  public interface Step {
    Response run(Submitted s);
  }

  private AdminSubmission() {}

  /**
   * @param errorBlock the block that shows a refusal or a failure (null: none, the modal just closes)
   */
  public static Response handle(ViewSubmissionRequest req, ViewSubmissionContext ctx, Feature feature,
      String errorBlock, Step step) {
    String userId = req.getPayload().getUser().getId();
    WorkspaceKey key = Workspaces.key(ctx);
    Locale locale = Locale.ENGLISH;
    try {
      SlackUser user = feature.users().lookup(ctx.client(), key, userId);
      locale = feature.locales().apply(key, user);
      Texts t = feature.texts().apply(locale);
      if (!user.admin()) {
        LOG.warn("{} is not an admin of {}: {} change refused.", userId, key, feature.what());
        return error(ctx, errorBlock, t.get(feature.refusedKey()));
      }
      return step.run(new Submitted(ctx, userId, key, req.getPayload().getView(), locale, t));
    } catch (RuntimeException e) {
      LOG.error("Could not save the {} of {}", feature.what(), key, e);
      return error(ctx, errorBlock, feature.texts().apply(locale).get("error.save"));
    }
  }

  /** Republishes the admin's Home tab in the background; a full executor only skips it. */
  public static void republish(HomeTab home, Executor executor, Submitted s) {
    try {
      executor.execute(() -> home.publish(s.ctx().client(), s.key(), s.userId()));
    } catch (RejectedExecutionException e) {
      LOG.warn("No room to republish the Home tab for {} now.", s.userId());
    }
  }

  private static Response error(ViewSubmissionContext ctx, String block, String text) {
    return block == null ? ctx.ack() : ctx.ackWithErrors(Map.of(block, text));
  }
}
