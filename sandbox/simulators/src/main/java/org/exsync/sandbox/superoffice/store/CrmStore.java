package org.exsync.sandbox.superoffice.store;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The whole simulated database of one tenant. Every committed change is announced to the listeners
 * (the webhook dispatcher), whether it came over HTTP or from a test acting as a SuperOffice user.
 */
public final class CrmStore {

  private final Clock clock;

  /** Indexed by owner: the sync engine lists appointments one associate at a time. */
  private final Table<Appointment> appointments = Table.indexedBy(Appointment::associateId);

  private final Table<Person> persons = new Table<>();
  private final Table<Company> companies = new Table<>();
  private final Table<Selection> selections = new Table<>();
  private final List<Associate> associates = new CopyOnWriteArrayList<>();
  private final AtomicInteger lastRecurrenceId = new AtomicInteger();
  private final List<Consumer<StoreEvent>> listeners = new CopyOnWriteArrayList<>();
  private volatile ZoneId baseZone = ZoneId.of("Europe/Oslo");

  public CrmStore(Clock clock) {
    this.clock = clock;
  }

  public Instant now() {
    return clock.instant();
  }

  /** The installation's base time zone: diary times are shown in it unless a client asks. */
  public ZoneId baseZone() {
    return baseZone;
  }

  public void baseZone(ZoneId zone) {
    this.baseZone = zone;
  }

  public Table<Appointment> appointments() {
    return appointments;
  }

  public Table<Person> persons() {
    return persons;
  }

  public Table<Company> companies() {
    return companies;
  }

  public Table<Selection> selections() {
    return selections;
  }

  public List<Associate> associates() {
    return List.copyOf(associates);
  }

  public Optional<Associate> associate(int id) {
    return associates.stream().filter(a -> a.id() == id).findFirst();
  }

  public Optional<Associate> associateByUserName(String userName) {
    return associates.stream().filter(a -> a.userName().equalsIgnoreCase(userName)).findFirst();
  }

  /** The associate a person stands behind, if the person is an associate. */
  public Optional<Associate> associateOfPerson(int personId) {
    return associates.stream().filter(a -> a.personId() == personId && personId != 0).findFirst();
  }

  public void addAssociate(Associate associate) {
    associates.add(associate);
  }

  public int nextRecurrenceId() {
    return lastRecurrenceId.incrementAndGet();
  }

  public void onChange(Consumer<StoreEvent> listener) {
    listeners.add(listener);
  }

  /** Announces a committed change. */
  public void publish(StoreEvent event) {
    listeners.forEach(listener -> listener.accept(event));
  }

  /** Forgets every row; listeners stay. */
  public void clear() {
    appointments.clear();
    persons.clear();
    companies.clear();
    selections.clear();
    associates.clear();
    lastRecurrenceId.set(0);
  }
}
