package org.exsync.infrastructure.persistence;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.exsync.domain.rank.Rank;
import org.exsync.domain.rank.RankRepository;

/** Ranks in the Exsync database. */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class JpaRankRepository implements RankRepository {

  @PersistenceContext(unitName = "exsync")
  private EntityManager em;

  public JpaRankRepository() {}

  JpaRankRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<Rank> findById(long id) {
    return Optional.ofNullable(em.find(Rank.class, id));
  }

  @Override
  public Optional<Rank> findByName(String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    return em.createNamedQuery("Rank.findByName", Rank.class)
        .setParameter("name", name.strip())
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Rank> findDefault() {
    return em.createQuery(
            "SELECT r FROM Rank r WHERE r.defaultRank = TRUE ORDER BY r.position", Rank.class)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Rank> listAll() {
    return em.createNamedQuery("Rank.findAll", Rank.class).getResultList();
  }

  @Override
  public void add(Rank rank) {
    UniqueInsert.persist(
        em,
        rank,
        violation ->
            violation.contains("uq_sync_rank_position")
                ? "A rank at position " + rank.getPosition() + " already exists"
                : "A rank named '" + rank.getName() + "' already exists");
  }

  @Override
  public void remove(Rank rank) {
    em.remove(em.contains(rank) ? rank : em.merge(rank));
    em.flush();
  }
}
