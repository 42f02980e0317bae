package org.exsync.infrastructure.persistence;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.exsync.domain.mailbox.Mailbox;
import org.exsync.domain.mailbox.MailboxRepository;

/** Mailboxes in the Exsync database. */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class JpaMailboxRepository implements MailboxRepository {

  @PersistenceContext(unitName = "exsync")
  private EntityManager em;

  public JpaMailboxRepository() {}

  JpaMailboxRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<Mailbox> findById(long id) {
    return Optional.ofNullable(em.find(Mailbox.class, id));
  }

  @Override
  public Optional<Mailbox> findBySmtpAddress(String smtpAddress) {
    if (smtpAddress == null || smtpAddress.isBlank()) {
      return Optional.empty();
    }
    return em.createNamedQuery("Mailbox.findBySmtpAddress", Mailbox.class)
        .setParameter("smtpAddress", smtpAddress.strip().toLowerCase(Locale.ROOT))
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Mailbox> listAll() {
    return em.createNamedQuery("Mailbox.findAll", Mailbox.class).getResultList();
  }

  @Override
  public void add(Mailbox mailbox) {
    UniqueInsert.persist(
        em,
        mailbox,
        violation -> "A mailbox with SMTP address " + mailbox.getSmtpAddress() + " already exists");
  }
}
