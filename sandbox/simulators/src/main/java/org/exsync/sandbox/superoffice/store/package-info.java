/**
 * The simulated SuperOffice database: associates, appointments (diary and checklist), persons,
 * companies and selections, with the change stamps SuperOffice keeps. Plain Java over the JDK;
 * knows nothing of HTTP.
 */
package org.exsync.sandbox.superoffice.store;
