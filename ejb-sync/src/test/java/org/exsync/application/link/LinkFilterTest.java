package org.exsync.application.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.exsync.domain.link.ConflictPolicy;
import org.exsync.domain.link.LinkState;
import org.exsync.domain.shared.ItemKind;
import org.junit.jupiter.api.Test;

class LinkFilterTest {

  private static LinkRow row(LinkState state, String error) {
    return new LinkRow(
        1,
        0,
        2,
        "Kari",
        "kari@example.com",
        EnumSet.of(ItemKind.DIARY),
        Set.of(),
        3,
        "Standard",
        30,
        365,
        ConflictPolicy.LAST_MODIFIED_WINS,
        true,
        state,
        Optional.empty(),
        Instant.EPOCH,
        Optional.ofNullable(error),
        false);
  }

  @Test
  void brokenGrant_isAnError_evenWithoutAMessage() {
    LinkRow waiting = row(LinkState.NEEDS_REAUTHENTICATION, null);

    assertThat(LinkFilter.WITH_ERRORS.accepts(waiting)).isTrue();
    assertThat(LinkFilter.WITHOUT_ERRORS.accepts(waiting)).isFalse();
  }

  @Test
  void idleLinkWithoutError_isWithoutErrors() {
    LinkRow idle = row(LinkState.IDLE, null);

    assertThat(LinkFilter.WITHOUT_ERRORS.accepts(idle)).isTrue();
    assertThat(LinkFilter.WITH_ERRORS.accepts(idle)).isFalse();
    assertThat(LinkFilter.ALL.accepts(idle)).isTrue();
  }

  @Test
  void runningLinkWhoseLastRunFailed_isShownWithErrors() {
    assertThat(LinkFilter.WITH_ERRORS.accepts(row(LinkState.RUNNING, "EWS timed out"))).isTrue();
  }

  @Test
  void settings_carryWhatTheAdminEdits() {
    LinkSettings settings = row(LinkState.IDLE, null).settings();

    assertThat(settings)
        .isEqualTo(
            new LinkSettings(
                EnumSet.of(ItemKind.DIARY),
                Set.of(),
                3,
                30,
                365,
                ConflictPolicy.LAST_MODIFIED_WINS));
  }
}
