/**
 * The official EWS schema (messages.xsd, types.xsd) as the simulator uses it: compiled once,
 * validating every request as Exchange does, and telling the writers the order of elements in each
 * complex type. Depends on the JDK only.
 */
package org.exsync.sandbox.ews.schema;
