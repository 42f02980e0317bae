/**
 * One run of one sync pair: collecting both sides' changes since the cursor, applying the plan in
 * batches through the ports, and committing each batch through the store. Depends on the ports, the
 * plan and the store seam.
 */
package org.exsync.engine.run;
