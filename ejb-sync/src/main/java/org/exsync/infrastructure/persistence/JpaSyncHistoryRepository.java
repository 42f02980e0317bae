package org.exsync.infrastructure.persistence;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.exsync.domain.mapping.MappingTombstone;
import org.exsync.domain.mapping.SyncAlert;
import org.exsync.domain.mapping.SyncConflict;
import org.exsync.domain.mapping.SyncHistoryRepository;

/** Conflicts, tombstones and alerts in the Exsync database. */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class JpaSyncHistoryRepository implements SyncHistoryRepository {

  @PersistenceContext(unitName = "exsync")
  private EntityManager em;

  @Override
  public void add(SyncConflict conflict) {
    em.persist(conflict);
  }

  @Override
  public void add(MappingTombstone tombstone) {
    em.persist(tombstone);
  }

  @Override
  public void add(SyncAlert alert) {
    em.persist(alert);
  }

  @Override
  public Optional<SyncConflict> findConflict(long id) {
    return Optional.ofNullable(em.find(SyncConflict.class, id));
  }

  @Override
  public List<SyncConflict> recentConflicts(Long linkId, int max) {
    TypedQuery<SyncConflict> query =
        linkId == null
            ? em.createNamedQuery("SyncConflict.recent", SyncConflict.class)
            : em.createNamedQuery("SyncConflict.recentOfLink", SyncConflict.class)
                .setParameter("link", linkId);
    return query.setMaxResults(max).getResultList();
  }

  @Override
  public List<MappingTombstone> recentTombstones(long linkId, int max) {
    return em.createNamedQuery("MappingTombstone.recentOfLink", MappingTombstone.class)
        .setParameter("link", linkId)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public List<SyncAlert> openAlerts() {
    return em.createNamedQuery("SyncAlert.open", SyncAlert.class).getResultList();
  }

  @Override
  public Optional<SyncAlert> findAlert(long id) {
    return Optional.ofNullable(em.find(SyncAlert.class, id));
  }
}
