package org.exsync.engine.item;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.exsync.domain.shared.ItemKind;

/**
 * A person at a customer company: a SuperOffice person with its company, an Exchange contact.
 * E-mail addresses compare without regard to case; empty phones and addresses are left out.
 *
 * @param givenName first name
 * @param middleName middle name, or empty
 * @param surname family name
 * @param company the company's name, or empty
 * @param jobTitle the person's position, or empty
 * @param emails e-mail addresses, the primary one first
 * @param phones numbers by kind
 * @param addresses postal addresses by kind
 */
public record ContactItem(
    String givenName,
    String middleName,
    String surname,
    String company,
    String jobTitle,
    List<String> emails,
    Map<PhoneKind, String> phones,
    Map<AddressKind, PostalAddress> addresses)
    implements CanonicalItem {

  public enum PhoneKind {
    BUSINESS,
    MOBILE,
    HOME
  }

  public enum AddressKind {
    BUSINESS,
    HOME
  }

  public ContactItem {
    givenName = Texts.clean(givenName);
    middleName = Texts.clean(middleName);
    surname = Texts.clean(surname);
    company = Texts.clean(company);
    jobTitle = Texts.clean(jobTitle);
    emails = Texts.cleanList(emails);
    EnumMap<PhoneKind, String> cleanPhones = new EnumMap<>(PhoneKind.class);
    if (phones != null) {
      phones.forEach(
          (kind, number) -> {
            String cleaned = Texts.clean(number);
            if (!cleaned.isEmpty()) {
              cleanPhones.put(kind, cleaned);
            }
          });
    }
    phones = java.util.Collections.unmodifiableMap(cleanPhones);
    EnumMap<AddressKind, PostalAddress> cleanAddresses = new EnumMap<>(AddressKind.class);
    if (addresses != null) {
      addresses.forEach(
          (kind, address) -> {
            if (address != null && !address.isEmpty()) {
              cleanAddresses.put(kind, address);
            }
          });
    }
    addresses = java.util.Collections.unmodifiableMap(cleanAddresses);
  }

  /** Given, middle and surname, separated by single spaces. */
  public String fullName() {
    return java.util.stream.Stream.of(givenName, middleName, surname)
        .filter(part -> !part.isEmpty())
        .collect(Collectors.joining(" "));
  }

  /** The primary e-mail address in lower case, or empty. */
  public String primaryEmail() {
    return emails.isEmpty() ? "" : emails.get(0).toLowerCase(Locale.ROOT);
  }

  @Override
  public ItemKind kind() {
    return ItemKind.CONTACT;
  }

  @Override
  public String title() {
    return fullName();
  }

  @Override
  public String contentHash() {
    Fingerprint print =
        Fingerprint.of("contact")
            .add("givenName", givenName)
            .add("middleName", middleName)
            .add("surname", surname)
            .add("company", company)
            .add("jobTitle", jobTitle)
            .addAll("emails", emails.stream().map(e -> e.toLowerCase(Locale.ROOT)).toList());
    phones.forEach((kind, number) -> print.add("phone." + kind, number));
    addresses.forEach(
        (kind, address) ->
            print
                .add("address." + kind + ".street", address.street())
                .add("address." + kind + ".postalCode", address.postalCode())
                .add("address." + kind + ".city", address.city())
                .add("address." + kind + ".region", address.region())
                .add("address." + kind + ".country", address.country()));
    return print.finish();
  }
}
