package app.clicks.settings;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.testing.CapturedLogs;
import app.clicks.testing.TestKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the encryption keys are found: the variables, or a key file made in DATA_DIR on the embedded database. */
class EncryptionKeysTest {
  @TempDir Path dataDir;

  @Test
  void takesBothVariables() {
    String cur = TestKeys.newKey();
    String prev = TestKeys.newKey();
    EncryptionKeys keys = EncryptionKeys.resolve(cur, prev, false, dataDir);
    assertArrayEquals(Base64.getDecoder().decode(cur), keys.current().getEncoded());
    assertArrayEquals(Base64.getDecoder().decode(prev), keys.previous().getEncoded());
    assertFalse(Files.exists(dataDir.resolve(EncryptionKeys.KEY_FILE)));
  }

  @Test
  void aMalformedKeyIsRefusedWithTheVariableNamed() {
    String short16 = Base64.getEncoder().encodeToString(new byte[16]);
    SettingsException e = assertThrows(SettingsException.class, () -> EncryptionKeys.resolve(short16, null, true, dataDir));
    assertTrue(e.getMessage().contains("SETTINGS_ENCRYPTION_KEY must be the base64 of exactly 32 bytes"), e.getMessage());
    assertFalse(e.getMessage().contains(short16));
    SettingsException p =
        assertThrows(SettingsException.class, () -> EncryptionKeys.resolve(TestKeys.newKey(), "not base64!", true, dataDir));
    assertTrue(p.getMessage().contains("SETTINGS_ENCRYPTION_KEY_PREVIOUS"), p.getMessage());
  }

  @Test
  void postgresRequiresTheKey() {
    SettingsException e = assertThrows(SettingsException.class, () -> EncryptionKeys.resolve(null, null, false, dataDir));
    assertTrue(e.getMessage().contains("SETTINGS_ENCRYPTION_KEY is required with PostgreSQL"), e.getMessage());
    assertFalse(Files.exists(dataDir.resolve(EncryptionKeys.KEY_FILE)));
  }

  @Test
  void theEmbeddedDatabaseGetsAnOwnerOnlyKeyFileAndAWarningWithoutTheKey() throws Exception {
    CapturedLogs logs = CapturedLogs.of(EncryptionKeys.class.getName(), null);
    try {
      Path dir = dataDir.resolve("data");
      EncryptionKeys keys = EncryptionKeys.resolve("", null, true, dir);
      Path file = dir.resolve(EncryptionKeys.KEY_FILE);
      assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
      assertEquals(32, keys.current().getEncoded().length);
      assertNull(keys.previous());
      String b64 = Base64.getEncoder().encodeToString(keys.current().getEncoded());
      assertTrue(logs.events().stream().anyMatch(e -> e.getLevel().toString().equals("WARN")));
      assertTrue(logs.events().stream().noneMatch(e -> e.getFormattedMessage().contains(b64)));

      EncryptionKeys again = EncryptionKeys.resolve(null, null, true, dir);
      assertArrayEquals(keys.current().getEncoded(), again.current().getEncoded());
    } finally {
      logs.close();
    }
  }

  @Test
  void aKeyFileOthersCanReadIsMadeOwnerOnly() throws Exception {
    Path file = dataDir.resolve(EncryptionKeys.KEY_FILE);
    String key = TestKeys.newKey();
    Files.writeString(file, key);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    EncryptionKeys keys = EncryptionKeys.resolve(null, null, true, dataDir);
    assertNotNull(keys.current());
    assertArrayEquals(Base64.getDecoder().decode(key), keys.current().getEncoded());
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
  }
}
