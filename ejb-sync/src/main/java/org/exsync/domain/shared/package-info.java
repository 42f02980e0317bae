/**
 * Small value types and argument checks shared by every aggregate: item kinds, UTC time columns and
 * e-mail addresses. Depends on the JDK only.
 */
package org.exsync.domain.shared;
