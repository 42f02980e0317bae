package org.exsync.infrastructure.persistence;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.exsync.domain.mapping.ItemMapping;
import org.exsync.domain.mapping.ItemMappingRepository;
import org.exsync.domain.mapping.SyncPair;

/** Item mappings in the Exsync database. */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class JpaItemMappingRepository implements ItemMappingRepository {

  @PersistenceContext(unitName = "exsync")
  private EntityManager em;

  public JpaItemMappingRepository() {}

  JpaItemMappingRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public List<ItemMapping> listByPair(SyncPair pair) {
    return ofPair("ItemMapping.listByPair", pair).getResultList();
  }

  @Override
  public Optional<ItemMapping> findByCrmId(SyncPair pair, String crmId) {
    return ofPair("ItemMapping.findByCrmId", pair)
        .setParameter("crmId", crmId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public long countByLink(long linkId) {
    return em.createNamedQuery("ItemMapping.countByLink", Long.class)
        .setParameter("link", linkId)
        .getSingleResult();
  }

  @Override
  public void add(ItemMapping mapping) {
    UniqueInsert.persist(
        em, mapping, violation -> mapping.getPair() + " already maps CRM id " + mapping.getCrmId());
  }

  @Override
  public void remove(ItemMapping mapping) {
    em.remove(mapping);
  }

  @Override
  public int removeByLink(long linkId) {
    return em.createNamedQuery("ItemMapping.deleteByLink")
        .setParameter("link", linkId)
        .executeUpdate();
  }

  private TypedQuery<ItemMapping> ofPair(String query, SyncPair pair) {
    return em.createNamedQuery(query, ItemMapping.class)
        .setParameter("link", pair.linkId())
        .setParameter("kind", pair.kind())
        .setParameter("scope", pair.scope());
  }
}
