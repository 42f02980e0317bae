/**
 * The canonical items: appointment, task and contact as Exsync understands them, independent of
 * SuperOffice and Exchange. Times are UTC instants plus the IANA zone they were planned in. Each
 * item has a content hash over the fields Exsync keeps in step, so an echo of Exsync's own write is
 * recognised whichever side it comes back from. Depends on the JDK only.
 */
package org.exsync.engine.item;
