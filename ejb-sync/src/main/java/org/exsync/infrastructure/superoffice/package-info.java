/**
 * The {@link org.exsync.engine.port.CrmGateway} adapter for SuperOffice's Web API: settings and
 * credentials, associates and the base zone, appointments, to-dos and series, persons and
 * selections, and the webhook verifier. All translation between SuperOffice and the canonical items
 * happens here and in {@code wire}; HTTP lives in {@code http}. Depends on the ports, the canonical
 * items, JAX-RS client and JSON-P.
 */
package org.exsync.infrastructure.superoffice;
