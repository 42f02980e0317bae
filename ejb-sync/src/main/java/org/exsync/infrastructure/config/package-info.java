/**
 * Deployment settings read through MicroProfile Config, including secrets resolved from Payara
 * password aliases.
 */
package org.exsync.infrastructure.config;
