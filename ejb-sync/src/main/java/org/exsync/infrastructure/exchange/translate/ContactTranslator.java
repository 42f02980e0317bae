package org.exsync.infrastructure.exchange.translate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import microsoft.exchange.webservices.data.core.enumeration.property.EmailAddressKey;
import microsoft.exchange.webservices.data.core.enumeration.property.PhoneNumberKey;
import microsoft.exchange.webservices.data.core.enumeration.property.PhysicalAddressKey;
import microsoft.exchange.webservices.data.core.service.item.Contact;
import microsoft.exchange.webservices.data.core.service.schema.ContactSchema;
import microsoft.exchange.webservices.data.misc.OutParam;
import microsoft.exchange.webservices.data.property.complex.EmailAddress;
import microsoft.exchange.webservices.data.property.complex.EmailAddressDictionary;
import microsoft.exchange.webservices.data.property.complex.PhoneNumberDictionary;
import microsoft.exchange.webservices.data.property.complex.PhysicalAddressDictionary;
import microsoft.exchange.webservices.data.property.complex.PhysicalAddressEntry;
import org.exsync.engine.item.ContactItem;
import org.exsync.engine.item.PostalAddress;

/**
 * Exchange contacts and canonical persons. Exchange holds three e-mail addresses per contact: a
 * person with more is rejected rather than stored without some of them.
 */
public final class ContactTranslator {

  private static final EmailAddressKey[] EMAIL_KEYS = {
    EmailAddressKey.EmailAddress1, EmailAddressKey.EmailAddress2, EmailAddressKey.EmailAddress3
  };

  private static final Map<ContactItem.PhoneKind, PhoneNumberKey> PHONE_KEYS =
      Map.of(
          ContactItem.PhoneKind.BUSINESS, PhoneNumberKey.BusinessPhone,
          ContactItem.PhoneKind.MOBILE, PhoneNumberKey.MobilePhone,
          ContactItem.PhoneKind.HOME, PhoneNumberKey.HomePhone);

  private static final Map<ContactItem.AddressKind, PhysicalAddressKey> ADDRESS_KEYS =
      Map.of(
          ContactItem.AddressKind.BUSINESS, PhysicalAddressKey.Business,
          ContactItem.AddressKind.HOME, PhysicalAddressKey.Home);

  private ContactTranslator() {}

  /** The canonical person of a contact loaded with {@link PropertySets#full}. */
  public static ContactItem read(Contact contact) throws Exception {
    List<String> emails = new ArrayList<>();
    EmailAddressDictionary addresses =
        Props.get(contact, ContactSchema.EmailAddresses, EmailAddressDictionary.class);
    for (EmailAddressKey key : EMAIL_KEYS) {
      OutParam<EmailAddress> found = new OutParam<>();
      if (addresses != null && addresses.tryGetValue(key, found) && found.getParam() != null) {
        emails.add(found.getParam().getAddress());
      }
    }
    Map<ContactItem.PhoneKind, String> phones = new EnumMap<>(ContactItem.PhoneKind.class);
    PhoneNumberDictionary numbers =
        Props.get(contact, ContactSchema.PhoneNumbers, PhoneNumberDictionary.class);
    PHONE_KEYS.forEach(
        (kind, key) -> {
          OutParam<String> found = new OutParam<>();
          if (numbers != null && numbers.tryGetValue(key, found)) {
            phones.put(kind, found.getParam());
          }
        });
    Map<ContactItem.AddressKind, PostalAddress> postal =
        new EnumMap<>(ContactItem.AddressKind.class);
    PhysicalAddressDictionary physical =
        Props.get(contact, ContactSchema.PhysicalAddresses, PhysicalAddressDictionary.class);
    for (Map.Entry<ContactItem.AddressKind, PhysicalAddressKey> key : ADDRESS_KEYS.entrySet()) {
      OutParam<PhysicalAddressEntry> found = new OutParam<>();
      if (physical != null && physical.tryGetValue(key.getValue(), found)) {
        PhysicalAddressEntry entry = found.getParam();
        postal.put(
            key.getKey(),
            new PostalAddress(
                entry.getStreet(),
                entry.getPostalCode(),
                entry.getCity(),
                entry.getState(),
                entry.getCountryOrRegion()));
      }
    }
    return new ContactItem(
        Props.text(contact, ContactSchema.GivenName),
        Props.text(contact, ContactSchema.MiddleName),
        Props.text(contact, ContactSchema.Surname),
        Props.text(contact, ContactSchema.CompanyName),
        Props.text(contact, ContactSchema.JobTitle),
        emails,
        phones,
        postal);
  }

  /** Puts a canonical person on a new contact or on one loaded with {@link PropertySets#full}. */
  public static void write(ContactItem source, Contact target, boolean isNew) throws Exception {
    if (source.emails().size() > EMAIL_KEYS.length) {
      throw new Untranslatable(
          "An Exchange contact holds at most three e-mail addresses; "
              + source.fullName()
              + " has "
              + source.emails().size());
    }
    target.setGivenName(source.givenName());
    target.setMiddleName(source.middleName());
    target.setSurname(source.surname());
    target.setCompanyName(source.company());
    target.setJobTitle(source.jobTitle());
    target.setDisplayName(source.fullName().isEmpty() ? source.company() : source.fullName());
    target.setFileAs(fileAs(source));
    EmailAddressDictionary emails = target.getEmailAddresses();
    for (int i = 0; i < EMAIL_KEYS.length; i++) {
      if (i < source.emails().size()) {
        emails.setEmailAddress(EMAIL_KEYS[i], new EmailAddress(source.emails().get(i)));
      } else if (!isNew && emails.contains(EMAIL_KEYS[i])) {
        emails.setEmailAddress(EMAIL_KEYS[i], null);
      }
    }
    PhoneNumberDictionary phones = target.getPhoneNumbers();
    for (Map.Entry<ContactItem.PhoneKind, PhoneNumberKey> key : PHONE_KEYS.entrySet()) {
      String number = source.phones().get(key.getKey());
      if (number != null) {
        phones.setPhoneNumber(key.getValue(), number);
      } else if (!isNew && phones.contains(key.getValue())) {
        phones.setPhoneNumber(key.getValue(), null);
      }
    }
    PhysicalAddressDictionary postal = target.getPhysicalAddresses();
    for (Map.Entry<ContactItem.AddressKind, PhysicalAddressKey> key : ADDRESS_KEYS.entrySet()) {
      PostalAddress address = source.addresses().get(key.getKey());
      if (address != null) {
        postal.setPhysicalAddress(key.getValue(), entry(address));
      } else if (!isNew && postal.contains(key.getValue())) {
        postal.setPhysicalAddress(key.getValue(), null);
      }
    }
  }

  /** Every part set, empty ones as empty text, so an update clears what the person lost. */
  private static PhysicalAddressEntry entry(PostalAddress address) throws Exception {
    PhysicalAddressEntry entry = new PhysicalAddressEntry();
    entry.setStreet(address.street());
    entry.setPostalCode(address.postalCode());
    entry.setCity(address.city());
    entry.setState(address.region());
    entry.setCountryOrRegion(address.country());
    return entry;
  }

  private static String fileAs(ContactItem source) {
    if (source.surname().isEmpty() || source.givenName().isEmpty()) {
      return source.fullName().isEmpty() ? source.company() : source.fullName();
    }
    return source.surname() + ", " + source.givenName();
  }
}
