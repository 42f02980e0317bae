package org.exsync.engine.item;

/** A postal address; every part may be empty. */
public record PostalAddress(
    String street, String postalCode, String city, String region, String country) {

  public static final PostalAddress NONE = new PostalAddress("", "", "", "", "");

  public PostalAddress {
    street = Texts.body(street);
    postalCode = Texts.clean(postalCode);
    city = Texts.clean(city);
    region = Texts.clean(region);
    country = Texts.clean(country);
  }

  public boolean isEmpty() {
    return equals(NONE);
  }
}
