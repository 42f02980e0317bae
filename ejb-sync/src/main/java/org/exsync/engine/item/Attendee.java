package org.exsync.engine.item;

/**
 * Someone invited to an appointment. Attendees are read-only for Exsync: they are carried so the
 * admin sees them, and the organizer's own system remains the place they are changed.
 */
public record Attendee(String email, String name, Role role, Response response) {

  public enum Role {
    REQUIRED,
    OPTIONAL,
    RESOURCE
  }

  public enum Response {
    UNKNOWN,
    ORGANIZER,
    ACCEPTED,
    TENTATIVE,
    DECLINED,
    NOT_RESPONDED
  }

  public Attendee {
    email = Texts.clean(email);
    name = Texts.clean(name);
    role = role == null ? Role.REQUIRED : role;
    response = response == null ? Response.UNKNOWN : response;
  }
}
