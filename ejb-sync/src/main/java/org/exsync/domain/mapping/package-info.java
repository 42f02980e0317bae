/**
 * What Exsync remembers between runs of a link: one item mapping per synced item pair and one
 * cursor per item kind, with their repositories. Depends on the link aggregate and the shared
 * domain types.
 */
package org.exsync.domain.mapping;
