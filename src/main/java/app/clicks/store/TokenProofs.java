package app.clicks.store;

import app.clicks.wolkvox.WolkvoxConnection;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/**
 * When a token last succeeded on a wolkvox server, kept in the database shared by every process: the proof that lets
 * stored clicks of that server be served to whoever holds that token ({@link ProvenReader}). A token is kept only as
 * a keyed fingerprint ({@link Fingerprint}), never as itself.
 */
public final class TokenProofs {
  /** How long a success on a server lets stored clicks be served without a new wolkvox call with the same token. */
  public static final Duration LIFETIME = Duration.ofDays(1);

  /** A keyed fingerprint of a (server, token) pair: 64 hex digits at most, the same for the same pair. */
  @FunctionalInterface
  public interface Fingerprint {
    String of(String serverId, String token);
  }

  private final DataSource dataSource;
  private final Fingerprint fingerprint;
  private final Clock clock;

  public TokenProofs(DataSource dataSource, Fingerprint fingerprint, Clock clock) {
    this.dataSource = dataSource;
    this.fingerprint = fingerprint;
    this.clock = clock;
  }

  /** True when the connection's token succeeded on its server less than {@link #LIFETIME} ago. */
  public boolean fresh(WolkvoxConnection connection) {
    Instant at = provedAt(connection);
    return at != null && at.isAfter(clock.instant().minus(LIFETIME));
  }

  /** When the connection's token last succeeded on its server, or null (never, or lapsed since). */
  public Instant provedAt(WolkvoxConnection connection) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "SELECT proved_at FROM wolkvox_token_proof WHERE server_id = ? AND token_mac = ?")) {
      ps.setString(1, connection.serverId());
      ps.setString(2, mac(connection));
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getObject(1, OffsetDateTime.class).toInstant() : null;
      }
    } catch (SQLException e) {
      throw new StoreException("Cannot read the token proof of server " + connection.serverId(), e);
    }
  }

  /** Records that the connection's token has just succeeded on its server. */
  public void proved(WolkvoxConnection connection) {
    OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    String mac = mac(connection);
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(true);
      try (PreparedStatement ins = c.prepareStatement("INSERT INTO wolkvox_token_proof (server_id, token_mac,"
          + " proved_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
        ins.setString(1, connection.serverId());
        ins.setString(2, mac);
        ins.setObject(3, now);
        if (ins.executeUpdate() == 1) {
          return;
        }
      }
      try (PreparedStatement up = c.prepareStatement("UPDATE wolkvox_token_proof SET proved_at = ?"
          + " WHERE server_id = ? AND token_mac = ? AND proved_at < ?")) {
        up.setObject(1, now);
        up.setString(2, connection.serverId());
        up.setString(3, mac);
        up.setObject(4, now);
        up.executeUpdate();
      }
    } catch (SQLException e) {
      throw new StoreException("Cannot record the token proof of server " + connection.serverId(), e);
    }
  }

  /** Forgets the proof of the connection's token on its server (wolkvox refused the token). */
  public void lapsed(WolkvoxConnection connection) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "DELETE FROM wolkvox_token_proof WHERE server_id = ? AND token_mac = ?")) {
      ps.setString(1, connection.serverId());
      ps.setString(2, mac(connection));
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException("Cannot drop the token proof of server " + connection.serverId(), e);
    }
  }

  private String mac(WolkvoxConnection connection) {
    String token = connection.token() == null ? "" : connection.token();
    return fingerprint.of(connection.serverId(), token);
  }
}
