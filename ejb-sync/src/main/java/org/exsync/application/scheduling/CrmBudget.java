package org.exsync.application.scheduling;

import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.exsync.application.settings.ConnectionSettingsService;

/**
 * The SuperOffice tenant as the admin configured it, read in a transaction of its own so that an
 * unreadable setting never spoils a claim; an on-site installation has none.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class CrmBudget {

  private static final Logger LOG = Logger.getLogger(CrmBudget.class.getName());

  @Inject private ConnectionSettingsService connections;

  /** Online: the context identifier ({@code CustNNNN}); on-site or unreadable: empty. */
  public String tenant() {
    try {
      String tenant = connections.crm().tenant();
      return tenant == null ? "" : tenant.strip();
    } catch (EJBException | IllegalArgumentException e) {
      LOG.log(Level.FINE, "The SuperOffice connection settings cannot be read", e);
      return "";
    }
  }

  /** The budget owner every run's SuperOffice calls spend. */
  public BudgetOwner owner() {
    return BudgetOwner.superOffice(tenant());
  }
}
