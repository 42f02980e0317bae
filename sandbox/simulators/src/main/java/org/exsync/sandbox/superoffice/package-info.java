/**
 * A protocol-faithful simulator of the SuperOffice Web API (REST v1) of one tenant, for tests,
 * benchmarks and the demo: {@link org.exsync.sandbox.superoffice.SuperOfficeSimulator} is the entry
 * point. Subpackages hold the store, the OData subset, the REST resources, authentication and
 * webhooks. Depends on the JDK, JSON-P and the shared sandbox classes only.
 */
package org.exsync.sandbox.superoffice;
