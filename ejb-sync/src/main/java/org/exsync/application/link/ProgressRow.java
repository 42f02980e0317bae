package org.exsync.application.link;

import org.exsync.application.sync.RunProgress;

/** The progress of one link's run as the dashboard shows it, with whose mailbox it is. */
public record ProgressRow(String associateName, String mailbox, RunProgress progress) {}
