package org.exsync.infrastructure.superoffice.wire;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.exsync.engine.item.ContactItem;

/**
 * A SuperOffice person as a contact and back: names, the company (a SuperOffice contact) by name,
 * position, e-mail addresses (the first is the primary one), office, mobile and private phones.
 */
public final class PersonJson {

  private PersonJson() {}

  public static ContactItem read(JsonObject person) {
    Map<ContactItem.PhoneKind, String> phones = new EnumMap<>(ContactItem.PhoneKind.class);
    first(Entities.values(person, "OfficePhones"), ContactItem.PhoneKind.BUSINESS, phones);
    first(Entities.values(person, "MobilePhones"), ContactItem.PhoneKind.MOBILE, phones);
    first(Entities.values(person, "PrivatePhones"), ContactItem.PhoneKind.HOME, phones);
    return new ContactItem(
        Entities.text(person, "Firstname"),
        Entities.text(person, "MiddleName"),
        Entities.text(person, "Lastname"),
        Entities.text(Entities.object(person, "Contact"), "Name"),
        Entities.text(person, "Title"),
        Entities.values(person, "Emails"),
        phones,
        Map.of());
  }

  /**
   * The contact as a SuperOffice person holds it: without postal addresses, which SuperOffice keeps
   * on the company rather than on the person.
   */
  public static ContactItem held(ContactItem contact) {
    return new ContactItem(
        contact.givenName(),
        contact.middleName(),
        contact.surname(),
        contact.company(),
        contact.jobTitle(),
        contact.emails(),
        contact.phones(),
        Map.of());
  }

  /**
   * @param contactId the company the person belongs to, 0 for none
   * @param ownerId the associate who owns the person
   */
  public static JsonObjectBuilder write(ContactItem contact, int contactId, int ownerId) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("Firstname", contact.givenName())
            .add("MiddleName", contact.middleName())
            .add("Lastname", contact.surname())
            .add("Title", contact.jobTitle())
            .add("Emails", elements(contact.emails()))
            .add("OfficePhones", elements(phone(contact, ContactItem.PhoneKind.BUSINESS)))
            .add("MobilePhones", elements(phone(contact, ContactItem.PhoneKind.MOBILE)))
            .add("PrivatePhones", elements(phone(contact, ContactItem.PhoneKind.HOME)))
            .add("Associate", Json.createObjectBuilder().add("AssociateId", ownerId));
    if (contactId != 0) {
      json.add("Contact", Json.createObjectBuilder().add("ContactId", contactId));
    }
    return json;
  }

  private static List<String> phone(ContactItem contact, ContactItem.PhoneKind kind) {
    String number = contact.phones().get(kind);
    return number == null ? List.of() : List.of(number);
  }

  private static void first(
      List<String> values, ContactItem.PhoneKind kind, Map<ContactItem.PhoneKind, String> phones) {
    if (!values.isEmpty()) {
      phones.put(kind, values.get(0));
    }
  }

  private static JsonArrayBuilder elements(List<String> values) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    values.forEach(value -> array.add(Json.createObjectBuilder().add("Value", value)));
    return array;
  }
}
