package org.exsync.sandbox.superoffice.rest;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.exsync.sandbox.superoffice.odata.Archive;
import org.exsync.sandbox.superoffice.odata.Column;
import org.exsync.sandbox.superoffice.odata.ColumnType;
import org.exsync.sandbox.superoffice.odata.WireDates;
import org.exsync.sandbox.superoffice.store.CrmStore;
import org.exsync.sandbox.superoffice.store.Person;
import org.exsync.sandbox.superoffice.store.Stamp;
import org.exsync.sandbox.superoffice.store.Table;

/** Persons: contact persons at companies and the persons behind associates. */
public final class PersonKind implements EntityKind<Person> {

  private static final Map<String, String> COLUMNS =
      Map.ofEntries(
          Map.entry("Firstname", "firstname"),
          Map.entry("MiddleName", "middleName"),
          Map.entry("Lastname", "lastname"),
          Map.entry("Title", "title"),
          Map.entry("Emails", "email"),
          Map.entry("OfficePhones", "phone"),
          Map.entry("MobilePhones", "phone"),
          Map.entry("PrivatePhones", "phone"),
          Map.entry("Contact", "contact_id"),
          Map.entry("Associate", "associate_id"),
          Map.entry("Retired", "retired"));

  private final CrmStore store;
  private final Refs refs;
  private final Archive<Person> archive =
      new Archive<Person>("person", Person::id)
          .column(new Column<>("personId", ColumnType.INT, (p, z) -> p.id()))
          .column(new Column<>("firstName", ColumnType.STRING, (p, z) -> p.firstName()))
          .column(new Column<>("lastName", ColumnType.STRING, (p, z) -> p.lastName()))
          .column(new Column<>("fullName", ColumnType.STRING, (p, z) -> p.fullName()))
          .column(new Column<>("contactId", ColumnType.INT, (p, z) -> p.contactId()))
          .column(
              new Column<>(
                  "updatedDate",
                  ColumnType.UTC_DATETIME,
                  (p, z) -> WireDates.utc(p.stamp().updated())))
          .extra(new Column<>("title", ColumnType.STRING, (p, z) -> p.jobTitle()))
          .extra(new Column<>("associateId", ColumnType.INT, (p, z) -> p.ownerAssociateId()))
          .extra(
              new Column<>(
                  "email/emailAddress",
                  ColumnType.STRING,
                  (p, z) -> p.emails().isEmpty() ? "" : p.emails().get(0)))
          .extra(new Column<>("retired", ColumnType.BOOL, (p, z) -> p.retired()))
          .extra(
              new Column<>(
                  "registeredDate",
                  ColumnType.UTC_DATETIME,
                  (p, z) -> WireDates.utc(p.stamp().created())));

  public PersonKind(CrmStore store) {
    this.store = store;
    this.refs = new Refs(store);
  }

  @Override
  public String resource() {
    return "Person";
  }

  @Override
  public String carrier() {
    return "PersonEntity";
  }

  @Override
  public String webhookEntity() {
    return "person";
  }

  @Override
  public Table<Person> table() {
    return store.persons();
  }

  @Override
  public Archive<Person> archive() {
    return archive;
  }

  @Override
  public Map<String, String> databaseColumns() {
    return COLUMNS;
  }

  @Override
  public JsonObject toJson(Person p, ApiCall call) {
    return Json.dropNulls(toJsonWithNulls(p, call));
  }

  private JsonObject toJsonWithNulls(Person p, ApiCall call) {
    return jakarta.json.Json.createObjectBuilder()
        .add("PersonId", p.id())
        .add("Firstname", p.firstName())
        .add("MiddleName", p.middleName())
        .add("Lastname", p.lastName())
        .add("Mrmrs", "")
        .add("Title", p.jobTitle())
        .add("FullName", p.fullName())
        .add("FormalName", p.fullName())
        .add("Description", "")
        .add("UpdatedDate", WireDates.format(WireDates.utc(p.stamp().updated())))
        .add("CreatedDate", WireDates.format(WireDates.utc(p.stamp().created())))
        .add("CreatedBy", refs.associate(p.stamp().createdBy()))
        .add("UpdatedBy", refs.associate(p.stamp().updatedBy()))
        .add("Emails", elements(p.emails()))
        .add(
            "OfficePhones",
            elements(p.officePhone().isEmpty() ? List.of() : List.of(p.officePhone())))
        .add(
            "MobilePhones",
            elements(p.mobilePhone().isEmpty() ? List.of() : List.of(p.mobilePhone())))
        .add(
            "PrivatePhones",
            elements(p.privatePhone().isEmpty() ? List.of() : List.of(p.privatePhone())))
        .add("OtherPhones", JsonValue.EMPTY_JSON_ARRAY)
        .add("Faxes", JsonValue.EMPTY_JSON_ARRAY)
        .add("Urls", JsonValue.EMPTY_JSON_ARRAY)
        .add("Contact", refs.contact(p.contactId()))
        .add("Associate", refs.associate(p.ownerAssociateId()))
        .add("IsAssociate", store.associateOfPerson(p.id()).isPresent())
        .add("Retired", p.retired())
        .add("NoMailing", false)
        .add("UsePersonAddress", false)
        .add("UserDefinedFields", JsonValue.EMPTY_JSON_OBJECT)
        .add("ExtraFields", JsonValue.EMPTY_JSON_OBJECT)
        .add("CustomFields", JsonValue.EMPTY_JSON_OBJECT)
        .add("TableRight", Refs.FULL_RIGHTS)
        .add("FieldProperties", JsonValue.EMPTY_JSON_OBJECT)
        .add("_Links", Refs.links(call, "Person", p.id()))
        .build();
  }

  @Override
  public Person fromJson(JsonObject in, Person current, int id, Stamp stamp, ApiCall call) {
    String first = Json.string(in, "Firstname").orElse(current == null ? "" : current.firstName());
    String last = Json.string(in, "Lastname").orElse(current == null ? "" : current.lastName());
    if (first.isBlank() && last.isBlank()) {
      throw ApiError.badRequest("A person needs a Firstname or a Lastname");
    }
    int contactId =
        Json.refId(in, "Contact", "ContactId").orElse(current == null ? 0 : current.contactId());
    if (contactId != 0 && store.companies().get(contactId).isEmpty()) {
      throw ApiError.badRequest("Contact " + contactId + " does not exist");
    }
    int owner =
        Json.refId(in, "Associate", "AssociateId")
            .orElse(current == null ? call.principal().id() : current.ownerAssociateId());
    return new Person(
        id,
        contactId,
        first,
        Json.string(in, "MiddleName").orElse(current == null ? "" : current.middleName()),
        last,
        Json.string(in, "Title").orElse(current == null ? "" : current.jobTitle()),
        values(in, "Emails").orElse(current == null ? List.of() : current.emails()),
        values(in, "OfficePhones")
            .map(PersonKind::first)
            .orElse(current == null ? "" : current.officePhone()),
        values(in, "MobilePhones")
            .map(PersonKind::first)
            .orElse(current == null ? "" : current.mobilePhone()),
        values(in, "PrivatePhones")
            .map(PersonKind::first)
            .orElse(current == null ? "" : current.privatePhone()),
        owner,
        Json.bool(in, "Retired").orElse(current != null && current.retired()),
        stamp);
  }

  private static String first(List<String> values) {
    return values.isEmpty() ? "" : values.get(0);
  }

  /** The {@code Value}s of an EntityElement array such as {@code Emails}. */
  private static Optional<List<String>> values(JsonObject in, String name) {
    JsonValue value = in.get(name);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return Optional.empty();
    }
    if (value.getValueType() != JsonValue.ValueType.ARRAY) {
      throw ApiError.badRequest(name + " must be an array of {\"Value\": ...}");
    }
    List<String> values = new ArrayList<>();
    for (JsonValue element : (JsonArray) value) {
      if (element.getValueType() != JsonValue.ValueType.OBJECT) {
        throw ApiError.badRequest(name + " must hold objects with a Value, got " + element);
      }
      Json.string(element.asJsonObject(), "Value").filter(v -> !v.isBlank()).ifPresent(values::add);
    }
    return Optional.of(values);
  }

  private static JsonArrayBuilder elements(List<String> values) {
    JsonArrayBuilder array = jakarta.json.Json.createArrayBuilder();
    for (String value : values) {
      array.add(
          jakarta.json.Json.createObjectBuilder()
              .add("Value", value)
              .add("StrippedValue", value)
              .add("Description", ""));
    }
    return array;
  }
}
