package org.exsync.sandbox.superoffice;

import java.security.PublicKey;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.exsync.sandbox.Simulator;
import org.exsync.sandbox.control.Counters;
import org.exsync.sandbox.control.FaultPlan;
import org.exsync.sandbox.control.Latency;
import org.exsync.sandbox.data.SandboxWorld;
import org.exsync.sandbox.http.SimHandler;
import org.exsync.sandbox.superoffice.auth.Authenticator;
import org.exsync.sandbox.superoffice.auth.JwtSigner;
import org.exsync.sandbox.superoffice.auth.PartnerApps;
import org.exsync.sandbox.superoffice.auth.PartnerSystemUserEndpoint;
import org.exsync.sandbox.superoffice.auth.RateLimiter;
import org.exsync.sandbox.superoffice.auth.TenantStatusEndpoint;
import org.exsync.sandbox.superoffice.auth.Tickets;
import org.exsync.sandbox.superoffice.rest.AgentsResource;
import org.exsync.sandbox.superoffice.rest.ApiCall;
import org.exsync.sandbox.superoffice.rest.AppointmentKind;
import org.exsync.sandbox.superoffice.rest.ArchiveResource;
import org.exsync.sandbox.superoffice.rest.ContactKind;
import org.exsync.sandbox.superoffice.rest.EntityEndpoint;
import org.exsync.sandbox.superoffice.rest.PersonKind;
import org.exsync.sandbox.superoffice.rest.SelectionResource;
import org.exsync.sandbox.superoffice.rest.TimeZoneResource;
import org.exsync.sandbox.superoffice.rest.UserResource;
import org.exsync.sandbox.superoffice.store.Appointment;
import org.exsync.sandbox.superoffice.store.CrmSeeder;
import org.exsync.sandbox.superoffice.store.CrmStore;
import org.exsync.sandbox.superoffice.store.Person;
import org.exsync.sandbox.superoffice.webhook.WebhookDispatcher;
import org.exsync.sandbox.superoffice.webhook.WebhookRegistry;
import org.exsync.sandbox.superoffice.webhook.WebhookResource;

/**
 * One simulated SuperOffice Online tenant (which also answers on-site style Basic calls). Tests
 * drive it over HTTP through {@link #handler()}, and steer it through the control methods here: the
 * clock, registered partner applications, changes made "as a SuperOffice user", and the store.
 */
public final class SuperOfficeSimulator implements Simulator, AutoCloseable {

  private final SuperOfficeOptions options;
  private final SettableClock clock = new SettableClock();
  private final CrmStore store = new CrmStore(clock);
  private final FaultPlan faults = new FaultPlan();
  private final Counters counters = new Counters();
  private final Tickets tickets = new Tickets(clock);
  private final PartnerApps apps = new PartnerApps();
  private final JwtSigner signer = new JwtSigner();
  private final RateLimiter rateLimiter;
  private final WebhookRegistry webhooks = new WebhookRegistry();
  private final WebhookDispatcher dispatcher;
  private final UserChanges changes;
  private final ApiRouter router;

  public SuperOfficeSimulator() {
    this(SuperOfficeOptions.defaults());
  }

  public SuperOfficeSimulator(SuperOfficeOptions options) {
    this.options = options;
    tickets.lifetime(options.ticketLifetime());
    rateLimiter = new RateLimiter(clock, options.rateLimitPerSecond());
    dispatcher =
        new WebhookDispatcher(
            webhooks, counters, options.contextIdentifier(), options.webhookRetryDelay());
    store.onChange(dispatcher::accept);
    changes = new UserChanges(store);
    EntityEndpoint<Appointment> appointments =
        new EntityEndpoint<>(new AppointmentKind(store), store);
    EntityEndpoint<Person> persons = new EntityEndpoint<>(new PersonKind(store), store);
    EntityEndpoint<?> contacts = new EntityEndpoint<>(new ContactKind(store), store);
    Map<String, Function<ApiCall, EntityEndpoint.Outcome>> resources =
        Map.of(
            "appointment", appointments::handle,
            "person", persons::handle,
            "contact", contacts::handle,
            "user", new UserResource(store)::handle,
            "archive", new ArchiveResource(store)::handle,
            "selection", new SelectionResource(store)::handle,
            "timezone", new TimeZoneResource(store)::handle,
            "webhook", new WebhookResource(webhooks, clock)::handle,
            "agents", new AgentsResource(store)::handle);
    router =
        new ApiRouter(
            options.contextIdentifier(),
            store,
            new Authenticator(store, tickets),
            rateLimiter,
            new FaultInjector(faults, counters),
            counters,
            new PartnerSystemUserEndpoint(
                apps,
                tickets,
                signer,
                clock,
                options.contextIdentifier(),
                CrmSeeder.SYSTEM_USER_ID),
            new TenantStatusEndpoint(clock, options.contextIdentifier()),
            resources,
            clock,
            options.latency());
  }

  @Override
  public SimHandler handler() {
    return router;
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
    new CrmSeeder(store).seed(world);
  }

  @Override
  public void reset() {
    dispatcher.reset();
    store.clear();
    faults.clear();
    counters.reset();
    rateLimiter.clear();
    tickets.clear();
    webhooks.clear();
  }

  @Override
  public void close() {
    dispatcher.close();
  }

  /** The tenant's context identifier, such as {@code Cust26759}. */
  public String contextIdentifier() {
    return options.contextIdentifier();
  }

  /** The clock every change time, ticket expiry and rate window is read from. */
  public SettableClock clock() {
    return clock;
  }

  /** The stored data, for assertions. */
  public CrmStore store() {
    return store;
  }

  /** The registered webhooks and their delivery records. */
  public WebhookRegistry webhooks() {
    return webhooks;
  }

  /** Waits until queued webhook deliveries are done; false if they are not within the timeout. */
  public boolean awaitWebhooks(Duration timeout) throws InterruptedException {
    return dispatcher.awaitIdle(timeout);
  }

  /**
   * Approves a partner application for this tenant, as an administrator's consent does.
   *
   * @param name the application name, the start of its system user token
   * @param applicationToken the application's client secret
   * @param publicKey the key its signed system user tokens are checked with
   * @return the system user token the application signs
   */
  public String registerApplication(String name, String applicationToken, PublicKey publicKey) {
    return apps.register(name, applicationToken, publicKey);
  }

  /** The key the login service signs its JWTs with. */
  public PublicKey loginSigningKey() {
    return signer.publicKey();
  }

  public void rateLimit(int perSecond) {
    rateLimiter.perSecond(perSecond);
  }

  public void ticketLifetime(Duration lifetime) {
    tickets.lifetime(lifetime);
  }

  public void latency(Latency latency) {
    router.latency(latency);
  }

  public void webhookRetryDelay(Duration delay) {
    dispatcher.retryDelay(delay);
  }

  /** Changes an appointment as a SuperOffice user would: stamps it and announces the change. */
  public Appointment changeAppointment(int id, int associateId, UnaryOperator<Appointment> change) {
    return changes.appointment(id, associateId, change);
  }

  /** Changes a person as a SuperOffice user would. */
  public Person changePerson(int id, int associateId, UnaryOperator<Person> change) {
    return changes.person(id, associateId, change);
  }

  /** Deletes an appointment as a SuperOffice user would. */
  public void deleteAppointment(int id, int associateId) {
    changes.deleteAppointment(id, associateId);
  }
}
