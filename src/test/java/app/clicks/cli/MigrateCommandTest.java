package app.clicks.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.config.MigrateConfig;
import app.clicks.config.ReportConfig;
import app.clicks.testing.TestDatabases;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `migrate` as Heroku's release phase runs it: applies what is pending to the configured database, says so in one
 * line on stdout and exits 0; a failure is one line on stderr, exit 1, never a password.
 */
class MigrateCommandTest {
  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private static Run migrate(Map<String, String> env, String... more) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String[] args = new String[more.length + 1];
    args[0] = "migrate";
    System.arraycopy(more, 0, args, 1, more.length);
    int code = Cli.run(args, () -> ReportConfig.from(env), () -> MigrateConfig.from(env),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void appliesEveryMigrationToTheH2UnderDataDirThenNothingTheSecondTime() {
    Map<String, String> env = Map.of("DATA_DIR", dir.toString());
    List<String> all = TestDatabases.migrationVersions();
    String last = all.get(all.size() - 1);

    Run first = migrate(env);
    Run second = migrate(env);

    assertEquals(0, first.code(), first.err());
    assertEquals("Applied " + all.size() + " migrations (V" + String.join(", V", all) + "): the schema is now at version "
        + last + ".\n", first.out());
    assertEquals("", first.err());
    assertEquals(0, second.code(), second.err());
    assertEquals("Nothing to migrate: the schema is at version " + last + ".\n", second.out());
    assertTrue(dir.resolve("clicks.mv.db").toFile().exists(), "the H2 file under DATA_DIR");
  }

  @Test
  void aDatabaseThatCannotBeReachedIsOneLineOnStderrAndExitOneWithoutThePassword() {
    Run r = migrate(Map.of("DATABASE_URL", "postgres://clicks:s3cretPassw0rd@127.0.0.1:1/clicks"));

    assertEquals(1, r.code());
    assertEquals("", r.out());
    assertTrue(r.err().startsWith("migrate: Cannot migrate the PostgreSQL database of DATABASE_URL"), r.err());
    assertEquals(1, r.err().trim().lines().count(), r.err());
    assertFalse(r.err().contains("s3cretPassw0rd"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void aDatabaseUrlThatCannotBeUsedIsOneLineAndExitOne() {
    Run r = migrate(Map.of("DATABASE_URL", "mysql://clicks:s3cretPassw0rd@db/clicks"));

    assertEquals(1, r.code());
    assertTrue(r.err().startsWith("migrate: DATABASE_URL cannot be used"), r.err());
    assertEquals(1, r.err().trim().lines().count(), r.err());
    assertFalse(r.err().contains("s3cretPassw0rd"), r.err());
  }

  @Test
  void helpSaysWhatItDoes() {
    Run r = migrate(Map.of(), "--help");

    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("Usage: wolkvox-clicks migrate"), r.out());
    assertTrue(r.out().contains("release phase"), r.out());
  }
}
