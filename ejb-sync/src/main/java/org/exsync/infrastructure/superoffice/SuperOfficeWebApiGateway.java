package org.exsync.infrastructure.superoffice;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import org.exsync.domain.shared.ItemKind;
import org.exsync.engine.item.CanonicalItem;
import org.exsync.engine.item.ContactItem;
import org.exsync.engine.item.SourceItem;
import org.exsync.engine.item.TaskItem;
import org.exsync.engine.port.CrmAssociate;
import org.exsync.engine.port.CrmChanges;
import org.exsync.engine.port.CrmGateway;
import org.exsync.engine.port.CrmScan;
import org.exsync.engine.port.CrmScope;
import org.exsync.engine.port.CrmSelection;
import org.exsync.engine.port.Failure;
import org.exsync.engine.port.ItemRef;
import org.exsync.engine.port.ItemResults;
import org.exsync.engine.port.ItemUpdate;
import org.exsync.engine.port.Outcome;
import org.exsync.engine.port.WriteReceipt;
import org.exsync.infrastructure.superoffice.http.ApiLocator;
import org.exsync.infrastructure.superoffice.http.Authorization;
import org.exsync.infrastructure.superoffice.http.ClientRateLimiter;
import org.exsync.infrastructure.superoffice.http.FixedAuthorization;
import org.exsync.infrastructure.superoffice.http.HttpTransport;
import org.exsync.infrastructure.superoffice.http.SystemUserAuthorization;
import org.exsync.infrastructure.superoffice.http.WebApiClient;
import org.exsync.infrastructure.superoffice.wire.PersonJson;
import org.exsync.infrastructure.superoffice.wire.TaskJson;

/**
 * The {@link CrmGateway} over SuperOffice's Web API (REST v1, {@code Swagger-v1-REST.json}), one
 * per tenant and shared by all threads. The Web API has no batch write, so a batch is a request per
 * item, each with its own outcome; lists are read in pages. Every failure crosses the port as a
 * typed outcome, an unexpected exception of the adapter's own included.
 */
public final class SuperOfficeWebApiGateway implements CrmGateway, AutoCloseable {

  private static final System.Logger LOG =
      System.getLogger(SuperOfficeWebApiGateway.class.getName());

  private final HttpTransport transport;
  private final WebApiClient api;
  private final Directory directory;
  private final Appointments appointments;
  private final Persons persons;

  public SuperOfficeWebApiGateway(SuperOfficeSettings settings) {
    this(settings, Clock.systemUTC());
  }

  public SuperOfficeWebApiGateway(SuperOfficeSettings settings, Clock clock) {
    this.transport = new HttpTransport(settings.connectTimeout(), settings.readTimeout());
    ApiLocator locator = new ApiLocator(settings.endpoint(), transport, clock);
    this.api =
        new WebApiClient(
            transport,
            locator,
            authorization(settings, transport, clock),
            new ClientRateLimiter(settings.callsPerSecond()),
            settings.longestWait());
    ODataLister lister = new ODataLister(api);
    Items items = new Items(api);
    this.directory = new Directory(api, lister, settings.baseZone());
    this.appointments =
        new Appointments(
            items, new Series(items, lister), lister, new AppointmentBatch(api, items));
    this.persons = new Persons(items, lister);
  }

  private static Authorization authorization(
      SuperOfficeSettings settings, HttpTransport transport, Clock clock) {
    if (settings.credentials() instanceof SuperOfficeCredentials.SystemUser systemUser) {
      SuperOfficeEndpoint.Online online = (SuperOfficeEndpoint.Online) settings.endpoint();
      return new SystemUserAuthorization(
          transport, ApiLocator.loginOf(online), online.contextIdentifier(), systemUser, clock);
    }
    if (settings.credentials() instanceof SuperOfficeCredentials.Basic basic) {
      return FixedAuthorization.basic(basic);
    }
    return FixedAuthorization.ticket((SuperOfficeCredentials.Ticket) settings.credentials());
  }

  /** Requests sent so far, retries included: for benchmarks and the admin's statistics. */
  public long requests() {
    return api.requests();
  }

  @Override
  public Outcome<List<CrmAssociate>> associates() {
    return guarded("list associates", directory::associates);
  }

  @Override
  public Outcome<ZoneId> baseZone() {
    return guarded("read the base time zone", directory::baseZone);
  }

  @Override
  public Outcome<List<CrmSelection>> selections() {
    return guarded("list selections", directory::selections);
  }

  @Override
  public Outcome<CrmChanges> changes(CrmScope scope, Instant since) {
    return changes(scope, since, SyncedVersions.none());
  }

  /** Items listed at the version synced last are left out without a read of their own. */
  @Override
  public Outcome<CrmChanges> changes(CrmScope scope, Instant since, Map<String, String> synced) {
    return changes(scope, since, SyncedVersions.of(synced));
  }

  private Outcome<CrmChanges> changes(CrmScope scope, Instant since, SyncedVersions synced) {
    return guarded(
        "list changes",
        () ->
            scope.kind() == ItemKind.CONTACT
                ? persons.changes(scope, since, synced)
                : baseZone().then(base -> appointments.changes(scope, since, base, synced)));
  }

  /** One list of the scope with each row's stamp gives both. */
  @Override
  public Outcome<CrmScan> scan(CrmScope scope, Instant since, Map<String, String> synced) {
    SyncedVersions versions = SyncedVersions.of(synced);
    return guarded(
        "list changes and item ids",
        () ->
            scope.kind() == ItemKind.CONTACT
                ? persons.scan(scope, since, versions)
                : baseZone().then(base -> appointments.scan(scope, since, base, versions)));
  }

  @Override
  public Outcome<Set<String>> presentIds(CrmScope scope) {
    return guarded(
        "list item ids",
        () ->
            scope.kind() == ItemKind.CONTACT
                ? persons.presentIds(scope)
                : baseZone().then(base -> appointments.presentIds(scope, base)));
  }

  @Override
  public Outcome<ItemResults<SourceItem>> read(ItemKind kind, List<String> ids) {
    return each(
        ids,
        id ->
            kind == ItemKind.CONTACT
                ? persons.read(id)
                : baseZone().then(base -> appointments.read(id, base)));
  }

  /** A task's reminder the way a to-do can hold it; everything else as it is. */
  @Override
  public CanonicalItem asHeld(CanonicalItem item) {
    if (item instanceof TaskItem task) {
      return TaskJson.held(task);
    }
    return item instanceof ContactItem contact ? PersonJson.held(contact) : item;
  }

  @Override
  public Outcome<ItemResults<WriteReceipt>> create(CrmScope scope, List<CanonicalItem> items) {
    return each(
        items,
        item -> {
          if (item.kind() != scope.kind()) {
            return Outcome.failed(
                Failure.rejected(
                    "A " + item.kind() + " item cannot be made in a " + scope.kind() + " scope"));
          }
          return item instanceof ContactItem contact
              ? persons.create(scope.associateId(), contact)
              : baseZone().then(base -> appointments.create(scope.associateId(), item, base));
        });
  }

  @Override
  public Outcome<ItemResults<WriteReceipt>> update(ItemKind kind, List<ItemUpdate> updates) {
    return each(
        updates,
        update ->
            kind == ItemKind.CONTACT
                ? persons.update(update)
                : baseZone().then(base -> appointments.update(update, base)));
  }

  /**
   * An item of an associate's diary, to-dos or own persons is written as that associate's without a
   * read of its owner first; a selection's members are read for theirs.
   */
  @Override
  public Outcome<ItemResults<WriteReceipt>> update(CrmScope scope, List<ItemUpdate> updates) {
    OptionalInt owner =
        scope.selectionId() == null ? OptionalInt.of(scope.associateId()) : OptionalInt.empty();
    return each(
        updates,
        update ->
            scope.kind() == ItemKind.CONTACT
                ? persons.update(update, owner)
                : baseZone().then(base -> appointments.update(update, base, owner)));
  }

  @Override
  public Outcome<ItemResults<String>> delete(ItemKind kind, List<ItemRef> items) {
    return each(
        items,
        ref ->
            kind == ItemKind.CONTACT
                ? persons.delete(ref)
                : baseZone().then(base -> appointments.delete(ref, base)));
  }

  @Override
  public void close() {
    transport.close();
  }

  private static <T, R> Outcome<ItemResults<R>> each(List<T> inputs, Function<T, Outcome<R>> call) {
    List<Outcome<R>> outcomes = new ArrayList<>(inputs.size());
    for (T input : inputs) {
      outcomes.add(guarded("write an item", () -> call.apply(input)));
    }
    return Outcome.done(new ItemResults<>(outcomes));
  }

  /** A bug of the adapter still crosses the port as a typed outcome, and is logged once. */
  private static <T> Outcome<T> guarded(String what, java.util.function.Supplier<Outcome<T>> call) {
    try {
      return call.get();
    } catch (IllegalArgumentException e) {
      return Outcome.failed(Failure.rejected("Could not " + what + ": " + e.getMessage()));
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.ERROR, "SuperOffice adapter failed to " + what, e);
      return Outcome.failed(
          Failure.transientFailure(
              "Could not " + what + " in SuperOffice: " + e.getClass().getSimpleName()));
    }
  }
}
