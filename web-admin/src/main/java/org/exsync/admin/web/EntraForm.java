package org.exsync.admin.web;

import java.io.Serializable;
import java.util.Locale;
import org.exsync.application.settings.EntraSettings;

/** The Entra app registration as its form edits it; the secret is named by its alias only. */
public class EntraForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String authority;
  private String tenantId;
  private String clientId;
  private String secretAlias;
  private String trustedCertificate;

  static EntraForm of(EntraSettings settings) {
    EntraForm form = new EntraForm();
    form.authority = settings.authority();
    form.tenantId = settings.tenantId();
    form.clientId = settings.clientId();
    form.secretAlias = settings.secretAlias();
    form.trustedCertificate = settings.trustedCertificate();
    return form;
  }

  EntraSettings toSettings() {
    return new EntraSettings(authority, tenantId, clientId, secretAlias, trustedCertificate);
  }

  String fieldFor(String message) {
    String text = message.toLowerCase(Locale.ROOT);
    if (text.contains("authority")) {
      return "authority";
    }
    if (text.contains("tenant")) {
      return "tenant";
    }
    if (text.contains("client id")) {
      return "client-id";
    }
    return text.contains("alias") ? "secret-alias" : null;
  }

  public String getAuthority() {
    return authority;
  }

  public void setAuthority(String authority) {
    this.authority = authority;
  }

  public String getTenantId() {
    return tenantId;
  }

  public void setTenantId(String tenantId) {
    this.tenantId = tenantId;
  }

  public String getClientId() {
    return clientId;
  }

  public void setClientId(String clientId) {
    this.clientId = clientId;
  }

  public String getSecretAlias() {
    return secretAlias;
  }

  public void setSecretAlias(String secretAlias) {
    this.secretAlias = secretAlias;
  }

  public String getTrustedCertificate() {
    return trustedCertificate;
  }

  public void setTrustedCertificate(String trustedCertificate) {
    this.trustedCertificate = trustedCertificate;
  }
}
