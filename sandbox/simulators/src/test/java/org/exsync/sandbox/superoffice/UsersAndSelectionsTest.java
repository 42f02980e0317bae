package org.exsync.sandbox.superoffice;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.exsync.sandbox.data.SeedSelection;
import org.exsync.sandbox.data.SeedUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UsersAndSelectionsTest {

  private final Tenant tenant = new Tenant();

  @AfterEach
  void close() {
    tenant.close();
  }

  @Test
  void allUsersArchive_listsEveryKindOfAssociate_withTheEmailSuperOfficeHolds() {
    SoClient.Reply reply =
        tenant.client.get(
            tenant.api
                + "/Archive/AllUsers?$select=associateDbId,personEmail,assocType,isActive,userName,fullName");

    List<JsonObject> rows =
        reply.json().getJsonArray("value").stream().map(v -> v.asJsonObject()).toList();
    assertThat(rows).hasSize(tenant.world.users().size() + 2);
    assertThat(rows)
        .extracting(r -> r.getString("assocType"))
        .contains("InternalAssociate", "ResourceAssociate", "SystemAssociate");
    SeedUser odd = tenant.world.users().get(3);
    JsonObject row =
        rows.stream()
            .filter(r -> r.getInt("associateDbId") == odd.associateId())
            .findFirst()
            .orElseThrow();
    assertThat(row.getString("personEmail")).isEqualTo(odd.crmEmail()).isNotEqualTo(odd.email());
  }

  @Test
  void assocTypeFilter_leavesOnlyEmployees_andIsActiveShowsRetirement() {
    SoClient.Reply reply =
        tenant.client.get(
            tenant.api
                + "/User?$select=associateDbId,isActive&$filter=assocType%20eq%20'InternalAssociate'");

    assertThat(reply.json().getJsonArray("value")).hasSize(tenant.world.users().size());
  }

  @Test
  void userById_isTheUserEntityWithItsPerson() {
    SeedUser user = tenant.user(2);

    JsonObject json = tenant.client.get(tenant.api + "/User/" + user.associateId()).json();

    assertThat(json.getString("UserName")).isEqualTo(user.userName());
    assertThat(json.getString("Type")).isEqualTo("InternalAssociate");
    assertThat(json.getJsonObject("Person").getInt("PersonId")).isEqualTo(user.personId());
  }

  @Test
  void selectionAndItsMembers_areServedAsEntityAndArchiveRows() {
    SeedSelection selection = tenant.world.selections().get(0);

    JsonObject entity =
        tenant.client.get(tenant.api + "/Selection/" + selection.selectionId()).json();
    SoClient.Reply members =
        tenant.client.get(
            tenant.api
                + "/Selection/"
                + selection.selectionId()
                + "/Members?$select=personId,fullName");

    assertThat(entity.getString("Name")).isEqualTo(selection.name());
    assertThat(entity.getInt("MemberCount")).isEqualTo(selection.memberPersonIds().size());
    assertThat(
            members.json().getJsonArray("value").stream()
                .map(v -> v.asJsonObject().getInt("personId"))
                .toList())
        .containsExactlyElementsOf(selection.memberPersonIds());
  }

  @Test
  void tenantStatus_tellsTheApiUrl_whichServesTheTenant() {
    SoClient.Reply state =
        tenant.client.sendUnchecked(
            "GET", "/api/state/" + tenant.simulator.contextIdentifier(), null);

    assertThat(state.json().getString("State")).isEqualTo("Running");
    assertThat(state.json().getBoolean("IsRunning")).isTrue();
    String api = state.json().getString("Api");
    String path =
        java.net.URI.create(api).getRawPath() + "/v1/User/" + tenant.user(0).associateId();
    assertThat(tenant.client.get(path).status()).isEqualTo(200);
  }
}
