package org.exsync.application.link;

/** An associate the admin may link, as a choice in a list. */
public record AssociateChoice(long associateId, String name, String email) {

  public String label() {
    return email.isEmpty() ? name : name + " <" + email + ">";
  }
}
