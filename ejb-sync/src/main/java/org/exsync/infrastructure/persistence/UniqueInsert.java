package org.exsync.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.exsync.domain.DuplicateEntityException;

/**
 * Inserts an entity at once, so that a broken unique constraint surfaces in the repository and can
 * be reported as a {@link DuplicateEntityException} naming the key instead of as a driver error at
 * commit. H2 and PostgreSQL both report the violation with SQLState 23505 and name the constraint
 * in the message.
 */
final class UniqueInsert {

  static final String UNIQUE_VIOLATION = "23505";

  /** A batch reports at most this many of its failed statements' exceptions. */
  private static final int MAX_CHAINED = 100;

  private UniqueInsert() {}

  /**
   * Persists and flushes the entity. On a unique violation the describer receives the database's
   * messages in lower case, which name the broken constraint, and returns the sentence for the
   * exception.
   */
  static void persist(EntityManager em, Object entity, Function<String, String> describer) {
    try {
      em.persist(entity);
      em.flush();
    } catch (PersistenceException e) {
      String violation = uniqueViolation(e);
      if (violation == null) {
        throw e;
      }
      throw new DuplicateEntityException(describer.apply(violation), e);
    }
  }

  /**
   * The messages of the failure's SQL exceptions in lower case if one of them is a unique
   * violation, else null. EclipseLink wraps the driver's exception, and batch writing chains it
   * behind a BatchUpdateException.
   */
  static String uniqueViolation(Throwable failure) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    StringBuilder messages = new StringBuilder();
    boolean unique = false;
    for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
      SQLException next = t instanceof SQLException sql ? sql : null;
      for (int chained = 0; next != null && chained < MAX_CHAINED; chained++) {
        unique |= UNIQUE_VIOLATION.equals(next.getSQLState());
        messages.append(next.getMessage()).append('\n');
        next = next.getNextException();
      }
    }
    return unique ? messages.toString().toLowerCase(Locale.ROOT) : null;
  }
}
