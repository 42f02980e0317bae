/**
 * The admin's review of recorded conflicts: the list, both versions field by field beside what was
 * kept, and the override that takes the other version on the link's next run. Depends on the
 * domain's conflict history and mappings and on the scheduler's run control.
 */
package org.exsync.application.conflict;
