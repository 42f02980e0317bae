/**
 * Encryption of stored secrets (refresh tokens, client secrets) with AES-GCM under keys from Payara
 * password aliases. Depends on the JDK and MicroProfile Config only.
 */
package org.exsync.infrastructure.crypto;
