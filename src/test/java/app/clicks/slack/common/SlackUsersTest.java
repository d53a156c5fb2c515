package app.clicks.slack.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.settings.WorkspaceKey;
import app.clicks.slack.testing.SlackStandIn;
import com.slack.api.methods.MethodsClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * ADMIN_USER_IDS decides per workspace: TEAM:USER makes someone an admin in that workspace and no other (the same
 * user id may be in several workspaces on Enterprise Grid), a bare user id in the one workspace a single-workspace
 * deployment serves; Slack's own admins and owners are admins wherever they are.
 */
class SlackUsersTest {
  static final WorkspaceKey ONE = new WorkspaceKey("", "T0ONE");
  static final WorkspaceKey TWO = new WorkspaceKey("", "T0TWO");

  SlackStandIn slack;
  MethodsClient client;

  @BeforeEach
  void start() throws Exception {
    slack = new SlackStandIn();
    client = BoltApps.methods("xoxb-test", slack.apiUrl(), Duration.ofSeconds(5));
  }

  @AfterEach
  void stop() {
    slack.close();
  }

  @Test
  void aTeamUserIsAnAdminInItsWorkspaceOnlyEvenWhenTheOtherAskedFirst() {
    slack.user("U0ANA", false, "es-LA");
    slack.user("U0OWNER", true, "en-US");
    SlackUsers users = new SlackUsers(Set.of("T0ONE:U0ANA"), Clock.systemUTC());

    assertFalse(users.lookup(client, TWO, "U0ANA").admin(), "not in T0TWO");
    assertTrue(users.lookup(client, ONE, "U0ANA").admin(), "in T0ONE, though T0TWO's answer is cached");
    assertFalse(users.lookup(client, TWO, "U0ANA").admin());
    assertTrue(users.lookup(client, TWO, "U0OWNER").admin(), "Slack's admins stay admins");
    assertEquals(Optional.of(Locale.forLanguageTag("es-LA")).map(Locale::getLanguage),
        users.cachedLocale("U0ANA").map(Locale::getLanguage), "a person's language, whatever the workspace");
  }

  @Test
  void aBareUserIdIsAnAdminInTheWorkspaceItIsAskedIn() {
    slack.user("U0ANA", false, "en-US");
    SlackUsers users = new SlackUsers(Set.of("U0ANA"), Clock.systemUTC());

    assertTrue(users.lookup(client, ONE, "U0ANA").admin());
    assertFalse(new SlackUsers(Set.of(), Clock.systemUTC()).lookup(client, ONE, "U0ANA").admin());
  }
}
