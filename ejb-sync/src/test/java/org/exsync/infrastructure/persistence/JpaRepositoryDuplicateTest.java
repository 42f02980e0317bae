package org.exsync.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.exsync.domain.Fixtures.NOW;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.Duration;
import org.exsync.domain.DuplicateEntityException;
import org.exsync.domain.Fixtures;
import org.exsync.domain.invitation.Invitation;
import org.exsync.domain.mapping.ItemMapping;
import org.exsync.domain.mapping.ItemOrigin;
import org.exsync.domain.mapping.SyncPair;
import org.exsync.domain.rank.Rank;
import org.exsync.domain.shared.ItemKind;
import org.junit.jupiter.api.Test;

/** The messages repositories give when the database reports a broken unique constraint. */
class JpaRepositoryDuplicateTest {

  private static FakeEntityManager violating(String constraint) {
    return new FakeEntityManager()
        .failingFlushWith(
            new PersistenceException(
                new SQLException(
                    "duplicate key value violates unique constraint \"" + constraint + "\"",
                    "23505")));
  }

  private ItemMapping mapping() {
    return new ItemMapping(
        new SyncPair(12, ItemKind.DIARY, "default"),
        "77",
        new ItemMapping.Sides("v1", "v1:aa", "AAMkAD1", "CQ", "v1:bb", "{}"),
        NOW,
        ItemOrigin.CRM);
  }

  @Test
  void itemMapping_namesThePairAndTheDuplicateCrmId() {
    var repository = new JpaItemMappingRepository(violating("uq_item_mapping_crm").proxy());

    assertThatThrownBy(() -> repository.add(mapping()))
        .isInstanceOf(DuplicateEntityException.class)
        .hasMessage("link 12 DIARY/default already maps CRM id 77");
  }

  @Test
  void rank_namesNameOrPosition() {
    Rank rank = new Rank("Gold", 2, Duration.ofMinutes(1), 20);

    assertThatThrownBy(
            () -> new JpaRankRepository(violating("uq_sync_rank_position").proxy()).add(rank))
        .hasMessage("A rank at position 2 already exists");
    assertThatThrownBy(
            () -> new JpaRankRepository(violating("uq_sync_rank_name").proxy()).add(rank))
        .hasMessage("A rank named 'Gold' already exists");
  }

  @Test
  void invitation_namesTheCredentialWithoutRepeatingIt() {
    Invitation invitation =
        new Invitation(
            Fixtures.associate(),
            "ann@example.com",
            "q3vJ8kLm-_Zx0PwR7tYuI2oA5sDfGhJk9LzXcVbNm1E",
            "K7PX3M9Q",
            "en",
            NOW,
            NOW.plus(Duration.ofDays(7)));
    var repository = new JpaInvitationRepository(violating("uq_invitation_code").proxy());

    assertThatThrownBy(() -> repository.add(invitation))
        .isInstanceOf(DuplicateEntityException.class)
        .hasMessageContaining("code generated for ann@example.com")
        .message()
        .doesNotContain("K7PX3M9Q");
  }

  @Test
  void associate_namesTheCrmId() {
    var repository = new JpaAssociateRepository(violating("uq_associate_crm_id").proxy());

    assertThatThrownBy(() -> repository.add(Fixtures.associate()))
        .isInstanceOf(DuplicateEntityException.class)
        .hasMessage("An associate with CRM id 77 already exists");
  }

  @Test
  void findById_isEmptyWhenTheEntityDoesNotExist() {
    var repository = new JpaAssociateRepository(new FakeEntityManager().proxy());

    assertThat(repository.findById(404)).isEmpty();
  }
}
