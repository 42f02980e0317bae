package org.exsync.it;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.exsync.domain.associate.Associate;
import org.exsync.domain.associate.AssociateType;
import org.exsync.domain.invitation.Invitation;
import org.exsync.domain.invitation.InvitationCredentials;
import org.exsync.domain.link.SyncLink;
import org.exsync.domain.mailbox.Mailbox;
import org.exsync.domain.mailbox.MailboxKind;
import org.exsync.domain.rank.Rank;
import org.exsync.domain.shared.ItemKind;

/**
 * New, valid entities with keys of their own, so that every test stands alone on a database that
 * earlier runs may have filled.
 */
final class TestData {

  static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);
  private static final SecureRandom RANDOM = new SecureRandom();

  private TestData() {}

  static int crmId() {
    return 1 + RANDOM.nextInt(Integer.MAX_VALUE - 1);
  }

  static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  static Associate associate() {
    String name = unique();
    return new Associate(
        crmId(),
        "Åse Ødegård " + name,
        "ASE" + name,
        name + "@Example.com",
        AssociateType.EMPLOYEE);
  }

  static Mailbox mailbox() {
    return new Mailbox(
        unique() + "@example.com",
        URI.create("https://mail.example.com/EWS/Exchange.asmx"),
        MailboxKind.EWS_ON_PREMISES,
        null);
  }

  static Rank rank() {
    return new Rank("Rank " + unique(), 1 + RANDOM.nextInt(1_000_000), Duration.ofMinutes(5), 25);
  }

  static SyncLink link(Associate associate, Mailbox mailbox, Rank rank) {
    return new SyncLink(associate, mailbox, EnumSet.of(ItemKind.DIARY, ItemKind.TASK), rank, NOW);
  }

  static Invitation invitation(Associate associate, String code) {
    return new Invitation(
        associate,
        associate.getEmail().orElseThrow(),
        UUID.randomUUID().toString().replace("-", "")
            + UUID.randomUUID().toString().replace("-", ""),
        code,
        "nb",
        NOW,
        NOW.plus(Duration.ofDays(14)));
  }

  static String code() {
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < 10; i++) {
      String alphabet = InvitationCredentials.CODE_ALPHABET;
      code.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
    }
    return code.toString();
  }

  static Set<String> scopes() {
    return Set.of("https://outlook.office365.com/EWS.AccessAsUser.All", "offline_access");
  }
}
