/**
 * MicroProfile Health checks, served by Payara at /health on the internal listener: liveness, and
 * readiness of the database, its schema and the secrets. They live in the admin module because
 * Payara collects health checks from web modules.
 */
package org.exsync.admin.health;
