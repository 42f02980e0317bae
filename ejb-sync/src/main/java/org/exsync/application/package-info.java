/**
 * Use cases: stateless session beans that form the transaction and security boundary the web
 * modules call. They depend on the domain and on infrastructure, never on the web modules.
 *
 * <p>The services the admin console calls ask for the role {@link AdminRole#NAME} as a class, so a
 * new method is guarded unless it says otherwise; a method that timers, the public consent pages or
 * the engine call without an admin says {@code @PermitAll} and why. Beans only the engine, the
 * timers and the consent pages use carry no guard.
 */
package org.exsync.application;
