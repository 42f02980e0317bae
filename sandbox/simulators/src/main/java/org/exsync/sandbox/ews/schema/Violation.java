package org.exsync.sandbox.ews.schema;

/**
 * Why a request failed schema validation, with where, as Exchange reports it in {@code
 * ErrorSchemaValidation}.
 *
 * @param line the line of the offending markup, from 1
 * @param position the position within that line, from 1
 * @param message the validator's explanation
 */
public record Violation(int line, int position, String message) {}
