/**
 * The associates Exsync knows, kept in step with SuperOffice's users: the list the Token
 * Authentication Manager shows and linking starts from.
 */
package org.exsync.application.associate;
