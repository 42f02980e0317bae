package org.exsync.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.PersistenceException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.exsync.domain.DuplicateEntityException;
import org.junit.jupiter.api.Test;

class UniqueInsertTest {

  private static PersistenceException eclipseLinkStyle(SQLException sql) {
    return new PersistenceException(
        "Exception [EclipseLink-4002]", new RuntimeException("DatabaseException", sql));
  }

  @Test
  void persist_flushesSoTheEntityIsInsertedAtOnce() {
    FakeEntityManager em = new FakeEntityManager();
    Object entity = new Object();

    UniqueInsert.persist(em.proxy(), entity, violation -> "unused");

    assertThat(em.persisted).containsExactly(entity);
  }

  @Test
  void persist_turnsUniqueViolationIntoDuplicateEntityException() {
    SQLException sql =
        new SQLException(
            "Unique index or primary key violation: \"PUBLIC.UQ_ASSOCIATE_CRM_ID_INDEX_A\"",
            "23505");
    FakeEntityManager em = new FakeEntityManager().failingFlushWith(eclipseLinkStyle(sql));

    assertThatThrownBy(
            () ->
                UniqueInsert.persist(
                    em.proxy(),
                    new Object(),
                    violation ->
                        violation.contains("uq_associate_crm_id") ? "crm id taken" : "other"))
        .isInstanceOf(DuplicateEntityException.class)
        .hasMessage("crm id taken")
        .hasRootCauseInstanceOf(SQLException.class);
  }

  @Test
  void persist_findsUniqueViolationChainedBehindABatchFailure() {
    BatchUpdateException batch =
        new BatchUpdateException("Batch entry 0 was aborted", "25P02", new int[0]);
    batch.setNextException(
        new SQLException(
            "ERROR: duplicate key value violates unique constraint \"uq_item_mapping_exchange\"",
            "23505"));
    FakeEntityManager em = new FakeEntityManager().failingFlushWith(eclipseLinkStyle(batch));

    assertThatThrownBy(
            () ->
                UniqueInsert.persist(
                    em.proxy(),
                    new Object(),
                    violation ->
                        violation.contains("uq_item_mapping_exchange") ? "exchange" : "crm"))
        .isInstanceOf(DuplicateEntityException.class)
        .hasMessage("exchange");
  }

  @Test
  void persist_rethrowsOtherFailuresUnchanged() {
    PersistenceException foreignKey =
        eclipseLinkStyle(new SQLException("violates foreign key constraint", "23503"));
    FakeEntityManager em = new FakeEntityManager().failingFlushWith(foreignKey);

    assertThatThrownBy(() -> UniqueInsert.persist(em.proxy(), new Object(), violation -> "dup"))
        .isSameAs(foreignKey);
  }

  @Test
  void uniqueViolation_isNullWithoutSqlException() {
    assertThat(UniqueInsert.uniqueViolation(new PersistenceException("no database involved")))
        .isNull();
  }
}
