package org.exsync.domain.associate;

/** SuperOffice's kinds of associate. Only employees normally own a mailbox. */
public enum AssociateType {
  EMPLOYEE,
  /** A meeting room or other bookable resource. */
  RESOURCE,
  /** An anonymous user of a public web form. */
  ANONYMOUS,
  /** SuperOffice's own system user. */
  SYSTEM,
  /** A customer-service or portal user outside the company. */
  EXTERNAL
}
