/**
 * Use cases: stateless session beans that form the transaction and security boundary the web
 * modules call. They depend on the domain and on infrastructure, never on the web modules.
 */
package org.exsync.application;
