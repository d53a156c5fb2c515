package app.clicks.store;

import app.clicks.report.LongHashSet;
import app.clicks.report.Slice;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The whole days of a slice (one routing point or one ad), added up from click_day_slices ({@link SlicePack}): the
 * same totals a count of the slice's records gives, read from one packed value a day, the day's chat set and the ad
 * descriptions of click_day_total, never from the clicks.
 */
final class SlicedDays {
  /** Texts looked up in one SELECT. */
  private static final int CHUNK = 100;

  private SlicedDays() {}

  /** The click_text id of {@code text}, or null when no click ever had it (the slice is then empty). */
  static Integer textId(Connection c, String text) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT text_id FROM click_text WHERE text = ?")) {
      ps.setString(1, text);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getInt(1) : null;
      }
    }
  }

  /**
   * Adds the slice's clicks of the whole days [whole[i][0], whole[i][1]) to b[i], and its chats to chats[i], for
   * both periods from one read of the days.
   *
   * @param key the click_text id of the slice's routing point or ad
   */
  static void add(Connection c, String serverId, Slice.Kind kind, int key, LocalDate[][] whole,
      TotalsQuery.Builder[] b, LongHashSet[] chats) throws SQLException {
    LocalDate lo = min(whole[0][0], whole[1][0]);
    LocalDate hi = max(whole[0][1], whole[1][1]);
    if (!lo.isBefore(hi)) {
      return;
    }
    int dim = kind == Slice.Kind.ROUTING_POINT ? SlicePack.RP : SlicePack.AD;
    Counts[] counts = {new Counts(), new Counts()};
    Map<LocalDate, List<Integer>> positions = new HashMap<>();
    try (PreparedStatement ps = onDays(c, "SELECT local_day, counts FROM click_day_slices"
        + " WHERE server_id = ? AND local_day >= ? AND local_day < ?", serverId, lo, hi)) {
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          LocalDate day = rs.getDate(1).toLocalDate();
          int i = within(day, whole[1]) ? 1 : within(day, whole[0]) ? 0 : -1;
          if (i < 0) {
            continue;
          }
          Counts into = counts[i];
          SlicePack.unpack(rs.getBytes(2), new SlicePack.Sink() {
            @Override
            public void clicks(int rp, int ad, int agent, int outcome, int hour, long n) {
              if ((dim == SlicePack.RP ? rp : ad) == key) {
                into.add(day, rp, ad, agent, outcome, hour, n);
              }
            }

            @Override
            public void chat(int chatDim, int chatKey, int position) {
              if (chatDim == dim && chatKey == key) {
                positions.computeIfAbsent(day, d -> new ArrayList<>()).add(position);
              }
            }
          });
        }
      }
    }
    Map<Integer, String> texts = texts(c, counts);
    Map<String, String[]> ads = adDescriptions(c, serverId, lo, hi, counts, texts);
    for (int i = 0; i < 2; i++) {
      counts[i].into(b[i], texts, ads);
    }
    chats(c, serverId, whole, positions, chats);
  }

  /** Adds the chats at {@code positions} of each day's chat set (click_day_chats, parts in order) to its period's. */
  private static void chats(Connection c, String serverId, LocalDate[][] whole,
      Map<LocalDate, List<Integer>> positions, LongHashSet[] sets) throws SQLException {
    if (positions.isEmpty()) {
      return;
    }
    LocalDate lo = positions.keySet().stream().min(LocalDate::compareTo).orElseThrow();
    LocalDate hi = positions.keySet().stream().max(LocalDate::compareTo).orElseThrow();
    try (PreparedStatement ps = onDays(c, "SELECT local_day, part, hashes FROM click_day_chats"
        + " WHERE server_id = ? AND local_day >= ? AND local_day <= ? ORDER BY local_day, part", serverId, lo, hi)) {
      try (ResultSet rs = ps.executeQuery()) {
        LocalDate day = null;
        List<Integer> wanted = null;
        int at = 0;
        int next = 0;
        LongHashSet set = null;
        while (rs.next()) {
          LocalDate d = rs.getDate(1).toLocalDate();
          if (!d.equals(day)) {
            day = d;
            wanted = positions.get(d);
            if (wanted != null) {
              wanted.sort(null);
            }
            at = 0;
            next = 0;
            set = within(d, whole[1]) ? sets[1] : within(d, whole[0]) ? sets[0] : null;
          }
          byte[] bytes = rs.getBytes(3);
          int n = bytes.length / 8;
          if (wanted != null && set != null) {
            ByteBuffer hashes = ByteBuffer.wrap(bytes);
            while (next < wanted.size() && wanted.get(next) < at + n) {
              set.add(hashes.getLong((wanted.get(next) - at) * 8));
              next++;
            }
          }
          at += n;
        }
      }
    }
  }

  /** The text of every click_text id the counts name. */
  private static Map<Integer, String> texts(Connection c, Counts[] counts) throws SQLException {
    Set<Integer> ids = new HashSet<>();
    for (Counts k : counts) {
      k.ids(ids);
    }
    Map<Integer, String> out = new HashMap<>();
    List<Integer> all = new ArrayList<>(ids);
    for (int from = 0; from < all.size(); from += CHUNK) {
      List<Integer> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
      String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT text_id, text FROM click_text WHERE text_id IN (" + marks + ")")) {
        for (int i = 0; i < chunk.size(); i++) {
          ps.setInt(i + 1, chunk.get(i));
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.put(rs.getInt(1), rs.getString(2));
          }
        }
      }
    }
    return out;
  }

  /**
   * The link, type and media type of the slice's ads, as the unsliced summary tells them (click_day_total's ad rows
   * of the days read): source_id → {url, type, media}.
   */
  private static Map<String, String[]> adDescriptions(Connection c, String serverId, LocalDate lo, LocalDate hi,
      Counts[] counts, Map<Integer, String> texts) throws SQLException {
    Set<String> wanted = new HashSet<>();
    for (Counts k : counts) {
      k.ads.keySet().forEach(id -> wanted.add(texts.get(id)));
    }
    Map<String, String[]> out = new HashMap<>();
    if (wanted.isEmpty()) {
      return out;
    }
    try (PreparedStatement ps = onDays(c, "SELECT k, MAX(url), MAX(stype), MAX(media) FROM click_day_total"
        + " WHERE server_id = ? AND dim = 'a' AND local_day >= ? AND local_day < ? GROUP BY k", serverId, lo, hi)) {
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          if (wanted.contains(rs.getString(1))) {
            out.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4)});
          }
        }
      }
    }
    return out;
  }

  /** {@code sql} with its three parameters bound: the server, then the first and the last (or end) day. */
  private static PreparedStatement onDays(Connection c, String sql, String serverId, LocalDate lo, LocalDate hi)
      throws SQLException {
    PreparedStatement ps = c.prepareStatement(sql);
    try {
      ps.setString(1, serverId);
      ps.setDate(2, Date.valueOf(lo));
      ps.setDate(3, Date.valueOf(hi));
      return ps;
    } catch (SQLException e) {
      ps.close();
      throw e;
    }
  }

  private static boolean within(LocalDate day, LocalDate[] range) {
    return !day.isBefore(range[0]) && day.isBefore(range[1]);
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  /** One period's counts of the slice, by click_text id. */
  private static final class Counts {
    long clicks;
    final Map<Integer, Long> ads = new HashMap<>();
    final Map<Integer, Long> agents = new HashMap<>();
    final Map<Integer, Long> routingPoints = new HashMap<>();
    final Map<Integer, Long> outcomes = new HashMap<>();
    final long[] byHour = new long[24];
    final Map<Long, Long> adOutcomes = new HashMap<>();
    final Map<Long, Long> agentOutcomes = new HashMap<>();
    final Map<LocalDate, Long> byDay = new HashMap<>();

    void add(LocalDate day, int rp, int ad, int agent, int outcome, int hour, long n) {
      clicks += n;
      ads.merge(ad, n, Long::sum);
      agents.merge(agent, n, Long::sum);
      routingPoints.merge(rp, n, Long::sum);
      outcomes.merge(outcome, n, Long::sum);
      adOutcomes.merge(pair(ad, outcome), n, Long::sum);
      agentOutcomes.merge(pair(agent, outcome), n, Long::sum);
      if (hour < 24) {
        byHour[hour] += n;
        byDay.merge(day, n, Long::sum);
      }
    }

    void ids(Set<Integer> into) {
      into.addAll(ads.keySet());
      into.addAll(agents.keySet());
      into.addAll(routingPoints.keySet());
      into.addAll(outcomes.keySet());
    }

    /** Hands the counts to {@code b} by text, as TotalsQuery's other sources do (a blank agent is "without"). */
    void into(TotalsQuery.Builder b, Map<Integer, String> texts, Map<String, String[]> descriptions) {
      b.add("c", "", "", "", "", clicks);
      ads.forEach((id, n) -> {
        String ad = texts.get(id);
        String[] d = descriptions.getOrDefault(ad, new String[] {"", "", ""});
        b.add("a", ad, d[0], d[1], d[2], n);
      });
      agents.forEach((id, n) -> {
        String agent = texts.get(id);
        b.add(agent.isBlank() ? "w" : "g", agent.isBlank() ? "" : agent, "", "", "", n);
      });
      routingPoints.forEach((id, n) -> b.add("r", texts.get(id), "", "", "", n));
      outcomes.forEach((id, n) -> b.add("o", texts.get(id), "", "", "", n));
      for (int h = 0; h < 24; h++) {
        if (byHour[h] > 0) {
          b.add("h", Integer.toString(h), "", "", "", byHour[h]);
        }
      }
      adOutcomes.forEach((p, n) -> b.addOutcome("a", texts.get(first(p)), texts.get(second(p)), n));
      agentOutcomes.forEach((p, n) -> {
        String agent = texts.get(first(p));
        if (!agent.isBlank()) {
          b.addOutcome("g", agent, texts.get(second(p)), n);
        }
      });
      byDay.forEach(b::addDay);
    }

    private static long pair(int a, int b) {
      return ((long) a << 32) | (b & 0xFFFFFFFFL);
    }

    private static int first(long p) {
      return (int) (p >>> 32);
    }

    private static int second(long p) {
      return (int) p;
    }
  }
}
