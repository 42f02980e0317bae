/**
 * The EWS operations the simulator serves, one class each, and what they share: resolving folder
 * and item ids against the caller's rights, response shapes, writing items and folders in schema
 * order, and applying item changes. Depends on the JDK, the store, the SOAP layer and the caller.
 */
package org.exsync.sandbox.ews.ops;
