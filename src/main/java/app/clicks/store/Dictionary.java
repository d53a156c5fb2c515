package app.clicks.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The numbers clicks are stored under (V9): servers (click_server), texts (click_text) and ads (click_ad), added on
 * first use in short transactions of their own, on a connection of their own. A fetch's long transaction only reads
 * ids that are committed, so two processes replacing days at once never wait on each other's dictionary rows (nor
 * deadlock on them); an id, once given, is never changed nor deleted. Remembers what it looked up: make one per
 * fetch. Not thread-safe.
 */
final class Dictionary {
  /** Texts or ads looked up in one SELECT. */
  private static final int CHUNK = 100;

  /** An ad as chat_14 describes it, by the click_text ids of its five fields. */
  record Ad(int sourceId, int sourceUrl, int sourceType, int mediaType, int mediaUrl) {}

  private final DataSource dataSource;
  private final Map<String, Integer> texts = new HashMap<>();
  private final Map<Ad, Integer> ads = new HashMap<>();

  Dictionary(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The key of {@code serverId}, added when new. */
  short serverKey(String serverId) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      Short key = serverKey(c, serverId);
      if (key != null) {
        return key;
      }
      c.setAutoCommit(true);
      try (PreparedStatement ps = c.prepareStatement(
          "INSERT INTO click_server (server_id) VALUES (?) ON CONFLICT DO NOTHING")) {
        ps.setString(1, serverId);
        ps.executeUpdate();
      }
      key = serverKey(c, serverId);
      if (key == null) {
        throw new SQLException("click_server has no key for server " + serverId + " after adding it");
      }
      return key;
    }
  }

  /** The key of {@code serverId}, or null when it never had a click stored. */
  static Short serverKey(Connection c, String serverId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT server_key FROM click_server WHERE server_id = ?")) {
      ps.setString(1, serverId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getShort(1) : null;
      }
    }
  }

  /** The id of a text looked up by {@link #resolveTexts}. */
  int text(String text) {
    Integer id = texts.get(text);
    if (id == null) {
      throw new IllegalStateException("text not resolved");
    }
    return id;
  }

  /** The id of an ad looked up by {@link #resolveAds}. */
  int ad(Ad ad) {
    Integer id = ads.get(ad);
    if (id == null) {
      throw new IllegalStateException("ad not resolved");
    }
    return id;
  }

  /** Looks up (and adds when new) the ids of {@code wanted}; afterwards {@link #text} answers each of them. */
  void resolveTexts(Collection<String> wanted) throws SQLException {
    Set<String> missing = new LinkedHashSet<>();
    for (String t : wanted) {
      if (!texts.containsKey(t)) {
        missing.add(t);
      }
    }
    if (missing.isEmpty()) {
      return;
    }
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(true);
      selectTexts(c, missing);
      if (!missing.isEmpty()) {
        try (PreparedStatement ps = c.prepareStatement(
            "INSERT INTO click_text (text) VALUES (?) ON CONFLICT DO NOTHING")) {
          for (String t : missing) {
            ps.setString(1, t);
            ps.addBatch();
          }
          ps.executeBatch();
        }
        selectTexts(c, missing);
        if (!missing.isEmpty()) {
          throw new SQLException("click_text has no id for " + missing.size() + " text(s) after adding them");
        }
      }
    }
  }

  /** Looks up (and adds when new) the ids of {@code wanted}; afterwards {@link #ad} answers each of them. */
  void resolveAds(Collection<Ad> wanted) throws SQLException {
    Set<Ad> missing = new LinkedHashSet<>();
    for (Ad a : wanted) {
      if (!ads.containsKey(a)) {
        missing.add(a);
      }
    }
    if (missing.isEmpty()) {
      return;
    }
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(true);
      selectAds(c, missing);
      if (!missing.isEmpty()) {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO click_ad"
            + " (source_id, source_url, source_type, media_type, media_url) VALUES (?, ?, ?, ?, ?)"
            + " ON CONFLICT DO NOTHING")) {
          for (Ad a : missing) {
            bind(ps, 1, a);
            ps.addBatch();
          }
          ps.executeBatch();
        }
        selectAds(c, missing);
        if (!missing.isEmpty()) {
          throw new SQLException("click_ad has no id for " + missing.size() + " ad(s) after adding them");
        }
      }
    }
  }

  /** Finds the ids of {@code missing}, remembers them and removes them from it. */
  private void selectTexts(Connection c, Set<String> missing) throws SQLException {
    List<String> all = new ArrayList<>(missing);
    for (int from = 0; from < all.size(); from += CHUNK) {
      List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
      String sql = "SELECT text_id, text FROM click_text WHERE text IN (" + marks(chunk.size()) + ")";
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        for (int i = 0; i < chunk.size(); i++) {
          ps.setString(i + 1, chunk.get(i));
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            String text = rs.getString(2);
            // The database's equality is exact for VARCHAR (no collation folds case or trailing blanks here),
            // but only a text asked for is taken.
            if (missing.remove(text)) {
              texts.put(text, rs.getInt(1));
            }
          }
        }
      }
    }
  }

  /** Finds the ids of {@code missing}, remembers them and removes them from it. */
  private void selectAds(Connection c, Set<Ad> missing) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT ad_id FROM click_ad WHERE source_id = ?"
        + " AND source_url = ? AND source_type = ? AND media_type = ? AND media_url = ?")) {
      for (Ad a : new ArrayList<>(missing)) {
        bind(ps, 1, a);
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) {
            ads.put(a, rs.getInt(1));
            missing.remove(a);
          }
        }
      }
    }
  }

  private static void bind(PreparedStatement ps, int at, Ad a) throws SQLException {
    ps.setInt(at, a.sourceId());
    ps.setInt(at + 1, a.sourceUrl());
    ps.setInt(at + 2, a.sourceType());
    ps.setInt(at + 3, a.mediaType());
    ps.setInt(at + 4, a.mediaUrl());
  }

  private static String marks(int n) {
    return String.join(", ", java.util.Collections.nCopies(n, "?"));
  }
}
