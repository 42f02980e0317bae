package org.exsync.application;

/**
 * The one role of Exsync: the administrator who signs in to the admin console. The admin WAR asks
 * for it at login, and the application services the console calls ask for it again, so that no
 * other caller in the server (the public consent pages, a webhook, a bug) can use them. The EAR's
 * {@code glassfish-application.xml} gives the role to the realm group of the same name.
 */
public final class AdminRole {

  /** The role's name, as the web module's security constraint and the services' guards name it. */
  public static final String NAME = "sync-admin";

  private AdminRole() {}
}
