package org.exsync.infrastructure.persistence;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.exsync.domain.link.LinkScheduleRepository;
import org.exsync.domain.link.LinkState;
import org.exsync.domain.link.SyncLink;
import org.exsync.domain.rank.Rank;
import org.exsync.domain.run.RunOutcome;
import org.exsync.domain.shared.Utc;

/** The scheduler's questions about sync links, in the Exsync database. */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class JpaLinkScheduleRepository implements LinkScheduleRepository {

  /** The condition of {@code SyncLink.findDue}: free (or left by a dead lease holder) and due. */
  private static final String DUE =
      " l.enabled = TRUE AND l.schedule.nextRunAt <= :now"
          + " AND (l.schedule.state IN (org.exsync.domain.link.LinkState.IDLE,"
          + " org.exsync.domain.link.LinkState.FAILED)"
          + " OR (l.schedule.state = org.exsync.domain.link.LinkState.RUNNING"
          + " AND l.schedule.leaseUntil <= :now))";

  /** Running under a lease of an earlier start of this server that has not run out. */
  private static final String EARLIER_START =
      " l.schedule.state = org.exsync.domain.link.LinkState.RUNNING"
          + " AND SUBSTRING(l.schedule.leaseOwner, 1, :length) = :lineage"
          + " AND l.schedule.leaseOwner <> :current AND l.schedule.leaseUntil > :now";

  @PersistenceContext(unitName = "exsync")
  private EntityManager em;

  @Override
  public List<SyncLink> listDueRequested(Rank rank, Instant now, int max) {
    return em.createQuery(
            "SELECT l FROM SyncLink l WHERE l.rank = :rank AND"
                + DUE
                + " AND (l.schedule.runRequested = TRUE"
                + " OR l.schedule.changesPendingSince IS NOT NULL)"
                + " ORDER BY COALESCE(l.schedule.lastRunAt, :never), l.schedule.nextRunAt, l.id",
            SyncLink.class)
        .setParameter("rank", rank)
        .setParameter("now", Utc.toColumn(now))
        .setParameter("never", Utc.toColumn(Instant.EPOCH))
        .setMaxResults(Math.max(1, max))
        .getResultList();
  }

  @Override
  public List<SyncLink> listDueLongestWaiting(Rank rank, Instant now, int max) {
    return em.createQuery(
            "SELECT l FROM SyncLink l WHERE l.rank = :rank AND"
                + DUE
                + " ORDER BY COALESCE(l.schedule.lastRunAt, :never), l.schedule.nextRunAt, l.id",
            SyncLink.class)
        .setParameter("rank", rank)
        .setParameter("now", Utc.toColumn(now))
        .setParameter("never", Utc.toColumn(Instant.EPOCH))
        .setMaxResults(Math.max(1, max))
        .getResultList();
  }

  @Override
  public List<SyncLink> lockAll(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT l FROM SyncLink l WHERE l.id IN :ids ORDER BY l.id", SyncLink.class)
        .setParameter("ids", List.copyOf(ids))
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .setHint("eclipselink.refresh", "true")
        .getResultList();
  }

  @Override
  public List<SyncLink> listByRank(Rank rank) {
    return em.createQuery(
            "SELECT l FROM SyncLink l WHERE l.rank = :rank ORDER BY l.id", SyncLink.class)
        .setParameter("rank", rank)
        .getResultList();
  }

  @Override
  public long countByRank(Rank rank) {
    return em.createQuery("SELECT COUNT(l) FROM SyncLink l WHERE l.rank = :rank", Long.class)
        .setParameter("rank", rank)
        .getSingleResult();
  }

  @Override
  public Map<LinkState, Long> countByState(Rank rank) {
    Map<LinkState, Long> counts = new EnumMap<>(LinkState.class);
    for (LinkState state : LinkState.values()) {
      counts.put(state, 0L);
    }
    em.createQuery(
            "SELECT l.schedule.state, COUNT(l) FROM SyncLink l WHERE l.rank = :rank"
                + " GROUP BY l.schedule.state",
            Object[].class)
        .setParameter("rank", rank)
        .getResultList()
        .forEach(row -> counts.put((LinkState) row[0], ((Number) row[1]).longValue()));
    return counts;
  }

  @Override
  public long countDue(Rank rank, Instant now) {
    return em.createQuery(
            "SELECT COUNT(l) FROM SyncLink l WHERE l.rank = :rank AND" + DUE, Long.class)
        .setParameter("rank", rank)
        .setParameter("now", Utc.toColumn(now))
        .getSingleResult();
  }

  @Override
  public long countRunsSince(Rank rank, RunOutcome outcome, Instant since) {
    return em.createQuery(
            "SELECT COUNT(r) FROM SyncRun r, SyncLink l WHERE l.id = r.linkId AND l.rank = :rank"
                + " AND r.outcome = :outcome AND r.startedAt >= :since",
            Long.class)
        .setParameter("rank", rank)
        .setParameter("outcome", outcome)
        .setParameter("since", Utc.toColumn(since))
        .getSingleResult();
  }

  @Override
  public int renewLeases(Collection<Long> ids, String owner, Instant until) {
    if (ids.isEmpty()) {
      return 0;
    }
    // A bulk update leaves the version alone: a lease kept alive is no edit another admin made.
    return em.createQuery(
            "UPDATE SyncLink l SET l.schedule.leaseUntil = :until WHERE l.id IN :ids"
                + " AND l.schedule.leaseOwner = :owner"
                + " AND l.schedule.state = org.exsync.domain.link.LinkState.RUNNING")
        .setParameter("until", Utc.toColumn(until))
        .setParameter("ids", List.copyOf(ids))
        .setParameter("owner", owner)
        .executeUpdate();
  }

  @Override
  public Map<Long, Integer> endLeasesOfEarlierStarts(
      String lineage, String currentOwner, Instant now) {
    Map<Long, Integer> byRank = new TreeMap<>();
    em.createQuery(
            "SELECT l.rank.id, COUNT(l) FROM SyncLink l WHERE"
                + EARLIER_START
                + " GROUP BY l.rank.id",
            Object[].class)
        .setParameter("now", Utc.toColumn(now))
        .setParameter("length", lineage.length())
        .setParameter("lineage", lineage)
        .setParameter("current", currentOwner)
        .getResultList()
        .forEach(row -> byRank.put((Long) row[0], ((Number) row[1]).intValue()));
    if (!byRank.isEmpty()) {
      // A bulk update, so that no admin editing one of these links meets a changed version.
      em.createQuery("UPDATE SyncLink l SET l.schedule.leaseUntil = :now WHERE" + EARLIER_START)
          .setParameter("now", Utc.toColumn(now))
          .setParameter("length", lineage.length())
          .setParameter("lineage", lineage)
          .setParameter("current", currentOwner)
          .executeUpdate();
    }
    return byRank;
  }

  @Override
  public Optional<SyncLink> findByAssociateCrmId(int crmId) {
    return em.createQuery(
            "SELECT l FROM SyncLink l WHERE l.associate.crmId = :crmId", SyncLink.class)
        .setParameter("crmId", crmId)
        .getResultStream()
        .findFirst();
  }
}
