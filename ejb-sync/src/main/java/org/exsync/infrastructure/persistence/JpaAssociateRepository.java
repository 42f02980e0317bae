package org.exsync.infrastructure.persistence;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.exsync.domain.associate.Associate;
import org.exsync.domain.associate.AssociateRepository;

/** Associates in the Exsync database. */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class JpaAssociateRepository implements AssociateRepository {

  @PersistenceContext(unitName = "exsync")
  private EntityManager em;

  public JpaAssociateRepository() {}

  JpaAssociateRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<Associate> findById(long id) {
    return Optional.ofNullable(em.find(Associate.class, id));
  }

  @Override
  public Optional<Associate> findByCrmId(int crmId) {
    return em.createNamedQuery("Associate.findByCrmId", Associate.class)
        .setParameter("crmId", crmId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Associate> listByEmail(String email) {
    if (email == null || email.isBlank()) {
      return List.of();
    }
    return em.createNamedQuery("Associate.findByEmail", Associate.class)
        .setParameter("email", email.strip().toLowerCase(Locale.ROOT))
        .getResultList();
  }

  @Override
  public List<Associate> listAll() {
    return em.createNamedQuery("Associate.findAll", Associate.class).getResultList();
  }

  @Override
  public void add(Associate associate) {
    UniqueInsert.persist(
        em,
        associate,
        violation -> "An associate with CRM id " + associate.getCrmId() + " already exists");
  }
}
