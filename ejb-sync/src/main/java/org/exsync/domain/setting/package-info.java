/**
 * Admin-editable settings kept in the database, by name, and their repository. Depends on the
 * shared domain types only.
 */
package org.exsync.domain.setting;
