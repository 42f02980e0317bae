package org.exsync.sandbox.ews;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.exsync.sandbox.Simulator;
import org.exsync.sandbox.control.Counters;
import org.exsync.sandbox.control.FaultPlan;
import org.exsync.sandbox.data.SandboxWorld;
import org.exsync.sandbox.ews.auth.Authenticator;
import org.exsync.sandbox.ews.auth.ServiceAccount;
import org.exsync.sandbox.ews.schema.EwsSchema;
import org.exsync.sandbox.ews.schema.RequestValidator;
import org.exsync.sandbox.ews.store.MailboxDirectory;
import org.exsync.sandbox.ews.store.Seeder;
import org.exsync.sandbox.ews.throttle.Budgets;
import org.exsync.sandbox.http.SimHandler;

/**
 * Exchange Web Services as Exchange Online (or an on-premises server with service accounts) answers
 * them, over mailboxes seeded from a sandbox world. Mount its handler so that requests reach it at
 * {@code /EWS/Exchange.asmx}.
 */
public final class EwsSimulator implements Simulator {

  private final AtomicReference<EwsSettings> settings;
  private final Map<String, ServiceAccount> accounts = new ConcurrentHashMap<>();
  private final MailboxDirectory mailboxes;
  private final FaultPlan faults = new FaultPlan();
  private final Counters counters = new Counters();
  private final Budgets budgets;
  private final EwsEndpoint endpoint;

  public EwsSimulator(EwsSettings initial) {
    this.settings = new AtomicReference<>(initial);
    initial.serviceAccounts().forEach(this::putAccount);
    this.mailboxes = new MailboxDirectory(initial.clock());
    this.budgets = new Budgets(initial.clock(), () -> settings.get().throttling());
    this.endpoint =
        new EwsEndpoint(
            this,
            new RequestValidator(EwsSchema.get()),
            new Authenticator(initial.verifier(), accounts));
  }

  @Override
  public SimHandler handler() {
    return endpoint;
  }

  @Override
  public FaultPlan faults() {
    return faults;
  }

  @Override
  public Counters counters() {
    return counters;
  }

  @Override
  public void seed(SandboxWorld world) {
    mailboxes.clear();
    Seeder.seed(mailboxes, world);
  }

  @Override
  public void reset() {
    mailboxes.clear();
    faults.clear();
    counters.reset();
    budgets.reset();
  }

  public EwsSettings settings() {
    return settings.get();
  }

  /** Changes settings while running; throttling and latency apply to the next request. */
  public void updateSettings(UnaryOperator<EwsSettings> change) {
    EwsSettings updated = settings.updateAndGet(change);
    accounts.clear();
    updated.serviceAccounts().forEach(this::putAccount);
  }

  /** Grants or revokes a service account's ApplicationImpersonation role. */
  public void setImpersonationRight(String accountName, boolean allowed) {
    updateSettings(
        s ->
            s.withServiceAccounts(
                s.serviceAccounts().stream()
                    .map(
                        a ->
                            a.name().equalsIgnoreCase(accountName)
                                ? a.withImpersonation(allowed)
                                : a)
                    .toList()));
  }

  /** A mailbox as its owner sees it in Outlook, for out-of-band changes in tests. */
  public Optional<OutlookUser> outlook(String smtp) {
    return mailboxes.find(smtp).map(OutlookUser::new);
  }

  /** Adds an empty mailbox, for users the seeded world does not have. */
  public OutlookUser addMailbox(String smtp, String displayName) {
    return new OutlookUser(mailboxes.add(smtp, displayName, java.time.ZoneId.of("UTC")));
  }

  MailboxDirectory mailboxes() {
    return mailboxes;
  }

  Budgets budgets() {
    return budgets;
  }

  private void putAccount(ServiceAccount account) {
    accounts.put(account.name().toLowerCase(Locale.ROOT), account);
  }
}
