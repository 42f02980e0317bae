package org.exsync.sandbox.superoffice;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.exsync.sandbox.data.SeedContact;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PersonAndContactTest {

  private final Tenant tenant = new Tenant();

  @AfterEach
  void close() {
    tenant.close();
  }

  @Test
  void contactGetAndPost_roundTripTheCompanyWithItsPersons() {
    SeedContact seed = tenant.world.itemsOf(tenant.user(0)).contacts().get(0);

    JsonObject company = tenant.client.get(tenant.api + "/Contact/" + seed.companyId()).json();
    SoClient.Reply created =
        tenant.client.send(
            "POST",
            tenant.api + "/Contact",
            "{\"Name\": \"Ny Kunde AS\", \"Address\": {\"Street\": {\"Address1\": \"Kirkegata 1\", \"City\": \"Bergen\", \"Zipcode\": \"5003\"}}}");

    assertThat(company.getString("Name")).isEqualTo(seed.company());
    assertThat(
            company.getJsonArray("Persons").stream().map(p -> p.asJsonObject().getInt("PersonId")))
        .contains(seed.personId());
    assertThat(created.status()).isEqualTo(200);
    int id = created.json().getInt("ContactId");
    assertThat(tenant.simulator.store().companies().get(id).orElseThrow().city())
        .isEqualTo("Bergen");
  }

  @Test
  void personPostAndPatch_keepEmailsAndCompany() {
    SeedContact seed = tenant.world.itemsOf(tenant.user(0)).contacts().get(1);
    String body =
        """
        {"Firstname": "Åse", "Lastname": "Nilsen", "Contact": {"ContactId": %d},
         "Emails": [{"Value": "ase.nilsen@kunde.example"}]}"""
            .formatted(seed.companyId());

    SoClient.Reply created = tenant.client.send("POST", tenant.api + "/Person", body);
    int id = created.json().getInt("PersonId");
    SoClient.Reply patched =
        tenant.client.send(
            "PATCH",
            tenant.api + "/Person/" + id,
            "[{\"op\": \"replace\", \"path\": \"/Title\", \"value\": \"Innkjøper\"}]");

    assertThat(patched.status()).isEqualTo(200);
    assertThat(patched.json().getString("Title")).isEqualTo("Innkjøper");
    assertThat(patched.json().getJsonArray("Emails").getJsonObject(0).getString("Value"))
        .isEqualTo("ase.nilsen@kunde.example");
    assertThat(patched.json().getJsonObject("Contact").getInt("ContactId"))
        .isEqualTo(seed.companyId());
  }
}
