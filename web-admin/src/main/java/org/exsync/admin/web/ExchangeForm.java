package org.exsync.admin.web;

import java.io.Serializable;
import java.util.Locale;
import org.exsync.application.settings.ExchangeConnectionSettings;

/** The Exchange connection as its form edits it. */
public class ExchangeForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String ewsUrl;
  private ExchangeConnectionSettings.AuthMode authMode;
  private String serviceAccount;
  private String serviceDomain;
  private boolean impersonate;

  static ExchangeForm of(ExchangeConnectionSettings settings) {
    ExchangeForm form = new ExchangeForm();
    form.ewsUrl = settings.ewsUrl();
    form.authMode = settings.authMode();
    form.serviceAccount = settings.serviceAccount();
    form.serviceDomain = settings.serviceDomain();
    form.impersonate = settings.impersonate();
    return form;
  }

  ExchangeConnectionSettings toSettings() {
    return new ExchangeConnectionSettings(
        ewsUrl, authMode, serviceAccount, serviceDomain, impersonate);
  }

  String fieldFor(String message) {
    String text = message.toLowerCase(Locale.ROOT);
    if (text.contains("url")) {
      return "ews-url";
    }
    return text.contains("service account") ? "service-account" : null;
  }

  public boolean isServiceAccountMode() {
    return authMode == ExchangeConnectionSettings.AuthMode.SERVICE_ACCOUNT;
  }

  public String getEwsUrl() {
    return ewsUrl;
  }

  public void setEwsUrl(String ewsUrl) {
    this.ewsUrl = ewsUrl;
  }

  public ExchangeConnectionSettings.AuthMode getAuthMode() {
    return authMode;
  }

  public void setAuthMode(ExchangeConnectionSettings.AuthMode authMode) {
    this.authMode = authMode;
  }

  public String getServiceAccount() {
    return serviceAccount;
  }

  public void setServiceAccount(String serviceAccount) {
    this.serviceAccount = serviceAccount;
  }

  public String getServiceDomain() {
    return serviceDomain;
  }

  public void setServiceDomain(String serviceDomain) {
    this.serviceDomain = serviceDomain;
  }

  public boolean isImpersonate() {
    return impersonate;
  }

  public void setImpersonate(boolean impersonate) {
    this.impersonate = impersonate;
  }
}
