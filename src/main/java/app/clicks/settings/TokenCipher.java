package app.clicks.settings;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts wolkvox tokens with AES-GCM (a random 12-byte IV each time). A stored value reads
 * {@code v1:<key id>:<base64 of IV + ciphertext + tag>}; the key id is a short fingerprint of the key, so a value
 * sealed under the previous key is recognised, opened and flagged for re-encryption. The workspace is bound in
 * as associated data, so a value copied to another workspace's row does not open.
 */
public final class TokenCipher {
  private static final String VERSION = "v1";
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;

  /** The outcome of opening a stored value. */
  public record Opened(String token, WorkspaceSettings.TokenState state, boolean underPreviousKey) {
    @Override
    public String toString() {
      return "Opened[state=" + state + ", underPreviousKey=" + underPreviousKey + "]";
    }
  }

  private final EncryptionKeys keys;
  private final String currentId;
  private final String previousId;
  private final SecureRandom random = new SecureRandom();

  public TokenCipher(EncryptionKeys keys) {
    this.keys = keys;
    this.currentId = keyId(keys.current());
    this.previousId = keys.previous() == null ? null : keyId(keys.previous());
  }

  /** Seals {@code token} under the current key, bound to {@code context} (the workspace). */
  public String encrypt(String token, String context) {
    byte[] iv = new byte[IV_BYTES];
    random.nextBytes(iv);
    try {
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.ENCRYPT_MODE, keys.current(), new GCMParameterSpec(TAG_BITS, iv));
      c.updateAAD(context.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = c.doFinal(token.getBytes(StandardCharsets.UTF_8));
      byte[] out = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
      return VERSION + ":" + currentId + ":" + Base64.getEncoder().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new SettingsException("AES-GCM is not available in this Java runtime", e);
    }
  }

  /** Opens a stored value; one that no configured key opens is {@code UNREADABLE}, never an exception. */
  public Opened open(String stored, String context) {
    if (stored == null || stored.isEmpty()) {
      return new Opened(null, WorkspaceSettings.TokenState.NONE, false);
    }
    String[] parts = stored.split(":", 3);
    if (parts.length != 3 || !parts[0].equals(VERSION)) {
      return unreadable();
    }
    boolean previous;
    SecretKey key;
    if (parts[1].equals(currentId)) {
      key = keys.current();
      previous = false;
    } else if (parts[1].equals(previousId)) {
      key = keys.previous();
      previous = true;
    } else {
      return unreadable();
    }
    try {
      byte[] raw = Base64.getDecoder().decode(parts[2]);
      if (raw.length <= IV_BYTES) {
        return unreadable();
      }
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, raw, 0, IV_BYTES));
      c.updateAAD(context.getBytes(StandardCharsets.UTF_8));
      byte[] plain = c.doFinal(raw, IV_BYTES, raw.length - IV_BYTES);
      return new Opened(new String(plain, StandardCharsets.UTF_8), WorkspaceSettings.TokenState.OK, previous);
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      return unreadable();
    }
  }

  /**
   * A keyed fingerprint of a wolkvox token on a server (64 hex digits of HMAC-SHA256, under a key derived from the
   * current key): what the store keeps to remember that a token worked, without the token. A new current key gives
   * new fingerprints (the next answer proves its token again).
   */
  public String fingerprint(String serverId, String token) {
    try {
      Mac derive = Mac.getInstance("HmacSHA256");
      derive.init(keys.current());
      byte[] sub = derive.doFinal("wolkvox-token-proof/v1".getBytes(StandardCharsets.UTF_8));
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(sub, "HmacSHA256"));
      mac.update(serverId.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return HexFormat.of().formatHex(mac.doFinal(token.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new SettingsException("HMAC-SHA256 is not available in this Java runtime", e);
    }
  }

  private static Opened unreadable() {
    return new Opened(null, WorkspaceSettings.TokenState.UNREADABLE, false);
  }

  /** A short public fingerprint of a key (8 hex digits of its SHA-256), to tell keys apart in stored values. */
  static String keyId(SecretKey key) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
      return HexFormat.of().formatHex(h, 0, 4);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
