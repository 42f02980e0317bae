/**
 * Simulators of the systems Exsync talks to but cannot reach in tests and in the demo: Exchange
 * (EWS), the SuperOffice Web API and the Microsoft identity platform. Nothing in {@code ejb-sync}
 * may depend on this module; tests and the demo deployment may.
 */
package org.exsync.sandbox;
