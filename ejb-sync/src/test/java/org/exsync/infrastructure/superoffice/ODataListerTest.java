package org.exsync.infrastructure.superoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exsync.infrastructure.superoffice.SuperOfficeFixture.YEAR;
import static org.exsync.infrastructure.superoffice.SuperOfficeFixture.done;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.exsync.engine.item.CanonicalItem;
import org.exsync.engine.port.CrmScope;
import org.exsync.infrastructure.superoffice.http.ApiLocator;
import org.exsync.infrastructure.superoffice.http.ClientRateLimiter;
import org.exsync.infrastructure.superoffice.http.FixedAuthorization;
import org.exsync.infrastructure.superoffice.http.HttpTransport;
import org.exsync.infrastructure.superoffice.http.WebApiClient;
import org.exsync.sandbox.data.SeedUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A scope of a few hundred items is listed in one page, and a list longer than a page is read whole
 * by following {@code odata.nextLink}. The requests are counted by the simulator.
 */
class ODataListerTest {

  private static final int ITEMS = 250;

  private final SuperOfficeFixture so = new SuperOfficeFixture();
  private final SeedUser owner = so.user(1);
  private final CrmScope diary = CrmScope.diary(owner.associateId(), YEAR);
  private final HttpTransport transport =
      new HttpTransport(Duration.ofSeconds(5), Duration.ofSeconds(20));

  @BeforeEach
  void fillTheDiary() {
    List<CanonicalItem> items = new ArrayList<>();
    for (int n = 0; n < ITEMS; n++) {
      items.add(
          DiaryLifecycleTest.meeting(
              "Møte " + n, LocalDateTime.of(2026, 4, 1, 8, 0).plusHours(n * 5L), 45));
    }
    assertThat(done(so.gateway.create(diary, items)).failedCount()).isZero();
  }

  @AfterEach
  void close() {
    transport.close();
    so.close();
  }

  private ODataLister lister(int page) {
    SuperOfficeSettings settings = so.onSite(owner);
    WebApiClient api =
        new WebApiClient(
            transport,
            new ApiLocator(settings.endpoint(), transport, so.simulator.clock()),
            FixedAuthorization.basic((SuperOfficeCredentials.Basic) settings.credentials()),
            new ClientRateLimiter(1000),
            Duration.ofSeconds(5));
    return new ODataLister(api, page);
  }

  private List<JsonObject> diaryRows(ODataLister lister) {
    return done(
        lister.all(
            "Appointment",
            "appointmentId,updatedDate",
            "associateId eq " + owner.associateId(),
            "appointmentId"));
  }

  @Test
  void aScopeOfAFewHundredItems_isListedInOnePage() {
    long mark = so.requests();
    var ids = done(so.gateway.presentIds(diary));

    assertThat(ids).hasSizeGreaterThan(ITEMS);
    assertThat(so.requests() - mark).as("list pages").isEqualTo(1);
  }

  @Test
  void aListLongerThanAPage_isReadWholeByFollowingTheNextLinks() {
    List<JsonObject> whole = diaryRows(lister(ODataLister.PAGE));

    long mark = so.requests();
    List<JsonObject> paged = diaryRows(lister(100));

    assertThat(whole).hasSizeGreaterThan(ITEMS);
    assertThat(paged).isEqualTo(whole);
    assertThat(so.requests() - mark).isEqualTo((whole.size() + 99) / 100);
  }
}
