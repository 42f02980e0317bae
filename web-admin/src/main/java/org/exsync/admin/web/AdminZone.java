package org.exsync.admin.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The admin's time zone, in which the pages that show an item's own times (the Conflicts page) show
 * them: the browser's, which every console page hands over in the cookie {@value #COOKIE}; the
 * server's until a page has set it, or when the browser named no zone Java knows.
 */
@Named
@RequestScoped
public class AdminZone {

  /** Set by the console's pages from {@code Intl.DateTimeFormat().resolvedOptions().timeZone}. */
  static final String COOKIE = "exsync-zone";

  private static final DateTimeFormatter MOMENT =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm:ss", Locale.ENGLISH);

  private ZoneId zone;

  public ZoneId getZone() {
    if (zone == null) {
      zone = fromCookie(FacesContext.getCurrentInstance());
    }
    return zone;
  }

  /** The zone's name, as the pages say which zone their times are in. */
  public String getName() {
    return getZone().getId();
  }

  /** A moment of Exsync's, such as when a run decided a conflict, to the second; empty for none. */
  public String moment(Instant moment) {
    return moment == null ? "" : MOMENT.format(moment.atZone(getZone()));
  }

  private static ZoneId fromCookie(FacesContext faces) {
    Object cookie =
        faces == null ? null : faces.getExternalContext().getRequestCookieMap().get(COOKIE);
    if (cookie instanceof Cookie named) {
      return parse(URLDecoder.decode(named.getValue(), StandardCharsets.UTF_8));
    }
    return ZoneId.systemDefault();
  }

  static ZoneId parse(String name) {
    try {
      return ZoneId.of(name.strip());
    } catch (DateTimeException | NullPointerException unknown) {
      return ZoneId.systemDefault();
    }
  }
}
