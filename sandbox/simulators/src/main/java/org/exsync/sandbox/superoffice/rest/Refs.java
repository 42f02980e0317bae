package org.exsync.sandbox.superoffice.rest;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.exsync.sandbox.superoffice.store.Associate;
import org.exsync.sandbox.superoffice.store.Company;
import org.exsync.sandbox.superoffice.store.CrmStore;
import org.exsync.sandbox.superoffice.store.Person;

/**
 * The short forms an entity uses to point at associates, persons and companies ({@code Associate},
 * {@code Person}, {@code Contact} carriers), and the rights block every entity has.
 */
final class Refs {

  static final JsonObject FULL_RIGHTS =
      jakarta.json.Json.createObjectBuilder()
          .add("Mask", "Select, Insert, Update, Delete")
          .add("Reason", "")
          .build();

  private final CrmStore store;

  Refs(CrmStore store) {
    this.store = store;
  }

  JsonValue associate(int associateId) {
    return store.associate(associateId).<JsonValue>map(Refs::associate).orElse(JsonValue.NULL);
  }

  static JsonObject associate(Associate a) {
    return jakarta.json.Json.createObjectBuilder()
        .add("AssociateId", a.id())
        .add("Name", a.userName())
        .add("PersonId", a.personId())
        .add("Rank", 0)
        .add("Tooltip", "")
        .add("Type", a.type().name())
        .add("GroupIdx", 1)
        .add("FullName", a.fullName())
        .add("FormalName", a.fullName())
        .add("Deleted", a.retired())
        .add("EjUserId", 0)
        .add("UserName", a.userName())
        .build();
  }

  JsonValue person(int personId) {
    if (personId == 0) {
      return JsonValue.NULL;
    }
    return store.persons().get(personId).<JsonValue>map(this::person).orElse(JsonValue.NULL);
  }

  JsonObject person(Person p) {
    String company = store.companies().get(p.contactId()).map(Company::name).orElse("");
    JsonObjectBuilder json =
        jakarta.json.Json.createObjectBuilder()
            .add("PersonId", p.id())
            .add("Firstname", p.firstName())
            .add("Lastname", p.lastName())
            .add("MiddleName", p.middleName())
            .add("Mrmrs", "")
            .add("Title", p.jobTitle())
            .add("Position", "")
            .add("Email", p.emails().isEmpty() ? "" : p.emails().get(0))
            .add("FullName", p.fullName())
            .add("FormalName", p.fullName())
            .add("DirectPhone", p.officePhone())
            .add("MobilePhone", p.mobilePhone())
            .add("ContactId", p.contactId())
            .add("ContactName", company)
            .add("Retired", p.retired() ? 1 : 0)
            .add("AssociateId", p.ownerAssociateId());
    return json.build();
  }

  JsonValue contact(int contactId) {
    if (contactId == 0) {
      return JsonValue.NULL;
    }
    return store.companies().get(contactId).<JsonValue>map(Refs::contact).orElse(JsonValue.NULL);
  }

  static JsonObject contact(Company c) {
    return jakarta.json.Json.createObjectBuilder()
        .add("ContactId", c.id())
        .add("Name", c.name())
        .add("OrgNr", "")
        .add("Department", "")
        .add("City", c.city())
        .add("AssociateId", c.ownerAssociateId())
        .add("CountryName", c.country())
        .add("FullName", c.name())
        .add("IsOwnerContact", false)
        .build();
  }

  /** The {@code _Links} block: where the entity itself lives. */
  static JsonObject links(ApiCall call, String resource, int id) {
    return jakarta.json.Json.createObjectBuilder()
        .add("Self", call.apiRoot() + "/" + resource + "/" + id)
        .build();
  }
}
