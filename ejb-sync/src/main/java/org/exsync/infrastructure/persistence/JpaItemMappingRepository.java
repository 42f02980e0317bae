package org.exsync.infrastructure.persistence;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.exsync.domain.link.SyncLink;
import org.exsync.domain.mapping.ItemMapping;
import org.exsync.domain.mapping.ItemMappingRepository;
import org.exsync.domain.mapping.MappingState;
import org.exsync.domain.shared.ItemKind;

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
  public Optional<ItemMapping> findById(long id) {
    return Optional.ofNullable(em.find(ItemMapping.class, id));
  }

  @Override
  public Optional<ItemMapping> findByCrmId(SyncLink link, ItemKind kind, int crmId) {
    return em.createNamedQuery("ItemMapping.findByCrmId", ItemMapping.class)
        .setParameter("link", link)
        .setParameter("kind", kind)
        .setParameter("crmId", crmId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<ItemMapping> findByExchangeId(SyncLink link, ItemKind kind, String exchangeId) {
    return em.createNamedQuery("ItemMapping.findByExchangeId", ItemMapping.class)
        .setParameter("link", link)
        .setParameter("kind", kind)
        .setParameter("exchangeId", exchangeId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<ItemMapping> listByLinkAndKind(SyncLink link, ItemKind kind) {
    return em.createNamedQuery("ItemMapping.findByLinkAndKind", ItemMapping.class)
        .setParameter("link", link)
        .setParameter("kind", kind)
        .getResultList();
  }

  @Override
  public long countByLinkKindAndState(SyncLink link, ItemKind kind, MappingState state) {
    return em.createNamedQuery("ItemMapping.countByLinkKindAndState", Long.class)
        .setParameter("link", link)
        .setParameter("kind", kind)
        .setParameter("state", state)
        .getSingleResult();
  }

  @Override
  public void add(ItemMapping mapping) {
    UniqueInsert.persist(em, mapping, violation -> describe(mapping, violation));
  }

  private static String describe(ItemMapping mapping, String violation) {
    String key =
        violation.contains("uq_item_mapping_exchange")
            ? "Exchange id " + mapping.getExchangeId()
            : "CRM id " + mapping.getCrmId();
    return "An item mapping for link "
        + mapping.getLink().getId()
        + ", "
        + mapping.getKind()
        + ", "
        + key
        + " already exists";
  }
}
