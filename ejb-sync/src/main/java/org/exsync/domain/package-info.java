/**
 * The Exsync domain: JPA entities with their invariants, value types and repository interfaces, one
 * package per aggregate. Nothing here depends on infrastructure; the only imports beyond the JDK
 * are Jakarta Persistence annotations.
 */
package org.exsync.domain;
