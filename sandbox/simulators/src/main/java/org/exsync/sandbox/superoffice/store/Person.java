package org.exsync.sandbox.superoffice.store;

import java.util.List;

/**
 * A SuperOffice person: a contact person at a company, or the person behind an associate.
 *
 * @param id the person id
 * @param contactId the company it belongs to, 0 for none
 * @param firstName given name
 * @param middleName middle name, or empty
 * @param lastName family name
 * @param jobTitle job title (SuperOffice calls it Title)
 * @param emails addresses, the first is the primary one
 * @param officePhone office phone, or empty
 * @param mobilePhone mobile phone, or empty
 * @param privatePhone private (home) phone, or empty
 * @param ownerAssociateId "our contact": the associate responsible for the person
 * @param retired no longer active at the company
 * @param stamp registration and change stamp
 */
public record Person(
    int id,
    int contactId,
    String firstName,
    String middleName,
    String lastName,
    String jobTitle,
    List<String> emails,
    String officePhone,
    String mobilePhone,
    String privatePhone,
    int ownerAssociateId,
    boolean retired,
    Stamp stamp)
    implements Row {

  public Person {
    emails = List.copyOf(emails);
  }

  public String fullName() {
    return String.join(
        " ",
        java.util.stream.Stream.of(firstName, middleName, lastName)
            .filter(n -> !n.isEmpty())
            .toList());
  }

  public Person withStamp(Stamp next) {
    return new Person(
        id,
        contactId,
        firstName,
        middleName,
        lastName,
        jobTitle,
        emails,
        officePhone,
        mobilePhone,
        privatePhone,
        ownerAssociateId,
        retired,
        next);
  }
}
