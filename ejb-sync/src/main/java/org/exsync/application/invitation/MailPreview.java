package org.exsync.application.invitation;

/** An invitation mail as the user would receive it, for the admin to look at before sending. */
public record MailPreview(String to, String subject, String text, String html) {}
