package org.exsync.sandbox.superoffice.rest;

import org.exsync.sandbox.superoffice.odata.Archive;
import org.exsync.sandbox.superoffice.odata.ODataPage;
import org.exsync.sandbox.superoffice.store.Associate;
import org.exsync.sandbox.superoffice.store.CrmStore;

/**
 * {@code GET /api/v1/Archive/{provider}}: the archive providers Exsync uses. Only {@code AllUsers}
 * is simulated; any other provider name is refused the way the Web API refuses an unknown one.
 */
public final class ArchiveResource {

  private final CrmStore store;
  private final Archive<Associate> allUsers;

  public ArchiveResource(CrmStore store) {
    this.store = store;
    this.allUsers = UserArchive.of(store);
  }

  public EntityEndpoint.Outcome handle(ApiCall call) {
    if (!call.http().method().equals("GET") || call.path().size() != 2) {
      throw new ApiError(405, "MethodNotAllowed", "Only GET /api/v1/Archive/{provider} is served");
    }
    String provider = call.segment(1);
    if (!provider.equalsIgnoreCase("AllUsers")) {
      throw ApiError.badRequest("Unknown archive provider '" + provider + "'");
    }
    ODataPage page = UserResource.list(call, allUsers, store.associates());
    return new EntityEndpoint.Outcome(Json.ok(page.body()), page.rows());
  }
}
