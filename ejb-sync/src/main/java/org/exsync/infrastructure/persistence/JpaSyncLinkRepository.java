package org.exsync.infrastructure.persistence;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.exsync.domain.associate.Associate;
import org.exsync.domain.link.SyncLink;
import org.exsync.domain.link.SyncLinkRepository;
import org.exsync.domain.mailbox.Mailbox;
import org.exsync.domain.rank.Rank;
import org.exsync.domain.shared.Utc;

/**
 * Sync links in the Exsync database. Removing a link relies on the schema's ON DELETE CASCADE to
 * take its item mappings, cursors and runs along.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class JpaSyncLinkRepository implements SyncLinkRepository {

  @PersistenceContext(unitName = "exsync")
  private EntityManager em;

  public JpaSyncLinkRepository() {}

  JpaSyncLinkRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<SyncLink> findById(long id) {
    return Optional.ofNullable(em.find(SyncLink.class, id));
  }

  @Override
  public Optional<SyncLink> findByAssociate(Associate associate) {
    return em.createNamedQuery("SyncLink.findByAssociate", SyncLink.class)
        .setParameter("associate", associate)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<SyncLink> listByMailbox(Mailbox mailbox) {
    return em.createNamedQuery("SyncLink.findByMailbox", SyncLink.class)
        .setParameter("mailbox", mailbox)
        .getResultList();
  }

  @Override
  public List<SyncLink> listAll() {
    return em.createNamedQuery("SyncLink.findAll", SyncLink.class).getResultList();
  }

  @Override
  public List<SyncLink> listDue(Rank rank, Instant now, int max) {
    if (max < 1) {
      throw new IllegalArgumentException("max must be at least 1, got " + max);
    }
    return em.createNamedQuery("SyncLink.findDue", SyncLink.class)
        .setParameter("rank", rank)
        .setParameter("now", Utc.toColumn(now))
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public void add(SyncLink link) {
    UniqueInsert.persist(
        em,
        link,
        violation ->
            "A sync link for associate "
                + link.getAssociate().getCrmId()
                + " ("
                + link.getAssociate().getName()
                + ") already exists; an associate has one link");
  }

  @Override
  public void remove(SyncLink link) {
    em.remove(em.contains(link) ? link : em.merge(link));
    em.flush();
  }
}
