package org.exsync.sandbox.superoffice.store;

/**
 * A SuperOffice contact, which is a company (persons belong to it).
 *
 * @param id the contact id
 * @param name company name
 * @param street street address
 * @param postalCode postal code
 * @param city city
 * @param country country name
 * @param ownerAssociateId "our contact": the associate responsible for it
 * @param stamp registration and change stamp
 */
public record Company(
    int id,
    String name,
    String street,
    String postalCode,
    String city,
    String country,
    int ownerAssociateId,
    Stamp stamp)
    implements Row {

  public Company withStamp(Stamp next) {
    return new Company(id, name, street, postalCode, city, country, ownerAssociateId, next);
  }
}
