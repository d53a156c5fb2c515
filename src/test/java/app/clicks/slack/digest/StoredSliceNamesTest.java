package app.clicks.slack.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.clicks.report.Slice;
import app.clicks.settings.JdbcWorkspaceChoices;
import app.clicks.store.AdClicksQuery;
import app.clicks.store.DirectoryRequest;
import app.clicks.store.DirectoryStore;
import app.clicks.store.Purpose;
import app.clicks.store.SeenIds;
import app.clicks.store.StoreSettings;
import app.clicks.testing.FakeSettingsStore;
import app.clicks.testing.TestDatabases;
import app.clicks.wolkvox.DirectoryList;
import app.clicks.wolkvox.RoutingPoint;
import app.clicks.wolkvox.WolkvoxConnection;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The routing points and ads a digest can be sliced by, as stored (H2): the server's directory, the admins' ad
 * names and the last 30 days' ads, read without asking wolkvox.
 */
class StoredSliceNamesTest {
  static final Instant NOW = Instant.parse("2026-11-23T15:00:00Z");
  static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  HikariDataSource db;
  FakeSettingsStore settings;
  JdbcWorkspaceChoices choices;
  DirectoryStore directory;
  SliceNames names;
  /** Whether the workspace's token has worked on its server (store.ProvenReader's answer). */
  boolean proven = true;

  @BeforeEach
  void start() {
    db = TestDatabases.h2();
    settings = FakeSettingsStore.connected(DigestFixtures.WORKSPACE);
    choices = new JdbcWorkspaceChoices(db);
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    directory = new DirectoryStore(db, (connection, list, calls) -> {
      calls.count();
      return list == DirectoryList.ROUTING_POINTS
          ? List.of(new RoutingPoint("13", null), new RoutingPoint("12", "WhatsApp Ventas"),
              new RoutingPoint("14", "Soporte"))
          : List.of();
    }, StoreSettings.DEFAULTS, clock);
    names = SliceNames.stored(settings, directory, choices, new AdClicksQuery(db), c -> proven, clock);
  }

  @AfterEach
  void stop() {
    db.close();
  }

  void adClicks(LocalDate day, String id, long clicks) throws Exception {
    try (Connection c = db.getConnection();
        PreparedStatement ps = c.prepareStatement("INSERT INTO click_day_total (server_id, local_day, dim, k, url,"
            + " stype, media, clicks) VALUES ('0042', ?, 'a', ?, '', 'ad', 'video', ?)")) {
      ps.setDate(1, Date.valueOf(day));
      ps.setString(2, id);
      ps.setLong(3, clicks);
      ps.executeUpdate();
    }
  }

  @Test
  void routingPointsByNameThenTheUnnamedAdsNamedFirstThenTheLastThirtyDaysByClicks() throws Exception {
    directory.directory(new DirectoryRequest(new WolkvoxConnection("0042", "wolkvox-token-123456",
        DigestFixtures.BOGOTA), Purpose.INTERACTIVE, SeenIds.NONE));
    choices.saveAdNames(new JdbcWorkspaceChoices.Change(DigestFixtures.WORKSPACE, "U0ADMIN", NOW),
        Map.of("120211", "Black Friday", "120300", "Aniversario"));
    adClicks(TODAY, "120500", 3);
    adClicks(TODAY.minusDays(29), "120400", 9);
    adClicks(TODAY, "120211", 50);
    adClicks(TODAY.minusDays(30), "120900", 99);

    KnownSlices known = names.known(DigestFixtures.WORKSPACE);

    assertEquals(List.of(new KnownSlices.Named("14", "Soporte"), new KnownSlices.Named("12", "WhatsApp Ventas"),
        new KnownSlices.Named("13", null)), known.routingPoints());
    assertEquals(List.of(new KnownSlices.Named("120300", "Aniversario"),
        new KnownSlices.Named("120211", "Black Friday"), new KnownSlices.Named("120400", null),
        new KnownSlices.Named("120500", null)), known.ads(),
        "a day older than 30 days is left out");
    assertEquals(Optional.of("WhatsApp Ventas"), known.name(Slice.routingPoint("12")));
    assertEquals(Optional.empty(), known.name(Slice.ad("120500")));
  }

  @Test
  void aWorkspaceWhoseTokenHasNotWorkedOnTheServerSeesNoneOfItsRoutingPointsOrAds() throws Exception {
    directory.directory(new DirectoryRequest(new WolkvoxConnection("0042", "wolkvox-token-123456",
        DigestFixtures.BOGOTA), Purpose.INTERACTIVE, SeenIds.NONE));
    adClicks(TODAY, "120500", 3);
    proven = false;

    assertEquals(KnownSlices.NONE, names.known(DigestFixtures.WORKSPACE));
  }

  @Test
  void aWorkspaceWithoutWolkvoxOrWhoseSettingsCannotBeReadHasNone() {
    settings.saved.clear();
    assertEquals(KnownSlices.NONE, names.known(DigestFixtures.WORKSPACE));
    settings.failing = true;
    assertEquals(KnownSlices.NONE, names.known(DigestFixtures.WORKSPACE));
  }
}
