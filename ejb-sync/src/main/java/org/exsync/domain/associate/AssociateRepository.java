package org.exsync.domain.associate;

import java.util.List;
import java.util.Optional;

/** The associates Exsync knows. */
public interface AssociateRepository {

  Optional<Associate> findById(long id);

  Optional<Associate> findByCrmId(int crmId);

  /** Associates whose e-mail address matches, in any case; SuperOffice does not keep it unique. */
  List<Associate> listByEmail(String email);

  /** Every associate, by name. */
  List<Associate> listAll();

  /**
   * Stores a new associate.
   *
   * @throws org.exsync.domain.DuplicateEntityException if one with the same CRM id exists
   */
  void add(Associate associate);
}
