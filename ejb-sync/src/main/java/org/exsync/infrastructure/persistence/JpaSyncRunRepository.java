package org.exsync.infrastructure.persistence;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.exsync.domain.link.SyncLink;
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
        .setParameter("link", link)
        .setMaxResults(atLeastOne(max))
        .getResultList();
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
        em, run, violation -> "A sync run for link " + run.getLink().getId() + " already exists");
  }

  private static int atLeastOne(int max) {
    if (max < 1) {
      throw new IllegalArgumentException("max must be at least 1, got " + max);
    }
    return max;
  }
}
