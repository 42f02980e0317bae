package org.exsync.domain.rank;

import java.util.List;
import java.util.Optional;

/** The ranks links are grouped in. */
public interface RankRepository {

  Optional<Rank> findById(long id);

  Optional<Rank> findByName(String name);

  /** The rank new links go to; the schema's migration makes one. */
  Optional<Rank> findDefault();

  /** Every rank, by position. */
  List<Rank> listAll();

  /**
   * Stores a new rank.
   *
   * @throws org.exsync.domain.DuplicateEntityException if its name or position is taken
   */
  void add(Rank rank);

  /** Deletes a rank that no link uses any more. */
  void remove(Rank rank);
}
