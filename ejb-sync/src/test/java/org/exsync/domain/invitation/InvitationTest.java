package org.exsync.domain.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.exsync.domain.Fixtures.NOW;

import java.time.Duration;
import java.time.Instant;
import org.exsync.domain.Fixtures;
import org.exsync.domain.associate.Associate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InvitationTest {

  private static final String TOKEN = "q3vJ8kLm-_Zx0PwR7tYuI2oA5sDfGhJk9LzXcVbNm1E";
  private static final Instant EXPIRY = NOW.plus(Duration.ofDays(14));

  private final Associate associate = Fixtures.associate();

  private Invitation invitation() {
    return new Invitation(associate, "Ann@Example.com", TOKEN, "K7PX3M9Q", "nb", NOW, EXPIRY);
  }

  @Test
  void constructor_startsCreatedWithNormalisedEmail() {
    Invitation invitation = invitation();

    assertThat(invitation.getStatus()).isEqualTo(InvitationStatus.CREATED);
    assertThat(invitation.getEmail()).isEqualTo("ann@example.com");
    assertThat(invitation.getLanguage()).isEqualTo("nb");
    assertThat(invitation.getCreatedAt()).isEqualTo(NOW);
    assertThat(invitation.getExpiresAt()).isEqualTo(EXPIRY);
    assertThat(invitation.getSentAt()).isEmpty();
    assertThat(invitation.getAcceptedAt()).isEmpty();
  }

  @Test
  void constructor_refusesExpiryNotAfterCreation() {
    assertThatThrownBy(
            () -> new Invitation(associate, "ann@example.com", TOKEN, "K7PX3M9Q", "en", NOW, NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expiresAt must lie after createdAt (" + NOW + "), got " + NOW);
  }

  @Test
  void constructor_storesCodeInUpperCase() {
    Invitation invitation =
        new Invitation(associate, "ann@example.com", TOKEN, "k7px3m9q", "en", NOW, EXPIRY);

    assertThat(invitation.getCode()).isEqualTo("K7PX3M9Q");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"K7PX3", "K7PX3M9QK7PX3M9QK", "K7PX0M9Q", "K7PXOM9Q", "K7PX1M9Q", "K7-X3M9Q"})
  void constructor_refusesCodeOutsideTheUnambiguousAlphabet(String code) {
    assertThatThrownBy(
            () -> new Invitation(associate, "ann@example.com", TOKEN, code, "en", NOW, EXPIRY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "code must be 6 to 16 characters of " + InvitationCredentials.CODE_ALPHABET)
        .hasMessageContaining("'" + code + "'");
  }

  @Test
  void constructor_refusesShortOrUnsafeLinkToken() {
    assertThatThrownBy(
            () ->
                new Invitation(
                    associate, "ann@example.com", "short", "K7PX3M9Q", "en", NOW, EXPIRY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("linkToken must be 32 to 128")
        .hasMessageContaining("got 5 characters");
    String withSlash = TOKEN.replace('-', '/');
    assertThatThrownBy(
            () ->
                new Invitation(
                    associate, "ann@example.com", withSlash, "K7PX3M9Q", "en", NOW, EXPIRY))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"EN", "english", "n", "nb-NO"})
  void constructor_refusesLanguageThatIsNotLowerCaseIso639(String language) {
    assertThatThrownBy(
            () ->
                new Invitation(
                    associate, "ann@example.com", TOKEN, "K7PX3M9Q", language, NOW, EXPIRY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + language + "'");
  }

  @Test
  void accept_acceptsOpenedInvitationBeforeExpiry() {
    Invitation invitation = invitation();
    invitation.markSent(NOW.plusSeconds(1));
    invitation.markOpened(NOW.plusSeconds(60));
    Instant acceptedAt = NOW.plusSeconds(120);

    invitation.accept(acceptedAt);

    assertThat(invitation.getStatus()).isEqualTo(InvitationStatus.ACCEPTED);
    assertThat(invitation.getAcceptedAt()).contains(acceptedAt);
  }

  @Test
  void accept_refusesExpiredInvitation() {
    Invitation invitation = invitation();
    invitation.markSent(NOW);

    assertThatThrownBy(() -> invitation.accept(EXPIRY))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("it expired at " + EXPIRY);
    assertThat(invitation.getStatus()).isEqualTo(InvitationStatus.SENT);
    assertThat(invitation.getAcceptedAt()).isEmpty();
  }

  @Test
  void accept_refusesReplacedInvitation() {
    Invitation invitation = invitation();
    invitation.replace();

    assertThatThrownBy(() -> invitation.accept(NOW.plusSeconds(5)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("already REPLACED");
  }

  @Test
  void accept_refusesAlreadyAcceptedInvitation() {
    Invitation invitation = invitation();
    Instant first = NOW.plusSeconds(5);
    invitation.accept(first);

    assertThatThrownBy(() -> invitation.accept(NOW.plusSeconds(10)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("already ACCEPTED at " + first);
    assertThat(invitation.getAcceptedAt()).contains(first);
  }

  @Test
  void accept_worksWhenTheMailFailedAndTheCodeWasHandedOver() {
    Invitation invitation = invitation();
    invitation.markFailed("550 5.1.1 mailbox unavailable", NOW);

    invitation.accept(NOW.plusSeconds(30));

    assertThat(invitation.getStatus()).isEqualTo(InvitationStatus.ACCEPTED);
  }

  @Test
  void markSent_afterFailure_clearsTheReason() {
    Invitation invitation = invitation();
    invitation.markFailed("connection refused", NOW);
    assertThat(invitation.getFailureReason()).contains("connection refused");
    assertThat(invitation.getStatus()).isEqualTo(InvitationStatus.FAILED);

    invitation.markSent(NOW.plusSeconds(60));

    assertThat(invitation.getStatus()).isEqualTo(InvitationStatus.SENT);
    assertThat(invitation.getFailureReason()).isEmpty();
    assertThat(invitation.getSentAt()).contains(NOW.plusSeconds(60));
  }

  @Test
  void markSent_afterOpening_keepsOpened() {
    Invitation invitation = invitation();
    invitation.markOpened(NOW.plusSeconds(10));

    invitation.markSent(NOW.plusSeconds(20));

    assertThat(invitation.getStatus()).isEqualTo(InvitationStatus.OPENED);
  }

  @Test
  void replace_refusesAcceptedInvitation() {
    Invitation invitation = invitation();
    invitation.accept(NOW.plusSeconds(5));

    assertThatThrownBy(invitation::replace)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("cannot be replaced");
    assertThat(invitation.getStatus()).isEqualTo(InvitationStatus.ACCEPTED);
  }

  @Test
  void expire_marksOpenInvitationExpiredFromItsExpiryOn() {
    Invitation invitation = invitation();

    invitation.expire(EXPIRY);

    assertThat(invitation.getStatus()).isEqualTo(InvitationStatus.EXPIRED);
    assertThatThrownBy(() -> invitation.markOpened(EXPIRY.plusSeconds(1)))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void expire_refusesInvitationStillRunning() {
    Invitation invitation = invitation();

    assertThatThrownBy(() -> invitation.expire(EXPIRY.minusSeconds(1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("runs until " + EXPIRY);
    assertThat(invitation.getStatus()).isEqualTo(InvitationStatus.CREATED);
  }

  @Test
  void isExpiredAt_isTrueFromExpiryOn() {
    Invitation invitation = invitation();

    assertThat(invitation.isExpiredAt(EXPIRY.minusMillis(1))).isFalse();
    assertThat(invitation.isExpiredAt(EXPIRY)).isTrue();
  }

  @Test
  void toString_leavesOutTokenAndCode() {
    assertThat(invitation().toString()).doesNotContain(TOKEN).doesNotContain("K7PX3M9Q");
  }

  @Test
  void fifthWrongCodeInARow_locksTheInvitation_untilTheLockoutEnds() {
    Invitation invitation = invitation();
    for (int i = 0; i < 4; i++) {
      invitation.getCodeAttempts().failed(NOW, 5, Duration.ofMinutes(15));
    }
    assertThat(invitation.getCodeAttempts().lockedAt(NOW)).isFalse();

    invitation.getCodeAttempts().failed(NOW, 5, Duration.ofMinutes(15));

    assertThat(invitation.getCodeAttempts().lockedAt(NOW.plus(Duration.ofMinutes(14)))).isTrue();
    assertThat(invitation.getCodeAttempts().lockedAt(NOW.plus(Duration.ofMinutes(15)))).isFalse();
  }

  @Test
  void rightCode_startsTheCountOfWrongOnesAgain() {
    Invitation invitation = invitation();
    for (int i = 0; i < 4; i++) {
      invitation.getCodeAttempts().failed(NOW, 5, Duration.ofMinutes(15));
    }

    invitation.getCodeAttempts().succeeded();
    invitation.getCodeAttempts().failed(NOW, 5, Duration.ofMinutes(15));

    assertThat(invitation.getCodeAttempts().failedInARow()).isEqualTo(1);
    assertThat(invitation.getCodeAttempts().lockedAt(NOW)).isFalse();
  }

  @Test
  void queuedMail_isDue_thenSent_thenNoLongerDue() {
    Invitation invitation = invitation();
    assertThat(invitation.isMailDueAt(NOW)).isFalse();

    invitation.queueMail(NOW);
    assertThat(invitation.isMailDueAt(NOW)).isTrue();
    invitation.markSent(NOW);

    assertThat(invitation.isMailDueAt(NOW.plusSeconds(60))).isFalse();
    assertThat(invitation.getMailQueue().attempts()).isEqualTo(1);
    assertThat(invitation.getStatus()).isEqualTo(InvitationStatus.SENT);
  }

  @Test
  void failedMail_isTriedAgainAtTheRetryTime_withTheReasonKept() {
    Invitation invitation = invitation();
    invitation.queueMail(NOW);

    invitation.markFailed("421 4.7.0 Try again later", NOW, NOW.plusSeconds(60));

    assertThat(invitation.getStatus()).isEqualTo(InvitationStatus.FAILED);
    assertThat(invitation.getFailureReason()).hasValue("421 4.7.0 Try again later");
    assertThat(invitation.isMailDueAt(NOW.plusSeconds(59))).isFalse();
    assertThat(invitation.isMailDueAt(NOW.plusSeconds(60))).isTrue();
  }

  @Test
  void acceptedWithAnotherAccount_isRecordedForTheAdmin() {
    Invitation invitation = invitation();

    invitation.accept(NOW, "Ann.Other@Example.com");

    assertThat(invitation.getAcceptedUpn()).hasValue("ann.other@example.com");
    assertThat(invitation.acceptedWithOtherAddress()).isTrue();
    assertThat(invitation.isMailDueAt(NOW)).isFalse();
  }

  @Test
  void wording_isKeptForRetries_andSecretsAreNeverPrinted() {
    Invitation invitation =
        new Invitation(
            associate,
            "ann@example.com",
            new InvitationSecrets(TOKEN, "K7PX3M9Q"),
            "nl",
            NOW,
            EXPIRY,
            new InvitationWording(InvitationPurpose.REAUTHENTICATION, "Kari", " Hi "));

    assertThat(invitation.getPurpose()).isEqualTo(InvitationPurpose.REAUTHENTICATION);
    assertThat(invitation.getWording().getSenderName()).hasValue("Kari");
    assertThat(invitation.getWording().getMessageText()).hasValue("Hi");
    assertThat(new InvitationSecrets(TOKEN, "K7PX3M9Q").toString()).doesNotContain("K7PX3M9Q");
  }
}
