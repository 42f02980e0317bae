/**
 * Translation between ews-java-api's items and the canonical appointment, task and contact, both
 * ways, lossless for every field both hold: Windows and IANA time zones (by the CLDR table shipped
 * here), series rules with their exceptions, sensitivity, reminders, categories, attendees read
 * only. Depends on the canonical items and ews-java-api.
 */
package org.exsync.infrastructure.exchange.translate;
