package app.clicks.slack.install;

import com.slack.api.bolt.model.Installer;
import com.slack.api.bolt.service.builtin.oauth.view.OAuthInstallPageRenderer;
import com.slack.api.bolt.service.builtin.oauth.view.OAuthRedirectUriPageRenderer;

/**
 * The web pages of an install (pure): the "Add to Slack" page, the page after a successful install that says what to
 * do next (open the App Home to connect wolkvox), and a page per failure that says what happened. Never an error's
 * text or a stack trace: a failure is one of the {@link Failure} kinds.
 */
final class InstallPages implements OAuthInstallPageRenderer, OAuthRedirectUriPageRenderer {

  /** Why an install did not complete. */
  enum Failure {
    /** No state, a state unknown, used already, expired, or not the one of this browser's cookie. */
    BAD_STATE,
    /** The installer pressed Cancel on Slack's page (error=access_denied). */
    DENIED,
    /** Slack said something else went wrong (another error= on the redirect, or oauth.v2.access refused the code). */
    SLACK_REFUSED,
    /** Our side failed: Slack unreachable, or the installation could not be saved. */
    OUR_FAILURE
  }

  private final String installPath;

  InstallPages(String installPath) {
    this.installPath = installPath;
  }

  /** The page at /slack/install: what the app does, and the "Add to Slack" button. */
  @Override
  public String render(String authorizeUrl) {
    return page("Add wolkvox clicks to Slack",
        "<p>wolkvox clicks answers <code>/clicks</code> in Slack with how many WhatsApp conversations your "
            + "click-to-WhatsApp ads and posts brought into wolkvox, and which agents took them.</p>"
            + "<p><a class=\"button\" href=\"" + escape(authorizeUrl) + "\">Add to Slack</a></p>"
            + "<p class=\"small\">Finish within 10 minutes, in this browser.</p>");
  }

  /** After a good install: the workspace, and the next step (the App Home, where an admin connects wolkvox). */
  @Override
  public String renderSuccessPage(Installer installer, String completionUrl) {
    String team = installer.getTeamId();
    if (installer instanceof com.slack.api.bolt.model.builtin.DefaultInstaller d && d.getTeamName() != null) {
      team = d.getTeamName();
    }
    String home = installer.getAppId() == null ? ""
        : "<p><a class=\"button\" href=\"https://slack.com/app_redirect?app=" + escape(installer.getAppId())
            + "&amp;team=" + escape(installer.getTeamId()) + "\">Open wolkvox clicks in Slack</a></p>";
    return page("wolkvox clicks is installed",
        "<p>wolkvox clicks is now installed in <strong>" + escape(team) + "</strong>.</p>"
            + "<p><strong>Next:</strong> in Slack, open <strong>wolkvox clicks</strong> under Apps and go to its "
            + "<strong>Home</strong> tab. A workspace admin connects your wolkvox server there (server id and API "
            + "token). Then anyone can type <code>/clicks yesterday</code>.</p>" + home);
  }

  /** Bolt's own failure calls give a reason code; it is mapped to a {@link Failure}, never shown raw. */
  @Override
  public String renderFailurePage(String installPath, String reason) {
    return failure("invalid_state".equals(reason) ? Failure.BAD_STATE
        : "access_denied".equals(reason) ? Failure.DENIED : Failure.OUR_FAILURE);
  }

  /** The page of a failed install. */
  String failure(Failure kind) {
    String again = "<p><a class=\"button\" href=\"" + escape(installPath) + "\">Start the install again</a></p>";
    return switch (kind) {
      case BAD_STATE -> page("This install link is no longer valid",
          "<p>The install could not be completed: its link was used already, is more than 10 minutes old, or was "
              + "opened in another browser than the one that started it. Nothing was installed.</p>" + again);
      case DENIED -> page("The install was cancelled",
          "<p>Slack says the app was not allowed into the workspace (Cancel was pressed, or an admin must approve "
              + "the app). Nothing was installed.</p>" + again);
      case SLACK_REFUSED -> page("Slack did not complete the install",
          "<p>Slack refused to complete this install. Nothing was installed. Please try again; if it keeps "
              + "failing, ask whoever runs wolkvox clicks to check its Slack app settings.</p>" + again);
      case OUR_FAILURE -> page("The install could not be completed",
          "<p>wolkvox clicks could not finish the install just now. Nothing was installed. Please try again in a "
              + "minute.</p>" + again);
    };
  }

  private static String page(String title, String body) {
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>" + escape(title) + "</title><style>"
        + "body{font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;color:#1d1c1d}"
        + "h1{color:#1d6b5f;font-size:1.5rem}.small{color:#616061;font-size:.9rem}"
        + ".button{display:inline-block;background:#1d6b5f;color:#fff;padding:.6rem 1.2rem;border-radius:4px;"
        + "text-decoration:none}</style></head>\n<body><h1>" + escape(title) + "</h1>\n" + body + "\n</body></html>\n";
  }

  static String escape(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length());
    for (char ch : s.toCharArray()) {
      switch (ch) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(ch);
      }
    }
    return out.toString();
  }
}
