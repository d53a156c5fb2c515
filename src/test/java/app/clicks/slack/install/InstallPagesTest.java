package app.clicks.slack.install;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.bolt.model.builtin.DefaultInstaller;
import org.junit.jupiter.api.Test;

/** The install pages: escaped, and Bolt's raw reason codes and error texts never shown. */
class InstallPagesTest {
  final InstallPages pages = new InstallPages("/slack/install");

  @Test
  void aTeamNameIsEscapedAndTheNextStepIsTheAppHome() {
    DefaultInstaller i = new DefaultInstaller();
    i.setTeamId("T0ONE");
    i.setAppId("A0CLICKS");
    i.setTeamName("<script>alert(1)</script>");
    String page = pages.renderSuccessPage(i, null);
    assertFalse(page.contains("<script>"), page);
    assertTrue(page.contains("&lt;script&gt;"), page);
    assertTrue(page.contains("https://slack.com/app_redirect?app=A0CLICKS&amp;team=T0ONE"), page);
  }

  @Test
  void boltsOwnFailureReasonsBecomeOurPagesWithoutTheirText() {
    assertTrue(pages.renderFailurePage("/slack/install", "invalid_state").contains("no longer valid"));
    assertTrue(pages.renderFailurePage("/slack/install", "access_denied").contains("cancelled"));
    String other = pages.renderFailurePage("/slack/install", "java.sql.SQLException: table missing");
    assertTrue(other.contains("could not finish the install"), other);
    assertFalse(other.contains("SQLException"), other);
  }
}
