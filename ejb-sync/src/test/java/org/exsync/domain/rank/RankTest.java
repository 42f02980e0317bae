package org.exsync.domain.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.exsync.domain.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RankTest {

  @Test
  void constructor_createsRankWithoutServiceAccount() {
    Rank rank = new Rank(" Gold ", 0, Duration.ofMinutes(5), 60);

    assertThat(rank.getName()).isEqualTo("Gold");
    assertThat(rank.getPosition()).isZero();
    assertThat(rank.getInterval()).isEqualTo(Duration.ofMinutes(5));
    assertThat(rank.getCapacitySharePercent()).isEqualTo(60);
    assertThat(rank.getServiceAccount()).isEmpty();
  }

  @Test
  void constructor_refusesNegativePosition() {
    assertThatThrownBy(() -> new Rank("Gold", -1, Duration.ofMinutes(5), 60))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("position must be at least 0, got -1");
  }

  @Test
  void constructor_refusesIntervalBelowOneSecond() {
    assertThatThrownBy(() -> new Rank("Gold", 0, Duration.ZERO, 60))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got PT0S");
    assertThatThrownBy(() -> new Rank("Gold", 0, Duration.ofSeconds(-5), 60))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void changeInterval_refusesFractionsOfASecond() {
    Rank rank = Fixtures.rank();

    assertThatThrownBy(() -> rank.changeInterval(Duration.ofMillis(1500)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("interval must be a whole number of seconds, got PT1.5S");
    assertThat(rank.getInterval()).isEqualTo(Fixtures.RANK_INTERVAL);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 101, -5})
  void changeCapacityShare_refusesShareOutsideOneToHundred(int percent) {
    Rank rank = Fixtures.rank();

    assertThatThrownBy(() -> rank.changeCapacityShare(percent))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("capacitySharePercent must be between 1 and 100, got " + percent);
  }

  @Test
  void changeCapacityShare_acceptsBothBounds() {
    Rank rank = Fixtures.rank();

    rank.changeCapacityShare(1);
    assertThat(rank.getCapacitySharePercent()).isEqualTo(1);
    rank.changeCapacityShare(100);
    assertThat(rank.getCapacitySharePercent()).isEqualTo(100);
  }

  @Test
  void useServiceAccount_thenClear() {
    Rank rank = Fixtures.rank();
    RankServiceAccount account =
        new RankServiceAccount(" Svc-Gold@Example.com ", "exsync-gold-password");

    rank.useServiceAccount(account);
    assertThat(rank.getServiceAccount()).containsSame(account);
    assertThat(account.getUpn()).isEqualTo("svc-gold@example.com");

    rank.clearServiceAccount();
    assertThat(rank.getServiceAccount()).isEmpty();
  }

  @Test
  void serviceAccount_refusesWhatIsNoUpn() {
    assertThatThrownBy(() -> new RankServiceAccount("svc-gold", "exsync-gold-password"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "The service account must be an e-mail address like name@example.com, got"
                + " 'svc-gold'");
  }

  @Test
  void serviceAccount_refusesAnAliasPayaraCannotHold() {
    assertThatThrownBy(() -> new RankServiceAccount("svc-gold@example.com", "gold password"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("The password alias may hold only letters")
        .hasMessageContaining("'gold password'");
  }

  @Test
  void renameAndMove_changeNameAndPosition() {
    Rank rank = Fixtures.rank();

    rank.rename("Platinum");
    rank.moveTo(3);

    assertThat(rank.getName()).isEqualTo("Platinum");
    assertThat(rank.getPosition()).isEqualTo(3);
  }
}
