package app.clicks.slack.install;

import app.clicks.settings.TokenCipher;
import app.clicks.slack.common.BoltApps;
import app.clicks.slack.common.BotTokens;
import app.clicks.slack.home.HomeFeature;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.request.builtin.OAuthCallbackRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.service.builtin.oauth.OAuthV2AccessErrorHandler;
import java.time.Clock;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Multi-workspace mode ("Add to Slack"): installations and install states kept in the app's database, the install
 * pages, and each workspace's own bot token for what posts outside a request ({@link #botTokens()}).
 * {@link #register(App, HomeFeature)} gives them to an app made by {@link BoltApps#newInstallableApp}; a workspace
 * the app is uninstalled from (or whose bot tokens are revoked) loses its installation with the rest.
 */
public final class InstallFeature {
  private static final Logger LOG = LoggerFactory.getLogger(InstallFeature.class);

  private final JdbcInstallationService installations;
  private final JdbcOAuthStateService states;
  private final InstallPages pages = new InstallPages(BoltApps.INSTALL_PATH);

  /**
   * @param cipher the settings cipher: bot tokens are sealed with it, like wolkvox tokens
   * @param publicUrl the https base URL the bot is reached at (PUBLIC_URL)
   */
  public InstallFeature(DataSource db, TokenCipher cipher, String publicUrl, Clock clock) {
    this.installations = new JdbcInstallationService(db, cipher, clock, publicUrl + BoltApps.INSTALL_PATH);
    this.states = new JdbcOAuthStateService(db, clock);
  }

  /** Each workspace's bot token, from its installation (empty where the app is not installed). */
  public BotTokens botTokens() {
    return key -> installations.find(key).map(JdbcInstallationService.Row::botToken);
  }

  /** Gives the app the installation and state services and the pages, and joins the App Home's clean-up. */
  public void register(App app, HomeFeature home) {
    AppConfig config = app.config();
    config.setOAuthInstallPageRenderer(pages);
    config.setOAuthRedirectUriPageRenderer(pages);
    app.service(states);
    // After the renderers: this also makes Bolt's success handler, which reads the page renderer now.
    app.service(installations);
    app.oauthPersistenceErrorCallback(args -> {
      LOG.error("Install in {}: the installation could not be saved ({})", args.getInstaller().getTeamId(),
          args.getError().getClass().getSimpleName());
      failure(args.getResponse(), InstallPages.Failure.OUR_FAILURE);
    });
    app.oauthCallbackError((request, response) -> {
      String error = request.getPayload().getError();
      LOG.info("Install not completed: Slack sent error={}", error);
      return failure(response, "access_denied".equals(error) ? InstallPages.Failure.DENIED
          : InstallPages.Failure.SLACK_REFUSED);
    });
    app.oauthCallbackStateError((request, response) -> {
      LOG.info("Install not completed: a missing, used, expired or mismatched state");
      return failure(response, InstallPages.Failure.BAD_STATE);
    });
    app.oauthCallbackAccessError((OAuthV2AccessErrorHandler) (request, response, api) -> {
      LOG.warn("Install not completed: oauth.v2.access answered {}", api.getError());
      return failure(response, InstallPages.Failure.SLACK_REFUSED);
    });
    app.oauthCallbackException((OAuthCallbackRequest request, Response response, Exception e) -> {
      LOG.warn("Install not completed: {}", e.getClass().getSimpleName());
      return failure(response, InstallPages.Failure.OUR_FAILURE);
    });
    home.alsoOnRemoval(installations::delete);
  }

  private Response failure(Response response, InstallPages.Failure kind) {
    response.setStatusCode(kind == InstallPages.Failure.OUR_FAILURE ? 500 : 400);
    response.setContentType("text/html; charset=utf-8");
    response.setBody(pages.failure(kind));
    return response;
  }
}
