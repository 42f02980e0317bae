package org.exsync.infrastructure.persistence;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.exsync.domain.grant.Grant;
import org.exsync.domain.grant.GrantKind;
import org.exsync.domain.grant.GrantRepository;
import org.exsync.domain.grant.GrantStatus;
import org.exsync.domain.mailbox.Mailbox;

/** Grants in the Exsync database. */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class JpaGrantRepository implements GrantRepository {

  @PersistenceContext(unitName = "exsync")
  private EntityManager em;

  public JpaGrantRepository() {}

  JpaGrantRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<Grant> findById(long id) {
    return Optional.ofNullable(em.find(Grant.class, id));
  }

  @Override
  public Optional<Grant> lockById(long id) {
    return Optional.ofNullable(em.find(Grant.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public List<Grant> listByAccountUpn(String upn, GrantKind kind) {
    if (upn == null || upn.isBlank()) {
      return List.of();
    }
    return em.createNamedQuery("Grant.findByAccountUpn", Grant.class)
        .setParameter("upn", upn.strip().toLowerCase(Locale.ROOT))
        .setParameter("kind", kind)
        .getResultList();
  }

  @Override
  public List<Grant> listByMailbox(Mailbox mailbox) {
    return em.createNamedQuery("Grant.findByMailbox", Grant.class)
        .setParameter("mailbox", mailbox)
        .getResultList();
  }

  @Override
  public List<Grant> listByStatus(GrantStatus status) {
    return em.createNamedQuery("Grant.findByStatus", Grant.class)
        .setParameter("status", status)
        .getResultList();
  }

  @Override
  public void add(Grant grant) {
    UniqueInsert.persist(
        em,
        grant,
        violation ->
            "A "
                + grant.getKind()
                + " grant with id "
                + grant.getId()
                + " for "
                + grant.getMailbox().getSmtpAddress()
                + " already exists");
  }

  @Override
  public void remove(Grant grant) {
    em.remove(em.contains(grant) ? grant : em.merge(grant));
    em.flush();
  }
}
