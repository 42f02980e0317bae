/**
 * The public registration pages and the OAuth callback; nothing else. They call only the narrow
 * consent facade of ejb-sync, never admin operations.
 */
package org.exsync.consent.web;
