/**
 * The live connections to SuperOffice and Exchange built from the admin's connection settings: the
 * one CRM gateway the sync runs and the admin pages share, rebuilt when the settings change, and
 * the round trips behind the admin's "Test connection".
 */
package org.exsync.application.connection;
