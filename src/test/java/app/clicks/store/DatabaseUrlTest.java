package app.clicks.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** DATABASE_URL (config reads it) in Heroku's and JDBC's forms, DATA_DIR for H2, and messages that never show the password. */
class DatabaseUrlTest {

  @Test
  void herokuFormBecomesJdbcWithUserPasswordAndSslModeKept() {
    DatabaseUrl url = DatabaseUrl.postgres("postgres://u1:p%40ss@db.example.com:5432/d1?sslmode=require");
    assertEquals("jdbc:postgresql://db.example.com:5432/d1?sslmode=require&reWriteBatchedInserts=true", url.jdbcUrl());
    assertEquals("u1", url.user());
    assertEquals("p@ss", url.password());
    assertTrue(url.postgres());
    assertFalse(url.toString().contains("p@ss"));
  }

  @Test
  void postgresqlSchemeAndNoPort() {
    DatabaseUrl url = DatabaseUrl.postgres("postgresql://u:secret@localhost/app");
    assertEquals("jdbc:postgresql://localhost/app?reWriteBatchedInserts=true", url.jdbcUrl());
  }

  @Test
  void jdbcFormIsKeptAndItsPasswordHiddenInDescriptions() {
    DatabaseUrl url = DatabaseUrl.postgres("jdbc:postgresql://h:5432/d?user=u&password=topsecret");
    assertEquals("jdbc:postgresql://h:5432/d?user=u&password=topsecret&reWriteBatchedInserts=true", url.jdbcUrl());
    assertNull(url.user());
    assertFalse(url.safeDescription().contains("topsecret"));
  }

  @Test
  void badUrlsNameTheVariableWithoutEchoingThePassword() {
    for (String bad : new String[] {"mysql://u:topsecret@h/d", "postgres://u:top secret@h/d", "postgres://u:topsecret@h"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> DatabaseUrl.postgres(bad));
      assertTrue(e.getMessage().startsWith("DATABASE_URL "), e.getMessage());
      assertFalse(e.getMessage().contains("topsecret"), e.getMessage());
      assertFalse(e.getMessage().contains("top secret"), e.getMessage());
    }
  }

  @Test
  void anH2FileInADirectoryOpenToOtherProcesses() {
    DatabaseUrl url = DatabaseUrl.h2File(Path.of("target/some-dir"));
    String dir = Path.of("target/some-dir").toAbsolutePath().normalize().resolve("clicks").toString();
    assertTrue(url.jdbcUrl().startsWith("jdbc:h2:file:" + dir + ";AUTO_SERVER=TRUE;MODE=PostgreSQL"), url.jdbcUrl());
    assertFalse(url.postgres());
  }
}
