package app.clicks.settings;

import java.security.SecureRandom;
import java.util.Base64;

/** Fresh random keys, as SETTINGS_ENCRYPTION_KEY values, for tests. */
final class TestKeys {
  private TestKeys() {}

  static String newBase64() {
    byte[] raw = new byte[32];
    new SecureRandom().nextBytes(raw);
    return Base64.getEncoder().encodeToString(raw);
  }

  static TokenCipher cipher(String current, String previous) {
    return new TokenCipher(
        new EncryptionKeys(
            EncryptionKeys.parse("K", current), previous == null ? null : EncryptionKeys.parse("P", previous)));
  }
}
