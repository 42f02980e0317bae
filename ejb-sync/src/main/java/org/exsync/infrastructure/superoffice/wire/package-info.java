/**
 * Translation between the SuperOffice Web API's JSON (AppointmentEntity, RecurrenceInfo,
 * PersonEntity) and the canonical items: wall times in the base zone, series stored as a row per
 * occurrence, .NET time spans. Depends on the canonical items and JSON-P only.
 */
package org.exsync.infrastructure.superoffice.wire;
