package org.exsync.sandbox.superoffice.rest;

import org.exsync.sandbox.superoffice.odata.Archive;
import org.exsync.sandbox.superoffice.odata.Column;
import org.exsync.sandbox.superoffice.odata.ColumnType;
import org.exsync.sandbox.superoffice.store.Associate;
import org.exsync.sandbox.superoffice.store.CrmSeeder;
import org.exsync.sandbox.superoffice.store.CrmStore;

/**
 * The columns of the {@code AllUsers} archive provider that Exsync reads: the associate id, its
 * type, whether it is active, its names and the e-mail address SuperOffice holds for its person.
 */
final class UserArchive {

  private UserArchive() {}

  static Archive<Associate> of(CrmStore store) {
    return new Archive<Associate>("associate", Associate::id)
        .column(new Column<>("associateDbId", ColumnType.INT, (a, z) -> a.id()))
        .column(new Column<>("userName", ColumnType.STRING, (a, z) -> a.userName()))
        .column(new Column<>("fullName", ColumnType.STRING, (a, z) -> a.fullName()))
        .column(new Column<>("personEmail", ColumnType.STRING, (a, z) -> a.email()))
        .column(new Column<>("assocType", ColumnType.STRING, (a, z) -> a.type().name()))
        .column(new Column<>("isActive", ColumnType.BOOL, (a, z) -> !a.retired()))
        .extra(new Column<>("assocName", ColumnType.STRING, (a, z) -> a.userName()))
        .extra(new Column<>("firstName", ColumnType.STRING, (a, z) -> a.firstName()))
        .extra(new Column<>("lastName", ColumnType.STRING, (a, z) -> a.lastName()))
        .extra(new Column<>("personId", ColumnType.INT, (a, z) -> a.personId()))
        .extra(
            new Column<>(
                "contactId",
                ColumnType.INT,
                (a, z) -> a.personId() == 0 ? 0 : CrmSeeder.OWN_COMPANY_ID))
        .extra(
            new Column<>(
                "contactName",
                ColumnType.STRING,
                (a, z) ->
                    store
                        .companies()
                        .get(CrmSeeder.OWN_COMPANY_ID)
                        .map(org.exsync.sandbox.superoffice.store.Company::name)
                        .orElse("")));
  }
}
