package app.clicks.slack.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.clicks.config.AppConfig;
import app.clicks.slack.common.BoltApps;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The manifest and the code agree on the install: the default SLACK_SCOPES is the manifest's bot scopes (the manifest
 * is not in the jar), and the manifest's redirect URL is the one the bot sends (PUBLIC_URL + /slack/oauth_redirect).
 */
class ManifestInstallTest {

  @Test
  void theDefaultScopesAreTheManifestsBotScopes() throws Exception {
    assertEquals(String.join(",", botScopes()), AppConfig.DEFAULT_SLACK_SCOPES);
  }

  @Test
  void theRedirectUrlIsPublicUrlSlashSlackOauthRedirect() throws Exception {
    assertEquals(List.of("https://YOUR-APP.herokuapp.com" + BoltApps.REDIRECT_PATH), at(manifest(), "oauth_config",
        "redirect_urls"));
    assertEquals("/slack/oauth_redirect", BoltApps.REDIRECT_PATH);
    assertEquals(false, at(manifest(), "settings", "org_deploy_enabled"), "org-wide installs are out of scope");
  }

  @SuppressWarnings("unchecked")
  private static List<String> botScopes() throws Exception {
    return (List<String>) at(manifest(), "oauth_config", "scopes", "bot");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> manifest() throws Exception {
    return (Map<String, Object>) SimpleYaml.parse(Files.readString(Path.of("manifest.yml"), StandardCharsets.UTF_8));
  }

  @SuppressWarnings("unchecked")
  private static Object at(Map<String, Object> m, String... keys) {
    Object v = m;
    for (String k : keys) {
      v = ((Map<String, Object>) v).get(k);
    }
    return v;
  }
}
