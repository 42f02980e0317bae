package org.exsync.engine.snapshot;

import java.util.EnumMap;
import java.util.Map;
import org.exsync.engine.item.ContactItem;
import org.exsync.engine.item.ContactItem.AddressKind;
import org.exsync.engine.item.ContactItem.PhoneKind;
import org.exsync.engine.item.PostalAddress;

/** The snapshot form of a contact. */
final class ContactSnapshot {

  private ContactSnapshot() {}

  static String write(ContactItem item) {
    SnapshotText text =
        SnapshotText.create("contact")
            .put("givenName", item.givenName())
            .put("middleName", item.middleName())
            .put("surname", item.surname())
            .put("company", item.company())
            .put("jobTitle", item.jobTitle())
            .putList("emails", item.emails());
    for (PhoneKind kind : PhoneKind.values()) {
      text.put("phone." + kind, item.phones().get(kind));
    }
    for (AddressKind kind : AddressKind.values()) {
      PostalAddress address = item.addresses().get(kind);
      if (address != null) {
        String key = "address." + kind;
        text.put(key + ".street", address.street())
            .put(key + ".postalCode", address.postalCode())
            .put(key + ".city", address.city())
            .put(key + ".region", address.region())
            .put(key + ".country", address.country());
      }
    }
    return text.write();
  }

  static ContactItem read(SnapshotText text) {
    Map<PhoneKind, String> phones = new EnumMap<>(PhoneKind.class);
    for (PhoneKind kind : PhoneKind.values()) {
      if (text.has("phone." + kind)) {
        phones.put(kind, text.text("phone." + kind));
      }
    }
    Map<AddressKind, PostalAddress> addresses = new EnumMap<>(AddressKind.class);
    for (AddressKind kind : AddressKind.values()) {
      String key = "address." + kind;
      if (text.has(key + ".street")) {
        addresses.put(
            kind,
            new PostalAddress(
                text.textOrEmpty(key + ".street"),
                text.textOrEmpty(key + ".postalCode"),
                text.textOrEmpty(key + ".city"),
                text.textOrEmpty(key + ".region"),
                text.textOrEmpty(key + ".country")));
      }
    }
    return new ContactItem(
        text.textOrEmpty("givenName"),
        text.textOrEmpty("middleName"),
        text.textOrEmpty("surname"),
        text.textOrEmpty("company"),
        text.textOrEmpty("jobTitle"),
        text.list("emails"),
        phones,
        addresses);
  }
}
