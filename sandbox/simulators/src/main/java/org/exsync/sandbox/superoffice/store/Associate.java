package org.exsync.sandbox.superoffice.store;

/**
 * A SuperOffice user: an employee, a bookable resource such as a meeting room, or the system user.
 *
 * @param id the associate id
 * @param personId the person behind the associate, 0 for none
 * @param userName the login name
 * @param firstName given name
 * @param lastName family name
 * @param email the address SuperOffice holds, which may be empty, invalid or outdated
 * @param type what kind of associate
 * @param retired no longer active
 * @param password what Basic authentication accepts (on-site installations)
 */
public record Associate(
    int id,
    int personId,
    String userName,
    String firstName,
    String lastName,
    String email,
    AssociateType type,
    boolean retired,
    String password) {

  public String fullName() {
    return lastName.isEmpty() ? firstName : firstName + " " + lastName;
  }

  /** A person who can log in to SuperOffice with a user name and password. */
  public boolean canLogIn() {
    return type == AssociateType.InternalAssociate && !retired;
  }
}
