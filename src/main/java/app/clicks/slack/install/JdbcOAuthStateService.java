package app.clicks.slack.install;

import app.clicks.settings.SettingsException;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.service.OAuthStateService;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Bolt's {@link OAuthStateService} on the app's database (table slack_oauth_state, V13), so an install started on
 * one instance completes on any other. A state is good for {@link #LIFETIME} and once: checking it deletes it in
 * the same statement, so two callbacks racing with one state cannot both pass. Bolt also keeps it in the browser, in
 * the cookie {@code slack-app-oauth-state} (Secure, HttpOnly), and compares the two.
 */
final class JdbcOAuthStateService implements OAuthStateService {
  /** How long an install may take from /slack/install to /slack/oauth_redirect. */
  static final Duration LIFETIME = Duration.ofMinutes(10);

  private final DataSource dataSource;
  private final Clock clock;

  JdbcOAuthStateService(DataSource dataSource, Clock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
  }

  @Override
  public long getExpirationInSeconds() {
    return LIFETIME.toSeconds();
  }

  /** Bolt's cookie, with SameSite=Lax added: Slack's redirect back is a top-level GET, which still carries it. */
  @Override
  public String issueNewState(Request request, Response response) throws Exception {
    String state = OAuthStateService.super.issueNewState(request, response);
    List<String> cookies = new ArrayList<>();
    for (String c : response.getHeaders().get("Set-Cookie")) {
      cookies.add(c + "; SameSite=Lax");
    }
    response.getHeaders().put("Set-Cookie", cookies);
    return state;
  }

  /** Stores a new state, and drops the ones that expired. */
  @Override
  public void addNewStateToDatastore(String state) {
    OffsetDateTime now = now();
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM slack_oauth_state WHERE expires_at <= ?")) {
        ps.setObject(1, now);
        ps.executeUpdate();
      }
      try (PreparedStatement ps =
          c.prepareStatement("INSERT INTO slack_oauth_state (state, expires_at) VALUES (?, ?)")) {
        ps.setString(1, state);
        ps.setObject(2, now.plus(LIFETIME));
        ps.executeUpdate();
      }
    } catch (SQLException e) {
      throw new SettingsException("could not store an install state: " + e.getMessage(), e);
    }
  }

  /** True once for a stored state that has not expired: the check uses it up. */
  @Override
  public boolean isAvailableInDatabase(String state) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement("DELETE FROM slack_oauth_state WHERE state = ? AND expires_at > ?")) {
      ps.setString(1, state);
      ps.setObject(2, now());
      return ps.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new SettingsException("could not check an install state: " + e.getMessage(), e);
    }
  }

  /** Deletes the state (already done by the check; kept for Bolt's contract). */
  @Override
  public void deleteStateFromDatastore(String state) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("DELETE FROM slack_oauth_state WHERE state = ?")) {
      ps.setString(1, state);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new SettingsException("could not delete an install state: " + e.getMessage(), e);
    }
  }

  private OffsetDateTime now() {
    return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
  }
}
