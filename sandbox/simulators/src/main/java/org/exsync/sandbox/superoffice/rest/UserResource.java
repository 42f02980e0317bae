package org.exsync.sandbox.superoffice.rest;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.exsync.sandbox.superoffice.odata.Archive;
import org.exsync.sandbox.superoffice.odata.ODataPage;
import org.exsync.sandbox.superoffice.odata.ODataQuery;
import org.exsync.sandbox.superoffice.store.Associate;
import org.exsync.sandbox.superoffice.store.CrmStore;

/**
 * {@code /api/v1/User}: the associates as an OData list (the same rows as the {@code AllUsers}
 * archive), and one associate as a {@code User} entity. Read-only here: Exsync never writes users.
 */
public final class UserResource {

  private final CrmStore store;
  private final Refs refs;
  private final Archive<Associate> archive;

  public UserResource(CrmStore store) {
    this.store = store;
    this.refs = new Refs(store);
    this.archive = UserArchive.of(store);
  }

  public EntityEndpoint.Outcome handle(ApiCall call) {
    if (!call.http().method().equals("GET")) {
      throw new ApiError(405, "MethodNotAllowed", call.http().method() + " is not allowed on User");
    }
    if (call.path().size() == 1) {
      ODataPage page = list(call, archive);
      return new EntityEndpoint.Outcome(Json.ok(page.body()), page.rows());
    }
    int id = call.id(1);
    Associate associate = store.associate(id).orElseThrow(() -> ApiError.notFound("User", id));
    return new EntityEndpoint.Outcome(Json.ok(user(associate, call)), 1);
  }

  static ODataPage list(
      ApiCall call, Archive<Associate> archive, java.util.Collection<Associate> rows) {
    return ODataPage.of(
        archive,
        rows,
        ODataQuery.from(call.http().queryParameters()),
        call.zone(),
        call.apiRoot() + "/" + String.join("/", call.path()),
        call.apiRoot() + "/archive/$metadata",
        skip -> NextLink.query(call.http().rawQuery(), skip));
  }

  private ODataPage list(ApiCall call, Archive<Associate> archive) {
    return list(call, archive, store.associates());
  }

  private JsonObject user(Associate a, ApiCall call) {
    return Json.dropNulls(userWithNulls(a, call));
  }

  private JsonObject userWithNulls(Associate a, ApiCall call) {
    return jakarta.json.Json.createObjectBuilder()
        .add("AssociateId", a.id())
        .add("Name", a.userName())
        .add("UserName", a.userName())
        .add("Rank", 0)
        .add("Tooltip", "")
        .add("Type", a.type().name())
        .add("Deleted", a.retired())
        .add("IsPersonRetired", a.retired())
        .add("IsOnTravel", false)
        .add("NickName", a.userName())
        .add("EjUserId", 0)
        .add("WaitingForApproval", false)
        .add("Person", refs.person(a.personId()))
        .add("LicenseOwners", JsonValue.EMPTY_JSON_ARRAY)
        .add("OtherGroups", JsonValue.EMPTY_JSON_ARRAY)
        .add("Credentials", JsonValue.EMPTY_JSON_ARRAY)
        .add("ExtraFields", JsonValue.EMPTY_JSON_OBJECT)
        .add("CustomFields", JsonValue.EMPTY_JSON_OBJECT)
        .add("TableRight", Refs.FULL_RIGHTS)
        .add("FieldProperties", JsonValue.EMPTY_JSON_OBJECT)
        .add("_Links", Refs.links(call, "User", a.id()))
        .build();
  }
}
