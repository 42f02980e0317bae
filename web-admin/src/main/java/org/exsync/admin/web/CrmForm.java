package org.exsync.admin.web;

import java.io.Serializable;
import java.util.Locale;
import org.exsync.application.settings.CrmConnectionSettings;

/** The SuperOffice connection as its form edits it. */
public class CrmForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private CrmConnectionSettings.Kind kind;
  private String url;
  private String tenant;
  private CrmConnectionSettings.Auth auth;
  private String userName;
  private int callsPerSecond;
  private String baseZone;

  static CrmForm of(CrmConnectionSettings settings) {
    CrmForm form = new CrmForm();
    form.kind = settings.kind();
    form.url = settings.url();
    form.tenant = settings.tenant();
    form.auth = settings.auth();
    form.userName = settings.userName();
    form.callsPerSecond = settings.callsPerSecond();
    form.baseZone = settings.baseZone();
    return form;
  }

  CrmConnectionSettings toSettings() {
    return new CrmConnectionSettings(
        kind, url, tenant, auth, userName, callsPerSecond, baseZone == null ? "" : baseZone);
  }

  /** The field a service's message is about, or null. */
  String fieldFor(String message) {
    String text = message.toLowerCase(Locale.ROOT);
    if (text.contains("tenant")) {
      return "tenant";
    }
    if (text.contains("url")) {
      return "url";
    }
    if (text.contains("user name")) {
      return "user";
    }
    if (text.contains("zone")) {
      return "zone";
    }
    return text.contains("calls a second") ? "rate" : null;
  }

  public boolean isOnline() {
    return kind == CrmConnectionSettings.Kind.ONLINE;
  }

  public CrmConnectionSettings.Kind getKind() {
    return kind;
  }

  public void setKind(CrmConnectionSettings.Kind kind) {
    this.kind = kind;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public String getTenant() {
    return tenant;
  }

  public void setTenant(String tenant) {
    this.tenant = tenant;
  }

  public CrmConnectionSettings.Auth getAuth() {
    return auth;
  }

  public void setAuth(CrmConnectionSettings.Auth auth) {
    this.auth = auth;
  }

  public String getUserName() {
    return userName;
  }

  public void setUserName(String userName) {
    this.userName = userName;
  }

  public int getCallsPerSecond() {
    return callsPerSecond;
  }

  public void setCallsPerSecond(int callsPerSecond) {
    this.callsPerSecond = callsPerSecond;
  }

  public String getBaseZone() {
    return baseZone;
  }

  public void setBaseZone(String baseZone) {
    this.baseZone = baseZone;
  }
}
