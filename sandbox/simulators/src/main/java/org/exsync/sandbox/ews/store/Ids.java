package org.exsync.sandbox.ews.store;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Item, occurrence and folder ids. Exchange ids are opaque base64 that name the mailbox and the
 * object; these do the same, so an id from another mailbox is recognised as such.
 */
public final class Ids {

  private Ids() {}

  /** What an id names. */
  public enum Type {
    ITEM,
    OCCURRENCE,
    FOLDER
  }

  /**
   * A decoded id.
   *
   * @param type what it names
   * @param mailbox the SMTP address of the mailbox it lives in
   * @param local the object within the mailbox (for occurrences: the master's)
   * @param index the occurrence's instance index, from 1; 0 otherwise
   */
  public record Parsed(Type type, String mailbox, String local, int index) {

    /** The id of the recurring master, for an occurrence id. */
    public String masterId() {
      return encode(Type.ITEM, mailbox, local, 0);
    }
  }

  public static String item(String mailbox, String local) {
    return encode(Type.ITEM, mailbox, local, 0);
  }

  public static String occurrence(String mailbox, String masterLocal, int index) {
    return encode(Type.OCCURRENCE, mailbox, masterLocal, index);
  }

  public static String folder(String mailbox, String local) {
    return encode(Type.FOLDER, mailbox, local, 0);
  }

  private static String encode(Type type, String mailbox, String local, int index) {
    String plain =
        type.name().charAt(0)
            + "|"
            + mailbox.toLowerCase(java.util.Locale.ROOT)
            + "|"
            + local
            + "|"
            + index;
    return "AAMk" + Base64.getEncoder().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  /** Decodes an id; empty when it is not one this simulator issued (Exchange: malformed id). */
  public static Optional<Parsed> parse(String id) {
    if (id == null || !id.startsWith("AAMk")) {
      return Optional.empty();
    }
    try {
      String plain =
          new String(Base64.getDecoder().decode(id.substring(4)), StandardCharsets.UTF_8);
      String[] parts = plain.split("\\|", -1);
      if (parts.length != 4) {
        return Optional.empty();
      }
      Type type =
          switch (parts[0]) {
            case "I" -> Type.ITEM;
            case "O" -> Type.OCCURRENCE;
            case "F" -> Type.FOLDER;
            default -> null;
          };
      return type == null
          ? Optional.empty()
          : Optional.of(new Parsed(type, parts[1], parts[2], Integer.parseInt(parts[3])));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
