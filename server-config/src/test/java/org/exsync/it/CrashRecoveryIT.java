package org.exsync.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.exsync.sandbox.DemoTenant;
import org.exsync.sandbox.control.Latency;
import org.exsync.sandbox.data.SandboxWorld;
import org.exsync.sandbox.data.SeedUser;
import org.exsync.sandbox.data.WorldGenerator;
import org.exsync.sandbox.ews.EwsSettings;
import org.exsync.sandbox.ews.EwsSimulator;
import org.exsync.sandbox.ews.OutlookUser;
import org.exsync.sandbox.http.InProcessServer;
import org.exsync.sandbox.identity.IdentitySimulator;
import org.exsync.sandbox.superoffice.SuperOfficeSimulator;
import org.exsync.sandbox.superoffice.store.Appointment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The server is killed in the middle of a sync and started again: nothing is lost and nothing is
 * made twice. SuperOffice and Exchange are simulated here in the test runner rather than in the
 * server, so what Exsync wrote to them outlives the kill. The user's mailbox holds appointments
 * SuperOffice has never seen; SuperOffice answers slowly, so that the kill ({@code kill -9} of the
 * Payara process, as a power cut or the OOM killer would) falls while they are being written. The
 * domain is then started again with {@code asadmin start-domain}, and the run it had going must be
 * taken up and finished, with every appointment in SuperOffice exactly once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CrashRecoveryIT {

  private static final int MAILBOX_ONLY = 60;
  private static final int KILL_AFTER = 8;
  private static final Duration PATIENCE = Duration.ofMinutes(4);
  private static final SandboxWorld DEMO = WorldGenerator.demo();

  @Deployment(testable = false)
  static EnterpriseArchive exsync() {
    return Deployments.exsyncWithProbe(CrashProbe.class);
  }

  @Test
  void aServerKilledMidRun_finishesTheSyncAfterItsRestart_withoutLossOrDuplicates()
      throws Exception {
    SeedUser user = DEMO.users().get(23);
    Probe probe = new Probe("/exsync-probe/crash/");
    IdentitySimulator identity = new IdentitySimulator();
    EwsSimulator ews =
        new EwsSimulator(
            EwsSettings.defaults(identity)
                .withServiceAccounts(List.of(DemoTenant.serviceAccount())));
    ews.seed(DEMO);
    SuperOfficeSimulator superOffice = new SuperOfficeSimulator();
    superOffice.seed(DEMO);
    // 150 ms a call: the appointments reach SuperOffice one by one over some seconds.
    superOffice.latency(new Latency(150, 0, 0));
    List<String> subjects = mailboxOnlyAppointments(ews.outlook(user.email()).orElseThrow());

    try (InProcessServer exchangeServer = InProcessServer.http(ews.handler());
        InProcessServer crmServer = InProcessServer.http(superOffice.handler())) {
      Map<String, String> seeded =
          probe.call(
              "connect",
              "crm",
              loopback(crmServer) + "/api",
              "ews",
              loopback(exchangeServer) + "/ews/exchange.asmx",
              "authMode",
              "SERVICE_ACCOUNT",
              "serviceAccount",
              DemoTenant.SERVICE_ACCOUNT);
      // Links other tests left would sync against these simulators too, and crowd out the
      // test's link when the restarted server takes up every link at once.
      String others = probe.call("quiet").get("disabled");
      String linkId = null;
      try {
        linkId =
            probe
                .call(
                    "link",
                    "crmId",
                    String.valueOf(user.associateId()),
                    "name",
                    user.fullName(),
                    "user",
                    user.userName(),
                    "email",
                    user.email())
                .get("linkId");
        Function<Integer, Long> inCrm = associate -> countIn(superOffice, associate, subjects);
        await(
            () -> inCrm.apply(user.associateId()) >= KILL_AFTER,
            "the first " + KILL_AFTER + " appointments to reach SuperOffice");
        long beforeKill = inCrm.apply(user.associateId());
        assertThat(beforeKill).as("written when the server is killed").isLessThan(MAILBOX_ONLY);

        killServer();
        startServer();

        String link = linkId;
        await(
            () -> isFinishedAfterRecovery(probe.call("runs", "linkId", link)),
            "a run after the restart to finish");
        Map<Integer, Long> copies = copiesInCrm(superOffice, user.associateId(), subjects);
        assertThat(copies.keySet()).as("mailbox appointments in SuperOffice").hasSize(MAILBOX_ONLY);
        assertThat(copies.values()).as("copies of each").containsOnly(1L);
        Map<String, String> runs = probe.call("runs", "linkId", link);
        assertThat(runs.values())
            .as("the run the kill interrupted, closed when the server came back")
            .anyMatch(run -> run.startsWith("FAILED|true|") && run.contains("bandoned"));
        assertThat(Long.parseLong(runs.get("mappings"))).isGreaterThanOrEqualTo(MAILBOX_ONLY);
      } finally {
        if (linkId != null) {
          probe.call("unlink", "linkId", linkId);
        }
        probe.call("wake", "linkIds", others);
        probe.call(
            "connect",
            "crm",
            seeded.get("crm"),
            "ews",
            seeded.get("ews"),
            "authMode",
            seeded.get("authMode"),
            "serviceAccount",
            seeded.get("serviceAccount"));
      }
    } finally {
      superOffice.close();
    }
  }

  /** Sixty appointments in the next weeks that only the mailbox holds. */
  private static List<String> mailboxOnlyAppointments(OutlookUser outlook) {
    Instant first = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);
    return IntStream.range(0, MAILBOX_ONLY)
        .mapToObj(
            i -> {
              String subject = "Crash test " + TestData.unique() + " #" + i;
              Instant start = first.plus(Duration.ofHours(5L * i));
              outlook.createAppointment(
                  subject, start, start.plus(Duration.ofMinutes(45)), false, "UTC");
              return subject;
            })
        .toList();
  }

  /** How many of the subjects SuperOffice holds for the associate. */
  private static long countIn(SuperOfficeSimulator crm, int associateId, List<String> subjects) {
    return copiesInCrm(crm, associateId, subjects).size();
  }

  /** Per subject SuperOffice holds, by index in the list, how many appointments have it. */
  private static Map<Integer, Long> copiesInCrm(
      SuperOfficeSimulator crm, int associateId, List<String> subjects) {
    return crm.store().appointments().rowsWith(associateId).stream()
        .map(Appointment::title)
        .filter(subjects::contains)
        .collect(Collectors.groupingBy(subjects::indexOf, Collectors.counting()));
  }

  /**
   * Whether the latest run finished after the restart: the interrupted one is closed as abandoned
   * and a later one has run to its end.
   */
  private static boolean isFinishedAfterRecovery(Map<String, String> runs) {
    String latest = runs.getOrDefault("run.0", "");
    boolean abandonedBefore =
        runs.entrySet().stream()
            .filter(e -> e.getKey().startsWith("run.") && !e.getKey().equals("run.0"))
            .anyMatch(e -> e.getValue().contains("bandoned"));
    return abandonedBefore && latest.contains("|true|") && !latest.startsWith("FAILED");
  }

  private static String loopback(InProcessServer server) {
    return "http://127.0.0.1:" + server.baseUri().getPort();
  }

  /** {@code kill -9} of the domain's Java process, and waits until it is gone. */
  private static void killServer() throws Exception {
    long pid = Long.parseLong(Files.readString(domain().resolve("config/pid")).strip());
    ProcessHandle server = ProcessHandle.of(pid).orElseThrow();
    assertThat(run("kill", "-9", String.valueOf(pid))).isZero();
    server.onExit().get(30, TimeUnit.SECONDS);
  }

  /** Starts the killed domain as an operator would, and waits until the probe answers again. */
  private static void startServer() throws IOException, InterruptedException {
    Path asadmin = Path.of("target", "payara6", "bin", "asadmin").toAbsolutePath();
    assertThat(
            run(
                asadmin.toString(),
                "start-domain",
                "--domaindir",
                domain().getParent().toString(),
                domain().getFileName().toString()))
        .as("asadmin start-domain")
        .isZero();
    Probe probe = new Probe("/exsync-probe/crash/");
    await(
        () -> {
          try {
            return probe.answers("alive");
          } catch (UncheckedIOException notYet) {
            return false;
          }
        },
        "the restarted server to serve the application again");
  }

  private static Path domain() {
    return Path.of(System.getProperty("exsync.it.home"), "domains", "exsync");
  }

  private static int run(String... command) throws IOException, InterruptedException {
    // Into a file: output written straight to the test runner's stream corrupts its channel.
    Path log = Path.of("target", "crash-recovery-commands.log");
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError(String.join(" ", command) + " did not end within 5 minutes");
    }
    return process.exitValue();
  }

  private static void await(BooleanSupplier condition, String what) throws InterruptedException {
    Instant deadline = Instant.now().plus(PATIENCE);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("Waited " + PATIENCE + " in vain for " + what);
      }
      Thread.sleep(250);
    }
  }
}
