/**
 * The history of single synced items for the admin: what each run decided for an item and why,
 * searched by link, by subject or id and by kind of event. Depends on the mapping domain and the
 * engine's event kinds.
 */
package org.exsync.application.history;
