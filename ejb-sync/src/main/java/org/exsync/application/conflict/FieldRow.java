package org.exsync.application.conflict;

import java.io.Serializable;

/**
 * One field of a conflict's item in both versions and as kept. The values are as the snapshot holds
 * them (instants in ISO form, enum names); the page puts them in the admin's words and time zone by
 * the key.
 *
 * @param key the snapshot's key, such as {@code start} or {@code attendees.0.role}; a plain list's
 *     values are joined under the list's key, such as {@code categories}
 * @param field the field's name for the admin
 * @param crm SuperOffice's value, empty when it had none
 * @param exchange Exchange's value, likewise
 * @param kept the value written to both sides
 * @param differs whether the two versions disagree on it
 */
public record FieldRow(
    String key, String field, String crm, String exchange, String kept, boolean differs)
    implements Serializable {}
