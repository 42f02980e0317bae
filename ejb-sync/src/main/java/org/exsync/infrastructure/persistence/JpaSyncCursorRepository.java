package org.exsync.infrastructure.persistence;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.exsync.domain.mapping.SyncCursor;
import org.exsync.domain.mapping.SyncCursorRepository;
import org.exsync.domain.mapping.SyncPair;

/** Sync cursors in the Exsync database. */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class JpaSyncCursorRepository implements SyncCursorRepository {

  @PersistenceContext(unitName = "exsync")
  private EntityManager em;

  public JpaSyncCursorRepository() {}

  JpaSyncCursorRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<SyncCursor> findByPair(SyncPair pair) {
    return em.createNamedQuery("SyncCursor.findByPair", SyncCursor.class)
        .setParameter("link", pair.linkId())
        .setParameter("kind", pair.kind())
        .setParameter("scope", pair.scope())
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(SyncCursor cursor) {
    UniqueInsert.persist(
        em, cursor, violation -> "A sync cursor for " + cursor.getPair() + " already exists");
  }
}
