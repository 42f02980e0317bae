package org.exsync.domain.invitation;

/**
 * What an invitation is for and the words of its mail.
 *
 * @param purpose invitation or re-authentication
 * @param senderName the admin's name the mail is signed with ("Your Name"); may be null
 * @param messageText the admin's own text for the mail; may be null
 */
public record InvitationWording(InvitationPurpose purpose, String senderName, String messageText) {}
