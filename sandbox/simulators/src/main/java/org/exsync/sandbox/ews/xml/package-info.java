/**
 * The XML plumbing of the EWS simulator: the namespaces, a small tree for property values, a
 * streaming writer for responses and a hardened DOM reader for requests. Depends on the JDK only.
 */
package org.exsync.sandbox.ews.xml;
