package org.exsync.infrastructure.persistence;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import org.exsync.domain.mapping.ItemEventQuery;
import org.exsync.domain.mapping.ItemEventRepository;
import org.exsync.domain.mapping.SyncItemEvent;
import org.exsync.domain.shared.Utc;

/**
 * Item events in the Exsync database. A search is built from the filters it has, so each one runs
 * on the index it needs (a link's events by time, an item's by either id).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class JpaItemEventRepository implements ItemEventRepository {

  @PersistenceContext(unitName = "exsync")
  private EntityManager em;

  @Override
  public void add(SyncItemEvent event) {
    em.persist(event);
  }

  @Override
  public List<SyncItemEvent> search(ItemEventQuery query, int first, int max) {
    TypedQuery<SyncItemEvent> search =
        em.createQuery(
            "SELECT e FROM SyncItemEvent e"
                + where(query)
                + " ORDER BY e.occurredAt DESC, e.id DESC",
            SyncItemEvent.class);
    bind(search, query);
    return search.setFirstResult(Math.max(0, first)).setMaxResults(max).getResultList();
  }

  @Override
  public long count(ItemEventQuery query) {
    TypedQuery<Long> count =
        em.createQuery("SELECT COUNT(e) FROM SyncItemEvent e" + where(query), Long.class);
    bind(count, query);
    return count.getSingleResult();
  }

  @Override
  public int pruneOfLink(long linkId, Instant before) {
    return em.createNamedQuery("SyncItemEvent.pruneOfLink")
        .setParameter("link", linkId)
        .setParameter("before", Utc.toColumn(before))
        .executeUpdate();
  }

  private static String where(ItemEventQuery query) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    if (query.linkId() != null) {
      where.append(" AND e.pair.linkId = :link");
    }
    if (query.text() != null) {
      where.append(
          " AND (LOWER(e.subject) LIKE :like ESCAPE '\\' OR e.crmId = :text"
              + " OR e.exchangeId = :text)");
    }
    if (query.eventKind() != null) {
      where.append(" AND e.eventKind = :kind");
    }
    return where.toString();
  }

  private static void bind(TypedQuery<?> search, ItemEventQuery query) {
    if (query.linkId() != null) {
      search.setParameter("link", query.linkId());
    }
    if (query.text() != null) {
      search.setParameter("like", "%" + escaped(query.lowerText()) + "%");
      search.setParameter("text", query.text());
    }
    if (query.eventKind() != null) {
      search.setParameter("kind", query.eventKind());
    }
  }

  /** The text with LIKE's wildcards taken literally. */
  private static String escaped(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
