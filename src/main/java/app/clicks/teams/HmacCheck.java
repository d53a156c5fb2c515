package app.clicks.teams;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An Outgoing Webhook's signature: {@code Authorization: HMAC <base64>}, the HMAC-SHA256 of the raw request body
 * keyed with the base64-decoded security token. Compared in constant time.
 */
final class HmacCheck {
  private static final String SCHEME = "hmac ";

  private HmacCheck() {}

  /** The signature bytes of an Authorization header, or null when it is missing or not "HMAC <base64>". */
  static byte[] signature(String authorization) {
    if (authorization == null || authorization.length() <= SCHEME.length()
        || !authorization.substring(0, SCHEME.length()).toLowerCase(Locale.ROOT).equals(SCHEME)) {
      return null;
    }
    try {
      byte[] sig = Base64.getDecoder().decode(authorization.substring(SCHEME.length()).strip());
      return sig.length == 32 ? sig : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** True when {@code signature} is the body's HMAC under {@code token} (base64); false for a token not base64. */
  static boolean verifies(String token, byte[] body, byte[] signature) {
    byte[] key;
    try {
      key = Base64.getDecoder().decode(token.strip());
    } catch (IllegalArgumentException e) {
      return false;
    }
    return key.length > 0 && MessageDigest.isEqual(sign(key, body), signature);
  }

  /** The HMAC-SHA256 of {@code body} under {@code key}. */
  static byte[] sign(byte[] key, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(body);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
    }
  }

  /** The header Teams would send for {@code body} under {@code token} (base64): "HMAC …". */
  static String header(String token, byte[] body) {
    return "HMAC " + Base64.getEncoder().encodeToString(sign(Base64.getDecoder().decode(token), body));
  }

  /** True when {@code token} is base64 of at least 16 bytes, as Teams shows a security token. */
  static boolean isToken(String token) {
    try {
      return token != null && Base64.getDecoder().decode(token.strip()).length >= 16;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
