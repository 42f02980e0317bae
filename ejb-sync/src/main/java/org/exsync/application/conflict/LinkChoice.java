package org.exsync.application.conflict;

import java.io.Serializable;

/** A linked user to filter the conflicts by. */
public record LinkChoice(long linkId, String label) implements Serializable {}
