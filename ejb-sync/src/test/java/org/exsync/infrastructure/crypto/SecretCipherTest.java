package org.exsync.infrastructure.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecretCipherTest {

  private static final byte[] KEY = bytes(1);
  private static final byte[] NEW_KEY = bytes(2);
  private static final String TOKEN = "1.AQ0AnH8c5xX-refresh-token-Ægir";

  @Test
  void sealed_opensToTheSameSecret_andHoldsNoPartOfItInClear() {
    SecretCipher cipher = new SecretCipher(KEY, List.of());

    SecretCipher.Sealed sealed = cipher.seal(TOKEN);

    assertThat(cipher.open(sealed.ciphertext(), sealed.keyId())).isEqualTo(TOKEN);
    String decoded =
        new String(Base64.getDecoder().decode(sealed.ciphertext()), StandardCharsets.ISO_8859_1);
    assertThat(sealed.ciphertext()).doesNotContain("refresh-token");
    assertThat(decoded).doesNotContain("refresh-token");
  }

  @Test
  void sameSecretTwice_givesDifferentCiphertexts_becauseEachHasItsOwnNonce() {
    SecretCipher cipher = new SecretCipher(KEY, List.of());

    assertThat(cipher.seal(TOKEN).ciphertext()).isNotEqualTo(cipher.seal(TOKEN).ciphertext());
  }

  @Test
  void afterRotation_oldValuesStillOpenWithThePreviousKey_andNewOnesUseTheNewKey() {
    SecretCipher.Sealed old = new SecretCipher(KEY, List.of()).seal(TOKEN);
    SecretCipher rotated = new SecretCipher(NEW_KEY, List.of(KEY));

    SecretCipher.Sealed fresh = rotated.seal(TOKEN);

    assertThat(rotated.open(old.ciphertext(), old.keyId())).isEqualTo(TOKEN);
    assertThat(fresh.keyId()).isNotEqualTo(old.keyId()).isEqualTo(rotated.currentKeyId());
  }

  @Test
  void valueOfAKeyNoLongerConfigured_saysWhichKeyIsMissing() {
    SecretCipher.Sealed old = new SecretCipher(KEY, List.of()).seal(TOKEN);

    assertThatThrownBy(
            () -> new SecretCipher(NEW_KEY, List.of()).open(old.ciphertext(), old.keyId()))
        .isInstanceOf(UnreadableSecretException.class)
        .hasMessageContaining(old.keyId())
        .hasMessageContaining("exsync.secrets.token-key-previous");
  }

  @Test
  void alteredCiphertext_isRefused_withoutShowingTheSecret() {
    SecretCipher cipher = new SecretCipher(KEY, List.of());
    SecretCipher.Sealed sealed = cipher.seal(TOKEN);
    byte[] bytes = Base64.getDecoder().decode(sealed.ciphertext());
    bytes[bytes.length - 1] ^= 1;

    assertThatThrownBy(() -> cipher.open(Base64.getEncoder().encodeToString(bytes), sealed.keyId()))
        .isInstanceOf(UnreadableSecretException.class)
        .hasMessageContaining("altered")
        .hasMessageNotContaining("refresh");
  }

  @Test
  void keyIdBoundIn_soAValueCannotBePassedOffAsAnotherKeys() {
    SecretCipher both = new SecretCipher(NEW_KEY, List.of(KEY));
    SecretCipher.Sealed sealed = new SecretCipher(KEY, List.of()).seal(TOKEN);

    assertThatThrownBy(() -> both.open(sealed.ciphertext(), both.currentKeyId()))
        .isInstanceOf(UnreadableSecretException.class);
  }

  @Test
  void keyRing_refusesAKeyOfTheWrongSize_andAMissingAlias_sayingWhatToDo() {
    assertThatThrownBy(
            () ->
                TokenKeyRing.fromSettings(
                    Optional.of(Base64.getEncoder().encodeToString(new byte[16])),
                    Optional.empty()))
        .hasMessageContaining("32 random bytes")
        .hasMessageContaining("head -c 32 /dev/urandom | base64");
    assertThatThrownBy(
            () ->
                TokenKeyRing.fromSettings(
                    Optional.of("${ALIAS=exsync-token-key}"), Optional.empty()))
        .hasMessageContaining("asadmin create-password-alias exsync-token-key");
  }

  private static byte[] bytes(int seed) {
    byte[] key = new byte[32];
    for (int i = 0; i < key.length; i++) {
      key[i] = (byte) (seed * 31 + i);
    }
    return key;
  }
}
