package org.exsync.admin.web;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.exsync.application.link.ExternalUser;

/** The search box over the consented users: by address or by the matching associate's name. */
public class TextSearch implements Serializable {

  private static final long serialVersionUID = 1L;

  private String text = "";

  List<ExternalUser> filter(List<ExternalUser> users) {
    String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    return users.stream()
        .filter(
            u ->
                needle.isEmpty()
                    || u.smtpAddress().contains(needle)
                    || u.suggestedAssociateName().toLowerCase(Locale.ROOT).contains(needle))
        .toList();
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
