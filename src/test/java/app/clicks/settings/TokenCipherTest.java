package app.clicks.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.settings.WorkspaceSettings.TokenState;
import app.clicks.testing.TestKeys;
import org.junit.jupiter.api.Test;

/** Tokens are sealed with AES-GCM under the current key and still opened under the previous one. */
class TokenCipherTest {
  private static final String TOKEN = "wv-token-1234567890abcdef";

  @Test
  void sealsWithAFreshIvEachTimeAndOpensAgain() {
    TokenCipher cipher = TestKeys.cipher(TestKeys.newKey(), null);
    String a = cipher.encrypt(TOKEN, "/T1");
    String b = cipher.encrypt(TOKEN, "/T1");
    assertNotEquals(a, b);
    assertTrue(a.startsWith("v1:"), a);
    assertFalse(a.contains(TOKEN));
    TokenCipher.Opened opened = cipher.open(a, "/T1");
    assertEquals(TOKEN, opened.token());
    assertEquals(TokenState.OK, opened.state());
    assertFalse(opened.underPreviousKey());
  }

  @Test
  void opensUnderThePreviousKeyAndSaysSo() {
    String oldKey = TestKeys.newKey();
    String sealed = TestKeys.cipher(oldKey, null).encrypt(TOKEN, "/T1");
    TokenCipher.Opened opened = TestKeys.cipher(TestKeys.newKey(), oldKey).open(sealed, "/T1");
    assertEquals(TOKEN, opened.token());
    assertTrue(opened.underPreviousKey());
  }

  @Test
  void aValueNoKeyOpensIsUnreadableNotAnError() {
    String sealed = TestKeys.cipher(TestKeys.newKey(), null).encrypt(TOKEN, "/T1");
    TokenCipher other = TestKeys.cipher(TestKeys.newKey(), TestKeys.newKey());
    assertEquals(TokenState.UNREADABLE, other.open(sealed, "/T1").state());
    assertNull(other.open(sealed, "/T1").token());
    assertEquals(TokenState.UNREADABLE, other.open("garbage", "/T1").state());
    assertEquals(TokenState.UNREADABLE, other.open("v1:zz:%%%", "/T1").state());
    assertEquals(TokenState.NONE, other.open(null, "/T1").state());
  }

  @Test
  void aValueCopiedToAnotherWorkspaceDoesNotOpen() {
    TokenCipher cipher = TestKeys.cipher(TestKeys.newKey(), null);
    String sealed = cipher.encrypt(TOKEN, "/T1");
    assertEquals(TokenState.UNREADABLE, cipher.open(sealed, "/T2").state());
  }

  @Test
  void aTamperedValueIsUnreadable() {
    TokenCipher cipher = TestKeys.cipher(TestKeys.newKey(), null);
    String sealed = cipher.encrypt(TOKEN, "/T1");
    char last = sealed.charAt(sealed.length() - 3);
    String tampered = sealed.substring(0, sealed.length() - 3) + (last == 'A' ? 'B' : 'A') + sealed.substring(sealed.length() - 2);
    assertEquals(TokenState.UNREADABLE, cipher.open(tampered, "/T1").state());
  }

  @Test
  void aTokensFingerprintIsKeyedStableAndBoundToItsServerWithoutTheToken() {
    String key = TestKeys.newKey();
    TokenCipher cipher = TestKeys.cipher(key);
    String fp = cipher.fingerprint("0042", "wolkvox-token-abcdef");

    assertTrue(fp.matches("[0-9a-f]{64}"), fp);
    assertEquals(fp, TestKeys.cipher(key).fingerprint("0042", "wolkvox-token-abcdef"), "the same under the same key");
    assertNotEquals(fp, cipher.fingerprint("0043", "wolkvox-token-abcdef"), "bound to the server");
    assertNotEquals(fp, cipher.fingerprint("0042", "wolkvox-token-abcdeg"), "and to the token");
    assertNotEquals(fp, cipher.fingerprint("00420", "wolkvox-token-abcdef".substring(0)), "server and token apart");
    assertNotEquals(fp, TestKeys.cipher(TestKeys.newKey()).fingerprint("0042", "wolkvox-token-abcdef"),
        "keyed: another key, another fingerprint");
  }
}
