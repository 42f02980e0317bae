package org.exsync.infrastructure.persistence;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.exsync.domain.link.SyncLink;
import org.exsync.domain.run.LinkRunTimes;
import org.exsync.domain.run.LinkThrottling;
import org.exsync.domain.run.RunHour;
import org.exsync.domain.run.RunOutcome;
import org.exsync.domain.run.SyncRun;
import org.exsync.domain.run.SyncRunRepository;
import org.exsync.domain.shared.Utc;

/** Sync run history in the Exsync database. */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class JpaSyncRunRepository implements SyncRunRepository {

  @PersistenceContext(unitName = "exsync")
  private EntityManager em;

  public JpaSyncRunRepository() {}

  JpaSyncRunRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<SyncRun> findById(long id) {
    return Optional.ofNullable(em.find(SyncRun.class, id));
  }

  @Override
  public List<SyncRun> listByLink(SyncLink link, int max) {
    return em.createNamedQuery("SyncRun.findByLink", SyncRun.class)
        .setParameter("linkId", link.getId())
        .setMaxResults(atLeastOne(max))
        .getResultList();
  }

  @Override
  public List<SyncRun> listByLink(long linkId, int first, int max) {
    if (first < 0) {
      throw new IllegalArgumentException("first must be 0 or more, got " + first);
    }
    return em.createNamedQuery("SyncRun.findByLinkId", SyncRun.class)
        .setParameter("linkId", linkId)
        .setFirstResult(first)
        .setMaxResults(atLeastOne(max))
        .getResultList();
  }

  @Override
  public long countByLink(long linkId) {
    return em.createNamedQuery("SyncRun.countByLinkId", Long.class)
        .setParameter("linkId", linkId)
        .getSingleResult();
  }

  @Override
  public List<RunHour> figuresByHour(Instant sinceHour) {
    return em
        .createNamedQuery("SyncRun.figuresByHour", Object[].class)
        .setParameter("since", Utc.toColumn(sinceHour))
        .setParameter("throttled", RunOutcome.THROTTLED)
        .getResultList()
        .stream()
        .map(
            row ->
                new RunHour(
                    Utc.fromColumn((LocalDateTime) row[0]),
                    number(row[1]),
                    number(row[2]),
                    number(row[3])))
        .toList();
  }

  @Override
  public List<LinkRunTimes> slowestLinks(Instant since, int max) {
    return em
        .createNamedQuery("SyncRun.slowestLinks", Object[].class)
        .setParameter("since", Utc.toColumn(since))
        .setMaxResults(atLeastOne(max))
        .getResultList()
        .stream()
        .map(
            row ->
                new LinkRunTimes(
                    number(row[0]),
                    (String) row[1],
                    (String) row[2],
                    number(row[3]),
                    Duration.ofMillis(Math.round(((Number) row[4]).doubleValue())),
                    Duration.ofMillis(number(row[5]))))
        .toList();
  }

  @Override
  public List<LinkThrottling> mostThrottledLinks(Instant since, int max) {
    return em
        .createNamedQuery("SyncRun.mostThrottledLinks", Object[].class)
        .setParameter("since", Utc.toColumn(since))
        .setParameter("throttled", RunOutcome.THROTTLED)
        .setMaxResults(atLeastOne(max))
        .getResultList()
        .stream()
        .map(
            row ->
                new LinkThrottling(
                    number(row[0]),
                    (String) row[1],
                    (String) row[2],
                    number(row[3]),
                    Duration.ofMillis(row[4] == null ? 0 : number(row[4])),
                    Utc.fromColumn((LocalDateTime) row[5])))
        .toList();
  }

  @Override
  public List<SyncRun> listRecent(int max) {
    return em.createNamedQuery("SyncRun.findRecent", SyncRun.class)
        .setMaxResults(atLeastOne(max))
        .getResultList();
  }

  @Override
  public List<SyncRun> listRunningStartedBefore(Instant before) {
    return em.createNamedQuery("SyncRun.findByOutcomeStartedBefore", SyncRun.class)
        .setParameter("outcome", RunOutcome.RUNNING)
        .setParameter("before", Utc.toColumn(before))
        .getResultList();
  }

  @Override
  public void add(SyncRun run) {
    UniqueInsert.persist(
        em, run, violation -> "A sync run for link " + run.getLinkId() + " already exists");
  }

  /** Counts and sums come back as Long, Integer or BigDecimal, depending on the database. */
  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  private static int atLeastOne(int max) {
    if (max < 1) {
      throw new IllegalArgumentException("max must be at least 1, got " + max);
    }
    return max;
  }
}
