package app.clicks.testing;

import app.clicks.settings.EncryptionKeys;
import app.clicks.settings.TokenCipher;
import java.security.SecureRandom;
import java.util.Base64;

/** Fresh random keys, as SETTINGS_ENCRYPTION_KEY values, and the token ciphers made of them. */
public final class TestKeys {
  private TestKeys() {}

  /** A new random key: base64 of 32 bytes. */
  public static String newKey() {
    byte[] raw = new byte[32];
    new SecureRandom().nextBytes(raw);
    return Base64.getEncoder().encodeToString(raw);
  }

  public static TokenCipher cipher(String key) {
    return cipher(key, null);
  }

  /** A cipher that seals with {@code current} and still opens what {@code previous} (may be null) sealed. */
  public static TokenCipher cipher(String current, String previous) {
    return new TokenCipher(new EncryptionKeys(EncryptionKeys.parse("SETTINGS_ENCRYPTION_KEY", current),
        previous == null ? null : EncryptionKeys.parse("SETTINGS_ENCRYPTION_KEY_PREVIOUS", previous)));
  }
}
