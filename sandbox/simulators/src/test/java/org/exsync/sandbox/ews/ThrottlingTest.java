package org.exsync.sandbox.ews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.core.PropertySet;
import microsoft.exchange.webservices.data.core.enumeration.misc.error.ServiceError;
import microsoft.exchange.webservices.data.core.enumeration.property.WellKnownFolderName;
import microsoft.exchange.webservices.data.core.enumeration.service.ServiceResult;
import microsoft.exchange.webservices.data.core.exception.service.remote.ServiceResponseException;
import microsoft.exchange.webservices.data.core.response.GetItemResponse;
import microsoft.exchange.webservices.data.core.response.ServiceResponseCollection;
import microsoft.exchange.webservices.data.core.service.folder.Folder;
import microsoft.exchange.webservices.data.property.complex.ItemId;
import org.exsync.sandbox.control.Latency;
import org.exsync.sandbox.data.SeedUser;
import org.junit.jupiter.api.Test;

class ThrottlingTest extends SchemaCheckedTest {

  private final SeedUser alice = fixture.user(0);

  @Test
  void exhaustedBudget_isServerBusyWithABackOff_andRecoversAfterIt() throws Exception {
    // 100 ms burst, recharging 100 ms per second: each 40 ms request spends it within three calls.
    fixture.simulator.updateSettings(
        s -> s.withThrottling(s.throttling().withBudget(100, 360_000).withCosts(40, 0, 0)));
    ExchangeService service = fixture.as(alice);

    Throwable busy = null;
    for (int i = 0; i < 10 && busy == null; i++) {
      try {
        Folder.bind(service, WellKnownFolderName.Calendar);
      } catch (Exception e) {
        busy = e;
      }
    }

    assertThat(busy).isNotNull();
    ServiceResponseException cause = Causes.find(busy, ServiceResponseException.class);
    assertThat(cause.getErrorCode()).isEqualTo(ServiceError.ErrorServerBusy);
    long backOff = Long.parseLong(cause.getResponse().getErrorDetails().get("BackOffMilliseconds"));
    assertThat(backOff).isBetween(1L, 500L);
    assertThat(fixture.simulator.counters().get("throttled.ErrorServerBusy")).isEqualTo(1);
    assertThat(fixture.simulator.counters().get("throttled.backOffMillis")).isEqualTo(backOff);
    Thread.sleep(backOff + 20);
    assertThat(Folder.bind(service, WellKnownFolderName.Calendar).getDisplayName())
        .isEqualTo("Calendar");
  }

  @Test
  void oneRequestMoreThanTheConcurrencyCap_isExceededConnectionCount() throws Exception {
    fixture.simulator.updateSettings(
        s ->
            s.withThrottling(s.throttling().withConcurrency(3, 1000))
                .withLatency(new Latency(300, 0, 0)));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Object>> calls = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        ExchangeService service = fixture.as(alice);
        calls.add(
            pool.submit(
                (Callable<Object>) () -> Folder.bind(service, WellKnownFolderName.Calendar)));
      }
      List<ServiceError> errors = new ArrayList<>();
      for (Future<Object> call : calls) {
        try {
          call.get();
        } catch (java.util.concurrent.ExecutionException e) {
          errors.add(Causes.code(e.getCause()));
        }
      }
      assertThat(errors).containsExactly(ServiceError.ErrorExceededConnectionCount);
    } finally {
      pool.shutdownNow();
    }
    assertThat(Folder.bind(fixture.as(fixture.user(1)), WellKnownFolderName.Calendar)).isNotNull();
  }

  @Test
  void moreRequestsThanTheServerTakes_areHttp503WithoutASoapBody() throws Exception {
    fixture.simulator.updateSettings(
        s ->
            s.withThrottling(s.throttling().withConcurrency(27, 1))
                .withLatency(new Latency(300, 0, 0)));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<Object> first =
          pool.submit(() -> Folder.bind(fixture.as(alice), WellKnownFolderName.Calendar));
      Thread.sleep(100);
      ExchangeService second = fixture.as(fixture.user(1));
      assertThatThrownBy(() -> Folder.bind(second, WellKnownFolderName.Calendar))
          .satisfies(e -> assertThat(Causes.httpStatus(e)).isEqualTo(503));
      assertThat(first.get()).isNotNull();
    } finally {
      pool.shutdownNow();
    }
    HttpResponse<String> idle =
        RawEws.soap(
            fixture.url(),
            "Bearer " + TestTokens.delegated(alice.email()),
            "<m:GetFolder><m:FolderShape><t:BaseShape>IdOnly</t:BaseShape></m:FolderShape>"
                + "<m:FolderIds><t:DistinguishedFolderId Id=\"tasks\"/></m:FolderIds></m:GetFolder>");
    assertThat(idle.statusCode()).isEqualTo(200);
  }

  @Test
  void getItemBatchAboveTheItemCap_failsTheItemsPastIt() throws Exception {
    fixture.simulator.updateSettings(s -> s.withThrottling(s.throttling().withItemsPerRequest(4)));
    List<ItemId> ids = new ArrayList<>();
    for (String id :
        fixture.simulator.outlook(alice.email()).orElseThrow().itemIds("calendar").subList(0, 6)) {
      ids.add(new ItemId(id));
    }

    ServiceResponseCollection<GetItemResponse> responses =
        fixture.as(alice).bindToItems(ids, PropertySet.getFirstClassProperties());

    List<ServiceResult> results = new ArrayList<>();
    responses.forEach(r -> results.add(r.getResult()));
    assertThat(results)
        .containsExactly(
            ServiceResult.Success,
            ServiceResult.Success,
            ServiceResult.Success,
            ServiceResult.Success,
            ServiceResult.Error,
            ServiceResult.Error);
    // ews-java-api 2.0's ServiceError lacks ErrorTooManyObjectsOpened: the code reads as null and
    // only the message tells what happened, which a connector must handle.
    assertThat(responses.getResponseAtIndex(4).getErrorCode()).isNull();
    assertThat(responses.getResponseAtIndex(4).getErrorMessage()).contains("too many objects");
  }
}
