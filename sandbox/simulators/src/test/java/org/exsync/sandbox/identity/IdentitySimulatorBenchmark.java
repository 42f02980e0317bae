package org.exsync.sandbox.identity;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Throughput of the in-process token endpoint over HTTPS (client credentials and refresh, 1 and 8
 * client threads) and of {@link IdentitySimulator#verify}. A {@code main}, not a test, so the build
 * does not run it; run it from the IDE or with {@code java} on the module's test class path.
 */
public final class IdentitySimulatorBenchmark {

  private static final long RUN_MILLIS = 3_000;

  public static void main(String[] args) throws Exception {
    try (SandboxTenant tenant = new SandboxTenant()) {
      tenant.simulator.grantAdminConsent(SandboxTenant.CLIENT_ID);
      ConsentFlow flow = new ConsentFlow(tenant.msal());
      String refreshToken =
          flow.consentedRefreshToken(
              tenant.browser(), tenant.user().email(), tenant.user().password());
      HttpClient http =
          HttpClient.newBuilder().sslContext(SandboxTenant.tls().clientContext()).build();
      URI token = URI.create(tenant.authority() + "oauth2/v2.0/token");
      Map<String, String> credentials =
          Map.of(
              "grant_type", "client_credentials",
              "client_id", SandboxTenant.CLIENT_ID,
              "client_secret", SandboxTenant.SECRET,
              "scope", SandboxTenant.APP_ONLY_SCOPE);
      Map<String, String> refresh =
          Map.of(
              "grant_type",
              "refresh_token",
              "client_id",
              SandboxTenant.CLIENT_ID,
              "client_secret",
              SandboxTenant.SECRET,
              "refresh_token",
              refreshToken,
              "scope",
              "openid offline_access " + SandboxTenant.EWS_SCOPE);
      for (int threads : new int[] {1, 8}) {
        report("token client_credentials", threads, () -> post(http, token, credentials));
        report("token refresh_token", threads, () -> post(http, token, refresh));
      }
      String accessToken =
          tenant
              .msal()
              .acquireToken(
                  com.microsoft.aad.msal4j.ClientCredentialParameters.builder(
                          java.util.Set.of(SandboxTenant.APP_ONLY_SCOPE))
                      .build())
              .get()
              .accessToken();
      for (int threads : new int[] {1, 8}) {
        report(
            "verify()",
            threads,
            () -> tenant.simulator.verify(accessToken).roles().contains("full_access_as_app"));
      }
    }
  }

  private static boolean post(HttpClient http, URI uri, Map<String, String> form) throws Exception {
    String body =
        form.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return response.statusCode() == 200;
  }

  private static void report(String name, int threads, Callable<Boolean> call) throws Exception {
    for (int i = 0; i < 200; i++) {
      call.call();
    }
    AtomicLong done = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    long end = System.nanoTime() + RUN_MILLIS * 1_000_000;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> workers =
        IntStream.range(0, threads)
            .mapToObj(
                i ->
                    pool.submit(
                        () -> {
                          while (System.nanoTime() < end) {
                            try {
                              (call.call() ? done : failed).incrementAndGet();
                            } catch (Exception e) {
                              failed.incrementAndGet();
                            }
                          }
                        }))
            .collect(Collectors.toList());
    for (Future<?> worker : workers) {
      worker.get();
    }
    pool.shutdown();
    System.out.printf(
        "%-26s %d thread(s): %8.0f per second (%d failed)%n",
        name, threads, done.get() * 1000.0 / RUN_MILLIS, failed.get());
  }
}
