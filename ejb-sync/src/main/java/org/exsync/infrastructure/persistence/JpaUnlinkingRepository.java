package org.exsync.infrastructure.persistence;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.exsync.domain.link.Unlinking;
import org.exsync.domain.link.UnlinkingRepository;

/** Unlinking records in the Exsync database. */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class JpaUnlinkingRepository implements UnlinkingRepository {

  @PersistenceContext(unitName = "exsync")
  private EntityManager em;

  @Override
  public void add(Unlinking unlinking) {
    em.persist(unlinking);
  }

  @Override
  public List<Unlinking> listPendingRemovals() {
    return em.createNamedQuery("Unlinking.findPendingRemovals", Unlinking.class).getResultList();
  }

  @Override
  public List<Unlinking> listByLinkId(long linkId) {
    return em.createNamedQuery("Unlinking.findByLinkId", Unlinking.class)
        .setParameter("linkId", linkId)
        .getResultList();
  }
}
