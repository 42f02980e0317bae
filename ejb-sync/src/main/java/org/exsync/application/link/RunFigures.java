package org.exsync.application.link;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.exsync.application.AdminRole;
import org.exsync.application.sync.RunProgress;
import org.exsync.application.sync.RunProgressBoard;
import org.exsync.domain.link.SyncLinkRepository;
import org.exsync.domain.run.LinkRunTimes;
import org.exsync.domain.run.LinkThrottling;
import org.exsync.domain.run.RunHour;
import org.exsync.domain.run.SyncRunRepository;

/**
 * What the dashboard and a link's run history show of the recorded runs: figures per hour of the
 * last day, the slowest and the most throttled mailboxes, one link's runs page by page, and the
 * progress of the runs going now. The database adds the figures up; no run is loaded for them.
 */
@Stateless
@RolesAllowed(AdminRole.NAME)
public class RunFigures {

  /** The period the dashboard's figures cover. */
  public static final Duration DAY = Duration.ofHours(24);

  @Inject private SyncRunRepository runs;
  @Inject private SyncLinkRepository links;
  @Inject private RunProgressBoard progress;
  @Inject private Clock clock;

  /** The last 24 hours, the current one included, oldest first; hours without runs are zero. */
  public List<RunHour> lastDayByHour() {
    Instant current = clock.instant().truncatedTo(ChronoUnit.HOURS);
    Instant first = current.minus(DAY).plus(Duration.ofHours(1));
    Map<Instant, RunHour> found =
        runs.figuresByHour(first).stream()
            .collect(Collectors.toMap(RunHour::hour, Function.identity()));
    List<RunHour> hours = new ArrayList<>();
    for (Instant hour = first; !hour.isAfter(current); hour = hour.plus(Duration.ofHours(1))) {
      hours.add(found.getOrDefault(hour, new RunHour(hour, 0, 0, 0)));
    }
    return hours;
  }

  /** The mailboxes whose runs of the last day took longest. */
  public List<LinkRunTimes> slowest(int max) {
    return runs.slowestLinks(clock.instant().minus(DAY), max);
  }

  /** The mailboxes whose runs of the last day were throttled most often. */
  public List<LinkThrottling> mostThrottled(int max) {
    return runs.mostThrottledLinks(clock.instant().minus(DAY), max);
  }

  /** One page of a link's runs, newest first. */
  public List<RunRow> runsOf(long linkId, int first, int max) {
    return runs.listByLink(linkId, first, max).stream().map(RunRow::of).toList();
  }

  public long countRunsOf(long linkId) {
    return runs.countByLink(linkId);
  }

  /** The runs going on this server and those that ended in the last minutes. */
  public List<ProgressRow> progress() {
    return progress.current().stream()
        .flatMap(
            p ->
                links
                    .findById(p.linkId())
                    .map(
                        link ->
                            new ProgressRow(
                                link.getAssociate().getName(),
                                link.getMailbox().getSmtpAddress(),
                                p))
                    .stream())
        .toList();
  }

  /** The progress of each link whose run goes on this server or ended in the last minutes. */
  public Map<Long, RunProgress> progressByLink() {
    return progress.current().stream()
        .collect(Collectors.toMap(RunProgress::linkId, Function.identity()));
  }
}
