package org.exsync.sandbox.data;

import java.util.List;

/**
 * A person at a customer company: a SuperOffice person (with its contact, the company), an Exchange
 * contact.
 *
 * @param key stable identity within the world
 * @param personId the SuperOffice person id
 * @param companyId the SuperOffice contact (company) id
 * @param firstName given name
 * @param lastName family name
 * @param company company name
 * @param jobTitle title, or empty
 * @param emails e-mail addresses, the first is the primary one
 * @param businessPhone office phone, or empty
 * @param mobilePhone mobile phone, or empty
 * @param street street address
 * @param postalCode postal code
 * @param city city
 * @param country country name
 */
public record SeedContact(
    String key,
    int personId,
    int companyId,
    String firstName,
    String lastName,
    String company,
    String jobTitle,
    List<String> emails,
    String businessPhone,
    String mobilePhone,
    String street,
    String postalCode,
    String city,
    String country) {

  public SeedContact {
    emails = List.copyOf(emails);
  }
}
