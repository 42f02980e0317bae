package org.exsync.domain;

import java.lang.reflect.Field;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;
import org.exsync.domain.associate.Associate;
import org.exsync.domain.associate.AssociateType;
import org.exsync.domain.grant.Grant;
import org.exsync.domain.grant.GrantKind;
import org.exsync.domain.link.SyncLink;
import org.exsync.domain.mailbox.Mailbox;
import org.exsync.domain.mailbox.MailboxKind;
import org.exsync.domain.rank.Rank;
import org.exsync.domain.shared.ItemKind;

/** Valid entities for unit tests, each call a new one. */
public final class Fixtures {

  public static final Instant NOW = Instant.parse("2025-11-22T10:00:00Z");
  public static final Duration RANK_INTERVAL = Duration.ofMinutes(5);

  private Fixtures() {}

  public static Associate associate() {
    return new Associate(77, "Ann Example", "ANN", "ann@example.com", AssociateType.EMPLOYEE);
  }

  public static Mailbox mailbox() {
    return new Mailbox(
        "ann@example.com",
        URI.create("https://outlook.office365.com/EWS/Exchange.asmx"),
        MailboxKind.EWS_ONLINE,
        "contoso.onmicrosoft.com");
  }

  /** Base64 of the given number of bytes, standing in for AES-GCM output. */
  public static String ciphertext(int bytes) {
    byte[] data = new byte[bytes];
    for (int i = 0; i < bytes; i++) {
      data[i] = (byte) i;
    }
    return Base64.getEncoder().encodeToString(data);
  }

  public static Grant delegatedGrant() {
    return new Grant(
        mailbox(),
        GrantKind.DELEGATED,
        ciphertext(64),
        "key-1",
        Set.of("https://outlook.office365.com/EWS.AccessAsUser.All"),
        NOW.plus(Duration.ofDays(90)),
        NOW);
  }

  public static Grant serviceAccountGrant() {
    return new Grant(
        mailbox(), GrantKind.SERVICE_ACCOUNT, ciphertext(32), "key-1", Set.of(), null, NOW);
  }

  public static Rank rank() {
    return new Rank("Gold", 0, RANK_INTERVAL, 50);
  }

  public static SyncLink link(ItemKind first, ItemKind... more) {
    return new SyncLink(associate(), mailbox(), EnumSet.of(first, more), rank(), NOW);
  }

  /** The entity with the id the database would have given it. */
  public static <T> T withId(T entity, long id) {
    try {
      Field field = entity.getClass().getDeclaredField("id");
      field.setAccessible(true);
      field.set(entity, id);
      return entity;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot set the id of " + entity, e);
    }
  }
}
