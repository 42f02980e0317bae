package org.exsync.infrastructure.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.exsync.domain.shared.ItemKind;
import org.exsync.engine.port.AccessTokens;
import org.exsync.engine.port.ExchangeMailbox;
import org.exsync.engine.port.Failure;
import org.exsync.engine.port.FailureKind;
import org.exsync.engine.port.FolderRef;
import org.exsync.engine.port.MailboxAccess;
import org.exsync.engine.port.Outcome;
import org.exsync.sandbox.data.SeedUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The three ways into a mailbox, and what happens when the way in stops working. */
class MailboxAuthenticationTest {

  private final SandboxExchange sandbox = new SandboxExchange();
  private final SeedUser user = sandbox.user(1);

  @AfterEach
  void close() {
    sandbox.close();
  }

  @Test
  void delegatedToken_opensTheUsersOwnMailbox() throws Exception {
    try (ExchangeMailbox mailbox = sandbox.open(sandbox.delegated(user), EwsOptions.DEFAULTS)) {
      FolderRef calendar = mailbox.defaultFolder(ItemKind.DIARY).value();

      assertThat(mailbox.create(calendar, List.of(Items.meeting("Eget"))).value().get(0).isDone())
          .isTrue();
    }
    assertThat(sandbox.outlook(user).itemIds("calendar")).hasSize(1);
  }

  @Test
  void delegatedTokenOfOneUser_isDeniedAnotherUsersMailbox_withTheFix() throws Exception {
    MailboxAccess own = sandbox.delegated(user);
    MailboxAccess someoneElse =
        new MailboxAccess(sandbox.user(2).email(), sandbox.ewsUrl(), own.auth());

    try (ExchangeMailbox mailbox = sandbox.open(someoneElse, EwsOptions.DEFAULTS)) {
      Failure denied = mailbox.defaultFolder(ItemKind.TASK).failure().orElseThrow();

      assertThat(denied.kind()).isEqualTo(FailureKind.DENIED);
      assertThat(denied.fix()).contains(sandbox.user(2).email(), "the user who owns it");
    }
  }

  @Test
  void appOnlyToken_impersonatesTheMailbox_andNamesItAsAnchor() {
    try (ExchangeMailbox mailbox = sandbox.open(sandbox.appOnly(user), EwsOptions.DEFAULTS)) {
      assertThat(mailbox.defaultFolder(ItemKind.CONTACT).isDone()).isTrue();
    }
    assertThat(sandbox.count("anchorMailbox.present")).isPositive();
    assertThat(sandbox.count("anchorMailbox.mismatch")).isZero();
  }

  @Test
  void serviceAccountWithImpersonation_opensTheMailboxOverBasic() {
    MailboxAccess access = sandbox.serviceAccount(user, SandboxExchange.IMPERSONATOR, true);
    try (ExchangeMailbox mailbox = sandbox.open(access, EwsOptions.DEFAULTS)) {
      FolderRef tasks = mailbox.defaultFolder(ItemKind.TASK).value();
      assertThat(
              mailbox
                  .create(tasks, List.of(Items.task("Via tjenestekonto")))
                  .value()
                  .get(0)
                  .isDone())
          .isTrue();
    }
    assertThat(sandbox.outlook(user).itemIds("tasks")).hasSize(1);
  }

  @Test
  void serviceAccountWithFullAccess_opensTheMailboxByDelegation() {
    MailboxAccess access = sandbox.serviceAccount(user, SandboxExchange.DELEGATE, false);
    try (ExchangeMailbox mailbox = sandbox.open(access, EwsOptions.DEFAULTS)) {
      FolderRef contacts = mailbox.defaultFolder(ItemKind.CONTACT).value();
      assertThat(
              mailbox
                  .create(contacts, List.of(Items.contact("Dele", "Gert")))
                  .value()
                  .get(0)
                  .isDone())
          .isTrue();
      assertThat(mailbox.changes(contacts, null).value().changed()).hasSize(1);
    }
    assertThat(sandbox.outlook(user).itemIds("contacts")).hasSize(1);
  }

  @Test
  void serviceAccountWithoutImpersonationRights_isDenied_withTheRoleToGrant() {
    MailboxAccess access = sandbox.serviceAccount(user, SandboxExchange.POWERLESS, true);
    try (ExchangeMailbox mailbox = sandbox.open(access, EwsOptions.DEFAULTS)) {
      Failure denied = mailbox.defaultFolder(ItemKind.DIARY).failure().orElseThrow();

      assertThat(denied.kind()).isEqualTo(FailureKind.DENIED);
      assertThat(denied.reason()).contains("ErrorImpersonateUserDenied");
      assertThat(denied.fix())
          .contains(
              "ApplicationImpersonation",
              SandboxExchange.POWERLESS,
              "New-ManagementRoleAssignment");
    }
  }

  @Test
  void serviceAccountWithoutFullAccess_isDenied_withThePermissionToAdd() {
    MailboxAccess access = sandbox.serviceAccount(user, SandboxExchange.POWERLESS, false);
    try (ExchangeMailbox mailbox = sandbox.open(access, EwsOptions.DEFAULTS)) {
      Failure denied = mailbox.defaultFolder(ItemKind.DIARY).failure().orElseThrow();

      assertThat(denied.kind()).isEqualTo(FailureKind.DENIED);
      assertThat(denied.fix()).contains("Add-MailboxPermission", user.email(), "FullAccess");
    }
  }

  @Test
  void impersonationRevokedDuringASession_isDeniedFromThenOn() {
    MailboxAccess access = sandbox.serviceAccount(user, SandboxExchange.IMPERSONATOR, true);
    try (ExchangeMailbox mailbox = sandbox.open(access, EwsOptions.DEFAULTS)) {
      FolderRef calendar = mailbox.defaultFolder(ItemKind.DIARY).value();
      sandbox.ews.setImpersonationRight(SandboxExchange.IMPERSONATOR, false);

      Failure denied = mailbox.changes(calendar, null).failure().orElseThrow();

      assertThat(denied.kind()).isEqualTo(FailureKind.DENIED);
    }
  }

  @Test
  void aMailboxExchangeDoesNotHave_isDenied_withTheAddressToCorrect() {
    MailboxAccess nobody =
        new MailboxAccess(
            "nobody@northwind.example", sandbox.ewsUrl(), sandbox.appOnly(user).auth());
    try (ExchangeMailbox mailbox = sandbox.open(nobody, EwsOptions.DEFAULTS)) {
      Failure denied = mailbox.defaultFolder(ItemKind.DIARY).failure().orElseThrow();

      assertThat(denied.kind()).isEqualTo(FailureKind.DENIED);
      assertThat(denied.reason()).contains("nobody@northwind.example");
    }
  }

  @Test
  void wrongServiceAccountPassword_needsReauthentication() {
    MailboxAccess access =
        new MailboxAccess(
            user.email(),
            sandbox.ewsUrl(),
            new org.exsync.engine.port.ExchangeAuth.ServiceAccount(
                SandboxExchange.IMPERSONATOR, "wrong", "", true));
    try (ExchangeMailbox mailbox = sandbox.open(access, EwsOptions.DEFAULTS)) {
      Failure failure = mailbox.defaultFolder(ItemKind.DIARY).failure().orElseThrow();

      assertThat(failure.kind()).isEqualTo(FailureKind.NEEDS_REAUTHENTICATION);
      assertThat(failure.toString()).doesNotContain("wrong");
    }
  }

  @Test
  void a401_isAnsweredWithExactlyOneRenewedToken_andTheRequestSucceeds() {
    MsalTokens real = MsalTokens.appOnly(sandbox.msal());
    Scripted tokens = new Scripted("tampered." + real.current().value(), real);

    try (ExchangeMailbox mailbox =
        sandbox.open(sandbox.appOnly(user, tokens), EwsOptions.DEFAULTS)) {
      assertThat(mailbox.defaultFolder(ItemKind.DIARY).isDone()).isTrue();
    }
    assertThat(tokens.renewals.get()).isEqualTo(1);
    assertThat(sandbox.count("auth.failed")).isEqualTo(1);
  }

  @Test
  void a401AfterRenewal_needsReauthentication_andIsNotTriedAgain() {
    Scripted tokens = new Scripted("tampered", new Fixed(Outcome.done("also-tampered")));

    try (ExchangeMailbox mailbox =
        sandbox.open(sandbox.appOnly(user, tokens), EwsOptions.DEFAULTS)) {
      Failure failure = mailbox.defaultFolder(ItemKind.DIARY).failure().orElseThrow();

      assertThat(failure.kind()).isEqualTo(FailureKind.NEEDS_REAUTHENTICATION);
      assertThat(failure.reason()).doesNotContain("tampered");
    }
    assertThat(tokens.renewals.get()).isEqualTo(1);
    assertThat(sandbox.count("auth.failed")).isEqualTo(2);
  }

  @Test
  void aGrantTheIdentityPlatformRefuses_needsReauthentication_withoutAskingExchange() {
    Failure revoked = Failure.needsReauthentication("AADSTS50173: the grant was revoked");
    Fixed tokens = new Fixed(Outcome.failed(revoked));

    try (ExchangeMailbox mailbox =
        sandbox.open(sandbox.appOnly(user, tokens), EwsOptions.DEFAULTS)) {
      assertThat(mailbox.defaultFolder(ItemKind.DIARY).failure()).contains(revoked);
    }
    assertThat(sandbox.count("requests")).isZero();
  }

  /** Gives one token first, then whatever the renewing source gives. */
  private static final class Scripted implements AccessTokens {
    private final String first;
    private final AccessTokens renewing;
    private final AtomicInteger renewals = new AtomicInteger();
    private volatile boolean renewed;

    Scripted(String first, AccessTokens renewing) {
      this.first = first;
      this.renewing = renewing;
    }

    @Override
    public Outcome<String> current() {
      return renewed ? renewing.current() : Outcome.done(first);
    }

    @Override
    public Outcome<String> renewed() {
      renewals.incrementAndGet();
      renewed = true;
      return renewing.renewed();
    }
  }

  private record Fixed(Outcome<String> answer) implements AccessTokens {
    @Override
    public Outcome<String> current() {
      return answer;
    }

    @Override
    public Outcome<String> renewed() {
      return answer;
    }
  }
}
