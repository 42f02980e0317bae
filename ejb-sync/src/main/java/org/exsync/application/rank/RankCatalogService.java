package org.exsync.application.rank;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.exsync.domain.link.SyncLinkRepository;
import org.exsync.domain.rank.Rank;
import org.exsync.domain.rank.RankRepository;

/**
 * The ranks as the admin manages them. A new or changed interval applies to each link from its next
 * run on, since a link's next run is computed from its rank's interval when a run ends.
 */
@Stateless
public class RankCatalogService {

  @Inject private RankRepository ranks;
  @Inject private SyncLinkRepository links;

  /** Every rank by position, with how many links it holds. */
  public List<RankRow> list() {
    Map<Long, Long> counts =
        links.listAll().stream()
            .collect(Collectors.groupingBy(l -> l.getRank().getId(), Collectors.counting()));
    return ranks.listAll().stream()
        .map(rank -> row(rank, counts.getOrDefault(rank.getId(), 0L).intValue()))
        .toList();
  }

  /**
   * Stores a new rank.
   *
   * @throws IllegalArgumentException for a bad value
   * @throws org.exsync.domain.DuplicateEntityException when the name or position is taken
   */
  public RankRow create(RankRow wanted) {
    Rank rank =
        new Rank(
            wanted.name(),
            wanted.position(),
            Duration.ofSeconds(wanted.intervalSeconds()),
            wanted.capacitySharePercent());
    ranks.add(rank);
    return row(rank, 0);
  }

  /** Changes a rank's name, position, interval and share. */
  public RankRow update(RankRow wanted) {
    Rank rank =
        ranks
            .findById(wanted.rankId())
            .orElseThrow(() -> new IllegalArgumentException("No rank with id " + wanted.rankId()));
    ranks
        .findByName(wanted.name())
        .filter(other -> !other.getId().equals(rank.getId()))
        .ifPresent(
            other -> {
              throw new IllegalArgumentException(
                  "A rank named '" + wanted.name() + "' exists already; choose another name");
            });
    ranks.listAll().stream()
        .filter(other -> !other.getId().equals(rank.getId()))
        .filter(other -> other.getPosition() == wanted.position())
        .findFirst()
        .ifPresent(
            other -> {
              throw new IllegalArgumentException(
                  "Rank '"
                      + other.getName()
                      + "' is at position "
                      + wanted.position()
                      + " already; choose another position");
            });
    rank.rename(wanted.name());
    rank.moveTo(wanted.position());
    rank.changeInterval(Duration.ofSeconds(wanted.intervalSeconds()));
    rank.changeCapacityShare(wanted.capacitySharePercent());
    return row(rank, 0);
  }

  private static RankRow row(Rank rank, int links) {
    return new RankRow(
        rank.getId(),
        rank.getName(),
        rank.getPosition(),
        (int) rank.getInterval().getSeconds(),
        rank.getCapacitySharePercent(),
        links);
  }
}
