package org.exsync.admin.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.exsync.application.connection.CheckResult;
import org.exsync.application.connection.ConnectionCheck;
import org.exsync.application.settings.ConnectionSettingsService;
import org.exsync.application.settings.CrmConnectionSettings;
import org.exsync.application.settings.EntraSettings;
import org.exsync.application.settings.ExchangeConnectionSettings;
import org.exsync.application.settings.SettingsService;
import org.exsync.engine.BookingPolicy;

/**
 * The Connections page: SuperOffice, Exchange and the Entra app registration, each saved on its own
 * and each with a "Test connection" that runs a real round trip on the saved settings.
 */
@Named
@ViewScoped
public class ConnectionsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ConnectionSettingsService connections;
  @EJB private SettingsService settings;
  @EJB private ConnectionCheck check;

  private CrmForm crm;
  private ExchangeForm exchange;
  private EntraForm entra;
  private CheckResult crmResult;
  private CheckResult exchangeResult;
  private CheckResult entraResult;
  private BookingPolicy bookingEdits;

  public void load() {
    crm = CrmForm.of(connections.crm());
    exchange = ExchangeForm.of(connections.exchange());
    entra = EntraForm.of(settings.entra());
    bookingEdits = settings.bookingEdits();
  }

  public void saveBookingEdits() {
    settings.updateBookingEdits(bookingEdits);
    Feedback.info(
        "Meeting rule saved.",
        bookingEdits == BookingPolicy.ACCEPT
            ? "Edits made in Outlook to meetings SuperOffice organises are synced from the next run."
            : "Edits made in Outlook to meetings SuperOffice organises are undone from the next run.");
  }

  public BookingPolicy getBookingEdits() {
    return bookingEdits;
  }

  public void setBookingEdits(BookingPolicy bookingEdits) {
    this.bookingEdits = bookingEdits;
  }

  public BookingPolicy[] getBookingPolicies() {
    return BookingPolicy.values();
  }

  /** A booking rule in the admin's words. */
  public String bookingLabel(BookingPolicy policy) {
    return switch (policy) {
      case REJECT_AND_RESTORE -> "Restore the organizer's version";
      case ACCEPT -> "Accept the edit and sync it to SuperOffice";
    };
  }

  public void saveCrm() {
    try {
      connections.updateCrm(crm.toSettings());
      Feedback.info("SuperOffice connection saved.", "Test it to see that Exsync gets in.");
    } catch (RuntimeException e) {
      fieldOrToast("crm-form", crm.fieldFor(Feedback.explain(e)), Feedback.explain(e));
    }
  }

  public void testCrm() {
    crmResult = check.superOffice();
    toast("SuperOffice", crmResult);
  }

  public void saveExchange() {
    try {
      connections.updateExchange(exchange.toSettings());
      Feedback.info("Exchange connection saved.", "Test it to see that EWS answers.");
    } catch (RuntimeException e) {
      fieldOrToast("exchange-form", exchange.fieldFor(Feedback.explain(e)), Feedback.explain(e));
    }
  }

  public void testExchange() {
    exchangeResult = check.exchange();
    toast("Exchange", exchangeResult);
  }

  public void saveEntra() {
    try {
      EntraSettings wanted = entra.toSettings();
      settings.updateEntra(wanted);
      Feedback.info(
          "Entra app registration saved.", "Test it to see that Microsoft issues a token.");
    } catch (RuntimeException e) {
      fieldOrToast("entra-form", entra.fieldFor(Feedback.explain(e)), Feedback.explain(e));
    }
  }

  public void testEntra() {
    entraResult = check.entra();
    toast("Microsoft Entra", entraResult);
  }

  private static void toast(String what, CheckResult result) {
    if (result.ok()) {
      Feedback.info(what + ": " + result.summary(), result.detail());
    } else {
      Feedback.error(what + ": " + result.summary(), result.fix());
    }
  }

  private static void fieldOrToast(String form, String field, String message) {
    if (field == null) {
      Feedback.error("Not saved.", message);
    } else {
      Feedback.fieldError(form + ":" + field, message);
      Feedback.error("Not saved.", message);
    }
  }

  public CrmForm getCrm() {
    return crm;
  }

  public ExchangeForm getExchange() {
    return exchange;
  }

  public EntraForm getEntra() {
    return entra;
  }

  public CheckResult getCrmResult() {
    return crmResult;
  }

  public CheckResult getExchangeResult() {
    return exchangeResult;
  }

  public CheckResult getEntraResult() {
    return entraResult;
  }

  public CrmConnectionSettings.Kind[] getCrmKinds() {
    return CrmConnectionSettings.Kind.values();
  }

  public CrmConnectionSettings.Auth[] getCrmAuths() {
    return CrmConnectionSettings.Auth.values();
  }

  public ExchangeConnectionSettings.AuthMode[] getAuthModes() {
    return ExchangeConnectionSettings.AuthMode.values();
  }

  public String getPasswordAlias() {
    return CrmConnectionSettings.PASSWORD_ALIAS;
  }

  public String getTicketAlias() {
    return CrmConnectionSettings.TICKET_ALIAS;
  }

  public String getServicePasswordAlias() {
    return ExchangeConnectionSettings.SERVICE_PASSWORD_ALIAS;
  }
}
