package org.exsync.application.conflict;

import java.io.Serializable;

/**
 * One field of a conflict's item in both versions and as kept.
 *
 * @param field the field's name for the admin
 * @param crm SuperOffice's value, empty when it had none
 * @param exchange Exchange's value, likewise
 * @param kept the value written to both sides
 * @param differs whether the two versions disagree on it
 */
public record FieldRow(String field, String crm, String exchange, String kept, boolean differs)
    implements Serializable {}
