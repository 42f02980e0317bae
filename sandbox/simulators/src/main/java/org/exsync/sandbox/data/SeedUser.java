package org.exsync.sandbox.data;

import java.time.ZoneId;

/**
 * One person who is a SuperOffice associate, has an Exchange mailbox and can sign in at Microsoft.
 *
 * @param index position in the world, from 0
 * @param associateId the SuperOffice associate id
 * @param personId the SuperOffice person id behind the associate
 * @param userName the SuperOffice login name
 * @param firstName given name, often with non-ASCII letters
 * @param lastName family name
 * @param email the primary SMTP address of the mailbox; also the Microsoft sign-in name (UPN)
 * @param crmEmail the address SuperOffice holds for the associate: usually {@code email}, but some
 *     associates have none, an invalid one or an outdated one, as in real databases
 * @param zone the time zone the user's mailbox works in
 * @param objectId the Entra object id (a GUID)
 * @param password what the sign-in page accepts for this user
 * @param retired a retired associate (still listed by SuperOffice, marked inactive)
 */
public record SeedUser(
    int index,
    int associateId,
    int personId,
    String userName,
    String firstName,
    String lastName,
    String email,
    String crmEmail,
    ZoneId zone,
    String objectId,
    String password,
    boolean retired) {

  public String fullName() {
    return firstName + " " + lastName;
  }
}
