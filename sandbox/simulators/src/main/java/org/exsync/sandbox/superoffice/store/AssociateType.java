package org.exsync.sandbox.superoffice.store;

/** The kinds of associate SuperOffice has; only internal ones are people who can log in. */
public enum AssociateType {
  InternalAssociate,
  ResourceAssociate,
  ExternalAssociate,
  AnonymousAssociate,
  SystemAssociate
}
