/**
 * The invitation an associate receives to consent to Exsync, with its link token, short code and
 * life cycle, and its repository. Depends on the associate aggregate and the shared domain types.
 */
package org.exsync.domain.invitation;
