package app.clicks.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every database must do for {@link JdbcWorkspaceChoices}: ad names and conversion codes per workspace, read
 * back as the answers read them; run on H2 and on PostgreSQL by the subclasses.
 */
abstract class WorkspaceChoicesContract {
  static final WorkspaceKey KEY = new WorkspaceKey("", "T0TEST");
  static final WorkspaceKey GRID = new WorkspaceKey("E0GRID", "T0TEST");
  static final Instant AT = Instant.parse("2026-11-23T14:30:00Z");

  DataSource db;
  JdbcWorkspaceChoices choices;

  abstract DataSource database();

  @BeforeEach
  void setUp() {
    db = database();
    choices = new JdbcWorkspaceChoices(db);
  }

  static JdbcWorkspaceChoices.Change by(WorkspaceKey key) {
    return new JdbcWorkspaceChoices.Change(key, "U0ADMIN", AT);
  }

  static Map<String, String> names(String... idThenName) {
    Map<String, String> m = new HashMap<>();
    for (int i = 0; i < idThenName.length; i += 2) {
      m.put(idThenName[i], idThenName[i + 1]);
    }
    return m;
  }

  @Test
  void namesAreSavedTrimmedPerWorkspaceAndReadBack() {
    choices.saveAdNames(by(KEY), names("120210001", "  Black Friday 2x1  ", "120210002", "Plan hogar"));
    choices.saveAdNames(by(GRID), names("120210001", "Another workspace's name"));

    assertEquals(Map.of("120210001", "Black Friday 2x1", "120210002", "Plan hogar"), choices.adNames(KEY));
    assertEquals(Map.of("120210001", "Another workspace's name"), choices.adNames(GRID));
    assertEquals(Map.of(), choices.adNames(new WorkspaceKey("", "T0OTHER")));
  }

  @Test
  void anEmptiedNameIsRemovedAndAdsNotSubmittedKeepTheirs() {
    choices.saveAdNames(by(KEY), names("120210001", "Black Friday", "120210002", "Plan hogar"));
    choices.saveAdNames(by(KEY), names("120210001", "   ", "120210003", "Nuevo"));

    assertEquals(Map.of("120210002", "Plan hogar", "120210003", "Nuevo"), choices.adNames(KEY));
  }

  @Test
  void aLongNameIsCutToEightyCharactersAndAccentsSurvive() {
    String accents = "Campaña de Año Nuevo — ações ";
    choices.saveAdNames(by(KEY), names("120210001", accents.repeat(5)));
    String saved = choices.adNames(KEY).get("120210001");
    assertEquals(JdbcWorkspaceChoices.cleanName(accents.repeat(5)), saved);
    assertEquals(true, saved.length() <= WorkspaceChoices.MAX_AD_NAME, saved);
    assertEquals(true, saved.startsWith("Campaña de Año Nuevo — ações Campaña"), saved);
    assertEquals("x".repeat(80), JdbcWorkspaceChoices.cleanName("x".repeat(81)));
  }

  @Test
  void withoutAChoiceTheWorkspaceUsesWolkvoxsHits() {
    assertEquals(Optional.empty(), choices.conversionCodes(KEY));
  }

  @Test
  void chosenCodesAreReadBackTrimmedAndUpperCasedAndAChangeReplacesThem() {
    choices.chooseConversionCodes(by(KEY), new LinkedHashSet<>(List.of(" venta ", "PLAN_HOGAR", "", "Venta")));
    assertEquals(Optional.of(Set.of("VENTA", "PLAN_HOGAR")), choices.conversionCodes(KEY));
    assertEquals(Optional.empty(), choices.conversionCodes(GRID), "per workspace");

    choices.chooseConversionCodes(by(KEY), Set.of("INTERESADO"));
    assertEquals(Optional.of(Set.of("INTERESADO")), choices.conversionCodes(KEY));
  }

  @Test
  void noCodeChosenIsAChoiceDistinctFromWolkvoxsHits() {
    choices.chooseConversionCodes(by(KEY), Set.of());
    assertEquals(Optional.of(Set.of()), choices.conversionCodes(KEY));

    choices.useWolkvoxHits(KEY);
    assertEquals(Optional.empty(), choices.conversionCodes(KEY));
    choices.useWolkvoxHits(KEY);
    assertEquals(Optional.empty(), choices.conversionCodes(KEY), "twice is harmless");
  }

  @Test
  void aRemovedWorkspaceLosesItsNamesAndCodesOnly() {
    choices.saveAdNames(by(KEY), names("120210001", "Black Friday"));
    choices.chooseConversionCodes(by(KEY), Set.of("VENTA"));
    choices.saveAdNames(by(GRID), names("120210001", "Kept"));

    choices.delete(KEY);

    assertEquals(Map.of(), choices.adNames(KEY));
    assertEquals(Optional.empty(), choices.conversionCodes(KEY));
    assertEquals(Map.of("120210001", "Kept"), choices.adNames(GRID));
  }
}
