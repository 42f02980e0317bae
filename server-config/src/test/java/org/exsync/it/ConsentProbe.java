package org.exsync.it;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.exsync.application.invitation.InvitationService;
import org.exsync.application.invitation.InviteReport;
import org.exsync.application.invitation.InviteRequest;
import org.exsync.application.invitation.RegistrationCodes;
import org.exsync.application.token.TokenService;
import org.exsync.domain.associate.Associate;
import org.exsync.domain.associate.AssociateRepository;
import org.exsync.domain.associate.AssociateType;
import org.exsync.domain.grant.Grant;
import org.exsync.domain.grant.GrantKind;
import org.exsync.domain.grant.GrantRepository;
import org.exsync.domain.link.SyncLink;
import org.exsync.domain.link.SyncLinkRepository;
import org.exsync.domain.mailbox.MailboxRepository;
import org.exsync.domain.rank.Rank;
import org.exsync.domain.rank.RankRepository;
import org.exsync.domain.shared.ItemKind;
import org.exsync.engine.port.Outcome;
import org.exsync.infrastructure.crypto.SecretCipher;

/**
 * A test-only window into the deployed application for the end-to-end tests, which drive it from
 * outside like a user: it stands in for the admin pages (create an associate, invite, link) and
 * reports what the database and the token service hold. Deployed only by the integration tests.
 */
@RunAs(AdminDescriptors.ROLE)
@WebServlet("/probe/*")
public class ConsentProbe extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB private InvitationService invitations;
  @EJB private TokenService tokens;
  @EJB private org.exsync.application.invitation.RegistrationPurge purge;
  @Inject private AssociateRepository associates;
  @Inject private GrantRepository grants;
  @Inject private MailboxRepository mailboxes;
  @Inject private SyncLinkRepository links;
  @Inject private RankRepository ranks;
  @Inject private SecretCipher cipher;

  @Resource(lookup = "java:comp/UserTransaction")
  private UserTransaction transaction;

  @Resource(lookup = "jdbc/exsync")
  private DataSource dataSource;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    request.setCharacterEncoding("UTF-8");
    Map<String, String> answer;
    try {
      answer = new Transactions(transaction).inNew(() -> answer(request));
    } catch (Exception e) {
      response.setStatus(500);
      response.getWriter().write("error=" + e);
      return;
    }
    response.setContentType("text/plain; charset=utf-8");
    response
        .getWriter()
        .write(
            answer.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n")));
  }

  private Map<String, String> answer(HttpServletRequest request) throws Exception {
    String op = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
    Map<String, String> out = new LinkedHashMap<>();
    switch (op) {
      case "associate" -> {
        Associate associate =
            new Associate(
                Integer.parseInt(request.getParameter("crmId")),
                request.getParameter("name"),
                "U" + request.getParameter("crmId"),
                request.getParameter("email"),
                AssociateType.EMPLOYEE);
        associates.add(associate);
        out.put("id", String.valueOf(associate.getId()));
      }
      case "invite" -> {
        InviteReport report =
            invitations.invite(
                new InviteRequest(
                    List.of(Long.parseLong(request.getParameter("associateId"))),
                    request.getParameter("language"),
                    "Kari Admin",
                    "Welcome aboard.",
                    Boolean.parseBoolean(request.getParameter("mail"))));
        out.put("invited", String.valueOf(report.invited().size()));
        report.invited().forEach(i -> out.put("invitationId", String.valueOf(i.invitationId())));
        report.skipped().forEach(s -> out.put("skipped", s.reason()));
      }
      case "codes" -> {
        RegistrationCodes codes = invitations.codes(Long.parseLong(request.getParameter("id")));
        out.put("code", codes.code());
        out.put("link", codes.link().toString());
        out.put("codePage", codes.codePage().toString());
      }
      case "invitation" ->
          invitations
              .find(Long.parseLong(request.getParameter("id")))
              .ifPresent(
                  row -> {
                    out.put("status", row.status().name());
                    out.put("failure", row.failureReason().orElse(""));
                    out.put("acceptedUpn", row.acceptedUpn().orElse(""));
                    out.put("locked", String.valueOf(row.lockedUntil().isPresent()));
                  });
      case "grant" -> grant(request.getParameter("upn"), out);
      case "link" -> link(request, out);
      case "token" -> {
        long grantId = Long.parseLong(request.getParameter("grantId"));
        Outcome<String> token =
            Boolean.parseBoolean(request.getParameter("renew"))
                ? tokens.forGrant(grantId).renewed()
                : tokens.forGrant(grantId).current();
        out.put("done", String.valueOf(token.isDone()));
        if (token.isDone()) {
          out.put("token", token.value());
        } else {
          out.put("kind", token.failure().orElseThrow().kind().name());
          out.put("reason", token.failure().orElseThrow().reason());
        }
      }
      case "secrets-in-clear" -> secretsInClear(request.getParameter("upn"), out);
      case "concurrent-renew" -> concurrentRenew(request, out);
      case "purge" -> {
        org.exsync.application.invitation.PurgeReport report =
            purge.deleteRegistration(
                java.util.Arrays.stream(request.getParameter("associateIds").split(","))
                    .map(Long::valueOf)
                    .toList());
        out.put("invitationsRemoved", String.valueOf(report.invitationsRemoved()));
        out.put("grantsRemoved", String.join(",", report.grantsRemoved()));
        out.put("grantsKept", String.join(",", report.grantsKept()));
      }
      default -> out.put("error", "no operation " + op);
    }
    return out;
  }

  private void grant(String upn, Map<String, String> out) {
    List<Grant> found = grants.listByAccountUpn(upn, GrantKind.DELEGATED);
    out.put("count", String.valueOf(found.size()));
    found.stream()
        .findFirst()
        .ifPresent(
            grant -> {
              out.put("id", String.valueOf(grant.getId()));
              out.put("status", grant.getStatus().name());
              out.put("keyId", grant.getSecretKeyId());
              out.put("lastError", grant.getLastError().orElse(""));
              out.put("tenant", grant.getAccount().orElseThrow().getTenantId());
              out.put("objectId", grant.getAccount().orElseThrow().getObjectId());
              out.put("mailbox", grant.getMailbox().getSmtpAddress());
            });
  }

  private void link(HttpServletRequest request, Map<String, String> out) {
    Associate associate =
        associates.findById(Long.parseLong(request.getParameter("associateId"))).orElseThrow();
    SyncLink link =
        links
            .findByAssociate(associate)
            .orElseGet(
                () -> {
                  Rank rank =
                      ranks.findByName("Consent tests").orElseGet(() -> addRank("Consent tests"));
                  SyncLink created =
                      new SyncLink(
                          associate,
                          mailboxes.findBySmtpAddress(request.getParameter("upn")).orElseThrow(),
                          EnumSet.of(ItemKind.DIARY),
                          rank,
                          Instant.now());
                  links.add(created);
                  return created;
                });
    out.put("state", link.getState().name());
    out.put("dueNow", String.valueOf(link.isDueAt(Instant.now().plusSeconds(1))));
    out.put("lastError", link.getSchedule().getLastError().orElse(""));
  }

  private Rank addRank(String name) {
    Rank rank = new Rank(name, 900_000 + (int) (Math.random() * 90_000), Duration.ofMinutes(5), 10);
    ranks.add(rank);
    return rank;
  }

  /**
   * Decrypts the account's refresh token, asks for its access token, and looks for both, in clear,
   * in every text column of the grant and invitation tables and in the server log.
   */
  private void secretsInClear(String upn, Map<String, String> out) throws Exception {
    Grant grant = grants.listByAccountUpn(upn, GrantKind.DELEGATED).get(0);
    String refreshToken = cipher.open(grant.getSecretCiphertext(), grant.getSecretKeyId());
    String accessToken = tokens.forGrant(grant.getId()).current().value();
    out.put("refreshTokenLength", String.valueOf(refreshToken.length()));
    out.put("inDatabase", String.valueOf(inDatabase(refreshToken) || inDatabase(accessToken)));
    Path log = Path.of(System.getProperty("com.sun.aas.instanceRoot"), "logs", "server.log");
    String logText = Files.readString(log);
    out.put("logBytes", String.valueOf(logText.length()));
    out.put(
        "inLog",
        String.valueOf(
            logText.contains(refreshToken)
                || logText.contains(accessToken)
                || logText.contains(accessToken.substring(0, 40))));
  }

  /** Renews one grant's token from several threads at once; how long all of them took. */
  private void concurrentRenew(HttpServletRequest request, Map<String, String> out)
      throws Exception {
    long grantId = Long.parseLong(request.getParameter("grantId"));
    int threads = Integer.parseInt(request.getParameter("threads"));
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(threads);
    try {
      long started = System.nanoTime();
      List<java.util.concurrent.Future<Outcome<String>>> renewals = new java.util.ArrayList<>();
      for (int i = 0; i < threads; i++) {
        renewals.add(pool.submit(() -> tokens.forGrant(grantId).renewed()));
      }
      int done = 0;
      for (var renewal : renewals) {
        done += renewal.get().isDone() ? 1 : 0;
      }
      out.put("elapsedMillis", String.valueOf((System.nanoTime() - started) / 1_000_000));
      out.put("done", String.valueOf(done));
    } finally {
      pool.shutdown();
    }
  }

  private boolean inDatabase(String secret) throws Exception {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      for (String table : List.of("access_grant", "invitation", "app_setting", "mailbox")) {
        try (ResultSet rows = statement.executeQuery("select * from " + table)) {
          int columns = rows.getMetaData().getColumnCount();
          while (rows.next()) {
            for (int c = 1; c <= columns; c++) {
              String value = rows.getString(c);
              if (value != null && value.contains(secret)) {
                return true;
              }
            }
          }
        }
      }
    }
    return false;
  }
}
