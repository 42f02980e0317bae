/**
 * The sandbox WAR: hosts the simulators on Payara for the demo, each under its own servlet mapping,
 * with an overview page of the demo world and the HTTP control API. Depends on the servlet API and
 * the simulators library.
 */
package org.exsync.sandbox.web;
