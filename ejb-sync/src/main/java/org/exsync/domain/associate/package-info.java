/**
 * The associate: Exsync's mirror of a SuperOffice user, and its repository. Depends only on the
 * shared domain types.
 */
package org.exsync.domain.associate;
