package org.exsync.infrastructure.persistence;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.exsync.domain.associate.Associate;
import org.exsync.domain.invitation.Invitation;
import org.exsync.domain.invitation.InvitationRepository;
import org.exsync.domain.shared.Utc;

/** Invitations in the Exsync database. */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class JpaInvitationRepository implements InvitationRepository {

  @PersistenceContext(unitName = "exsync")
  private EntityManager em;

  public JpaInvitationRepository() {}

  JpaInvitationRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<Invitation> findById(long id) {
    return Optional.ofNullable(em.find(Invitation.class, id));
  }

  @Override
  public Optional<Invitation> lockById(long id) {
    return Optional.ofNullable(em.find(Invitation.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public Optional<Invitation> findByLinkToken(String linkToken) {
    if (linkToken == null || linkToken.isBlank()) {
      return Optional.empty();
    }
    return em.createNamedQuery("Invitation.findByLinkToken", Invitation.class)
        .setParameter("linkToken", linkToken.strip())
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Invitation> findByCode(String code) {
    if (code == null || code.isBlank()) {
      return Optional.empty();
    }
    return em.createNamedQuery("Invitation.findByCode", Invitation.class)
        .setParameter("code", code.strip().toUpperCase(Locale.ROOT))
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Invitation> listByEmail(String email) {
    if (email == null || email.isBlank()) {
      return List.of();
    }
    return em.createNamedQuery("Invitation.findByEmail", Invitation.class)
        .setParameter("email", email.strip().toLowerCase(Locale.ROOT))
        .getResultList();
  }

  @Override
  public List<Invitation> listMailDueAt(Instant now, int max) {
    return em.createNamedQuery("Invitation.findMailDue", Invitation.class)
        .setParameter("now", Utc.toColumn(now))
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public void remove(Invitation invitation) {
    em.remove(em.contains(invitation) ? invitation : em.merge(invitation));
    em.flush();
  }

  @Override
  public List<Invitation> listByAssociate(Associate associate) {
    return em.createNamedQuery("Invitation.findByAssociate", Invitation.class)
        .setParameter("associate", associate)
        .getResultList();
  }

  @Override
  public List<Invitation> listOpenExpiredAt(Instant now) {
    return em.createNamedQuery("Invitation.findOpenExpiredAt", Invitation.class)
        .setParameter("now", Utc.toColumn(now))
        .getResultList();
  }

  @Override
  public void add(Invitation invitation) {
    UniqueInsert.persist(em, invitation, violation -> describe(invitation, violation));
  }

  /** Says which credential is taken without repeating it: both are secrets. */
  private static String describe(Invitation invitation, String violation) {
    String key = violation.contains("uq_invitation_code") ? "code" : "link token";
    return "An invitation with the "
        + key
        + " generated for "
        + invitation.getEmail()
        + " already exists; generate a new "
        + key;
  }
}
