package org.exsync.engine.run;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.exsync.domain.run.Side;
import org.exsync.engine.ItemFailure;
import org.exsync.engine.SideCounts;

/** What a pair's run did so far, side by side. */
final class Tally {

  private final int[] crm = new int[4];
  private final int[] exchange = new int[4];
  int conflicts;
  final List<ItemFailure> failures = new ArrayList<>();
  final Set<String> crmRetries = new HashSet<>();
  final Set<String> exchangeRetries = new HashSet<>();

  static final int CREATED = 0;
  static final int UPDATED = 1;
  static final int DELETED = 2;
  static final int UNLINKED = 3;

  void count(Side side, int what) {
    (side == Side.CRM ? crm : exchange)[what]++;
  }

  SideCounts counts(Side side) {
    int[] c = side == Side.CRM ? crm : exchange;
    return new SideCounts(c[CREATED], c[UPDATED], c[DELETED], c[UNLINKED]);
  }
}
