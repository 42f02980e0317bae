package org.exsync.infrastructure.persistence;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.exsync.domain.mapping.ConflictSearch;
import org.exsync.domain.mapping.MappingTombstone;
import org.exsync.domain.mapping.SyncAlert;
import org.exsync.domain.mapping.SyncConflict;
import org.exsync.domain.mapping.SyncHistoryRepository;
import org.exsync.domain.mapping.SyncPair;

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
  public List<SyncConflict> searchConflicts(ConflictSearch search, int first, int max) {
    TypedQuery<SyncConflict> query =
        em.createQuery(
            "SELECT c FROM SyncConflict c"
                + where(search)
                + " ORDER BY c.decidedAt DESC, c.id DESC",
            SyncConflict.class);
    bind(query, search);
    return query.setFirstResult(Math.max(0, first)).setMaxResults(max).getResultList();
  }

  @Override
  public long countConflicts(ConflictSearch search) {
    TypedQuery<Long> query =
        em.createQuery("SELECT COUNT(c) FROM SyncConflict c" + where(search), Long.class);
    bind(query, search);
    return query.getSingleResult();
  }

  @Override
  public List<SyncConflict> requestedOverrides(SyncPair pair) {
    return em.createNamedQuery("SyncConflict.requestedOverrides", SyncConflict.class)
        .setParameter("link", pair.linkId())
        .setParameter("kind", pair.kind())
        .setParameter("scope", pair.scope())
        .getResultList();
  }

  private static String where(ConflictSearch search) {
    List<String> terms = new ArrayList<>();
    if (search.linkId() != null) {
      terms.add("c.pair.linkId = :link");
    }
    if (search.kind() != null) {
      terms.add("c.pair.kind = :kind");
    }
    if (search.overridden() != null) {
      terms.add(search.overridden() ? "c.overrideState IS NOT NULL" : "c.overrideState IS NULL");
    }
    return terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms);
  }

  private static void bind(TypedQuery<?> query, ConflictSearch search) {
    if (search.linkId() != null) {
      query.setParameter("link", search.linkId());
    }
    if (search.kind() != null) {
      query.setParameter("kind", search.kind());
    }
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
