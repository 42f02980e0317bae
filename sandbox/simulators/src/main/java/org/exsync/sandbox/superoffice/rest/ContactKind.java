package org.exsync.sandbox.superoffice.rest;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Map;
import org.exsync.sandbox.superoffice.odata.Archive;
import org.exsync.sandbox.superoffice.odata.Column;
import org.exsync.sandbox.superoffice.odata.ColumnType;
import org.exsync.sandbox.superoffice.odata.WireDates;
import org.exsync.sandbox.superoffice.store.Company;
import org.exsync.sandbox.superoffice.store.CrmStore;
import org.exsync.sandbox.superoffice.store.Stamp;
import org.exsync.sandbox.superoffice.store.Table;

/** Contacts, which in SuperOffice are companies; persons belong to them. */
public final class ContactKind implements EntityKind<Company> {

  private static final Map<String, String> COLUMNS =
      Map.of(
          "Name",
          "name",
          "Address",
          "address",
          "Associate",
          "associate_id",
          "Country",
          "country_id");

  private final CrmStore store;
  private final Refs refs;
  private final Archive<Company> archive =
      new Archive<Company>("contact", Company::id)
          .column(new Column<>("contactId", ColumnType.INT, (c, z) -> c.id()))
          .column(new Column<>("name", ColumnType.STRING, (c, z) -> c.name()))
          .column(new Column<>("associateId", ColumnType.INT, (c, z) -> c.ownerAssociateId()))
          .column(
              new Column<>(
                  "updatedDate",
                  ColumnType.UTC_DATETIME,
                  (c, z) -> WireDates.utc(c.stamp().updated())))
          .extra(new Column<>("streetAddress/city", ColumnType.STRING, (c, z) -> c.city()))
          .extra(
              new Column<>(
                  "registeredDate",
                  ColumnType.UTC_DATETIME,
                  (c, z) -> WireDates.utc(c.stamp().created())));

  public ContactKind(CrmStore store) {
    this.store = store;
    this.refs = new Refs(store);
  }

  @Override
  public String resource() {
    return "Contact";
  }

  @Override
  public String carrier() {
    return "ContactEntity";
  }

  @Override
  public String webhookEntity() {
    return "contact";
  }

  @Override
  public Table<Company> table() {
    return store.companies();
  }

  @Override
  public Archive<Company> archive() {
    return archive;
  }

  @Override
  public Map<String, String> databaseColumns() {
    return COLUMNS;
  }

  @Override
  public JsonObject toJson(Company c, ApiCall call) {
    JsonArrayBuilder persons = jakarta.json.Json.createArrayBuilder();
    store.persons().all().stream()
        .filter(p -> p.contactId() == c.id())
        .forEach(p -> persons.add(refs.person(p)));
    JsonObject street =
        jakarta.json.Json.createObjectBuilder()
            .add("AtypeIdx", "ContactStreetAddress")
            .add("Address1", c.street())
            .add("Zipcode", c.postalCode())
            .add("City", c.city())
            .add("Formatted", c.street() + ", " + c.postalCode() + " " + c.city())
            .build();
    return jakarta.json.Json.createObjectBuilder()
        .add("ContactId", c.id())
        .add("Name", c.name())
        .add("Department", "")
        .add("OrgNr", "")
        .add("Number1", "")
        .add("Number2", "")
        .add("UpdatedDate", WireDates.format(WireDates.utc(c.stamp().updated())))
        .add("CreatedDate", WireDates.format(WireDates.utc(c.stamp().created())))
        .add("CreatedBy", refs.associate(c.stamp().createdBy()))
        .add("UpdatedBy", refs.associate(c.stamp().updatedBy()))
        .add("Associate", refs.associate(c.ownerAssociateId()))
        .add("Emails", JsonValue.EMPTY_JSON_ARRAY)
        .add("Urls", JsonValue.EMPTY_JSON_ARRAY)
        .add("Phones", JsonValue.EMPTY_JSON_ARRAY)
        .add("Faxes", JsonValue.EMPTY_JSON_ARRAY)
        .add("Persons", persons)
        .add(
            "Address",
            jakarta.json.Json.createObjectBuilder()
                .add("Street", street)
                .add("Formatted", street.getString("Formatted")))
        .add(
            "Country",
            jakarta.json.Json.createObjectBuilder()
                .add("Name", c.country())
                .add("EnglishName", c.country()))
        .add("Description", "")
        .add("NoMailing", false)
        .add("Xstop", false)
        .add("Deleted", 0)
        .add("UserDefinedFields", JsonValue.EMPTY_JSON_OBJECT)
        .add("ExtraFields", JsonValue.EMPTY_JSON_OBJECT)
        .add("CustomFields", JsonValue.EMPTY_JSON_OBJECT)
        .add("TableRight", Refs.FULL_RIGHTS)
        .add("FieldProperties", JsonValue.EMPTY_JSON_OBJECT)
        .add("_Links", Refs.links(call, "Contact", c.id()))
        .build();
  }

  @Override
  public Company fromJson(JsonObject in, Company current, int id, Stamp stamp, ApiCall call) {
    String name = Json.string(in, "Name").orElse(current == null ? "" : current.name());
    if (name.isBlank()) {
      throw ApiError.badRequest("A contact needs a Name");
    }
    JsonObject street =
        Json.object(in, "Address")
            .flatMap(a -> Json.object(a, "Street"))
            .orElse(JsonValue.EMPTY_JSON_OBJECT);
    return new Company(
        id,
        name,
        Json.string(street, "Address1").orElse(current == null ? "" : current.street()),
        Json.string(street, "Zipcode").orElse(current == null ? "" : current.postalCode()),
        Json.string(street, "City").orElse(current == null ? "" : current.city()),
        Json.object(in, "Country")
            .flatMap(c -> Json.string(c, "Name"))
            .orElse(current == null ? "" : current.country()),
        Json.refId(in, "Associate", "AssociateId")
            .orElse(current == null ? call.principal().id() : current.ownerAssociateId()),
        stamp);
  }
}
