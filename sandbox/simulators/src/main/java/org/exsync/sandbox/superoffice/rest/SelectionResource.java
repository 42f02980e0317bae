package org.exsync.sandbox.superoffice.rest;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Optional;
import org.exsync.sandbox.superoffice.odata.Archive;
import org.exsync.sandbox.superoffice.odata.Column;
import org.exsync.sandbox.superoffice.odata.ColumnType;
import org.exsync.sandbox.superoffice.odata.ODataPage;
import org.exsync.sandbox.superoffice.odata.ODataQuery;
import org.exsync.sandbox.superoffice.odata.WireDates;
import org.exsync.sandbox.superoffice.store.CrmStore;
import org.exsync.sandbox.superoffice.store.Person;
import org.exsync.sandbox.superoffice.store.Selection;

/**
 * {@code GET /api/v1/Selection} (the selections as an OData list), {@code GET
 * /api/v1/Selection/{id}} (the selection entity) and {@code GET /api/v1/Selection/{id}/Members}
 * (its members as archive rows of persons).
 */
public final class SelectionResource {

  private final CrmStore store;
  private final Refs refs;
  private final Archive<Person> members =
      new Archive<Person>("person", Person::id)
          .column(new Column<>("personId", ColumnType.INT, (p, z) -> p.id()))
          .column(new Column<>("contactId", ColumnType.INT, (p, z) -> p.contactId()))
          .column(new Column<>("firstName", ColumnType.STRING, (p, z) -> p.firstName()))
          .column(new Column<>("lastName", ColumnType.STRING, (p, z) -> p.lastName()))
          .column(new Column<>("fullName", ColumnType.STRING, (p, z) -> p.fullName()))
          .extra(
              new Column<>(
                  "email/emailAddress",
                  ColumnType.STRING,
                  (p, z) -> p.emails().isEmpty() ? "" : p.emails().get(0)))
          .extra(
              new Column<>(
                  "updatedDate",
                  ColumnType.UTC_DATETIME,
                  (p, z) -> WireDates.utc(p.stamp().updated())));

  public SelectionResource(CrmStore store) {
    this.store = store;
    this.refs = new Refs(store);
  }

  private final Archive<Selection> list =
      new Archive<Selection>("selection", Selection::id)
          .column(new Column<>("selectionId", ColumnType.INT, (s, z) -> s.id()))
          .column(new Column<>("name", ColumnType.STRING, (s, z) -> s.name()))
          .column(new Column<>("associateId", ColumnType.INT, (s, z) -> s.ownerAssociateId()))
          .extra(
              new Column<>(
                  "updatedDate",
                  ColumnType.UTC_DATETIME,
                  (s, z) -> WireDates.utc(s.stamp().updated())));

  public EntityEndpoint.Outcome handle(ApiCall call) {
    if (call.http().method().equals("GET") && call.path().size() == 1) {
      ODataPage page =
          ODataPage.of(
              list,
              store.selections().all(),
              ODataQuery.from(call.http().queryParameters()),
              call.zone(),
              call.apiRoot() + "/Selection",
              call.apiRoot() + "/archive/$metadata",
              skip -> NextLink.query(call.http().rawQuery(), skip));
      return new EntityEndpoint.Outcome(Json.ok(page.body()), page.rows());
    }
    if (!call.http().method().equals("GET") || call.path().size() < 2 || call.path().size() > 3) {
      throw new ApiError(
          405, "MethodNotAllowed", "Only GET of a selection and its members is served");
    }
    int id = call.id(1);
    Selection selection =
        store.selections().get(id).orElseThrow(() -> ApiError.notFound("SelectionEntity", id));
    if (call.path().size() == 2) {
      return new EntityEndpoint.Outcome(Json.ok(entity(selection, call)), 1);
    }
    if (!call.segment(2).equalsIgnoreCase("Members")) {
      throw new ApiError(
          404, "NotFound", "No resource at /api/v1/" + String.join("/", call.path()));
    }
    List<Person> persons =
        selection.memberPersonIds().stream()
            .map(store.persons()::get)
            .flatMap(Optional::stream)
            .toList();
    ODataPage page =
        ODataPage.of(
            members,
            persons,
            ODataQuery.from(call.http().queryParameters()),
            call.zone(),
            call.apiRoot() + "/Selection/" + id + "/Members",
            call.apiRoot() + "/archive/$metadata",
            skip -> NextLink.query(call.http().rawQuery(), skip));
    return new EntityEndpoint.Outcome(Json.ok(page.body()), page.rows());
  }

  private JsonObject entity(Selection s, ApiCall call) {
    return jakarta.json.Json.createObjectBuilder()
        .add("SelectionId", s.id())
        .add("Name", s.name())
        .add("Description", "")
        .add("Postit", "")
        .add("Associate", refs.associate(s.ownerAssociateId()))
        .add("CreatedBy", refs.associate(s.stamp().createdBy()))
        .add("UpdatedBy", refs.associate(s.stamp().updatedBy()))
        .add("CreatedDate", WireDates.format(WireDates.utc(s.stamp().created())))
        .add("UpdatedDate", WireDates.format(WireDates.utc(s.stamp().updated())))
        .add("UpdatedCount", s.stamp().updatedCount())
        .add("MemberCount", s.memberPersonIds().size())
        .add("SelectionType", "Static")
        .add("CompanyUnique", false)
        .add("TargetTableName", "person")
        .add("MainProviderName", "ContactPersonStaticSelectionV2")
        .add("Completed", true)
        .add("VisibleFor", JsonValue.EMPTY_JSON_ARRAY)
        .add("TableRight", Refs.FULL_RIGHTS)
        .add("FieldProperties", JsonValue.EMPTY_JSON_OBJECT)
        .add("_Links", Refs.links(call, "Selection", s.id()))
        .build();
  }
}
