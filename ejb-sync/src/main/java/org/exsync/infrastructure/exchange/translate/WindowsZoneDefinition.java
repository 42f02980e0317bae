package org.exsync.infrastructure.exchange.translate;

import microsoft.exchange.webservices.data.core.exception.service.local.ServiceLocalException;
import microsoft.exchange.webservices.data.property.complex.time.TimeZoneDefinition;

/**
 * A time zone sent by its Windows id alone, which Exchange 2010 and later resolve to their own
 * definition. ews-java-api's base class would insist on periods and transitions that only the
 * server's own list of zones provides.
 */
final class WindowsZoneDefinition extends TimeZoneDefinition {

  WindowsZoneDefinition(String windowsId) {
    setId(windowsId);
    this.name = windowsId;
  }

  @Override
  public void validate() throws ServiceLocalException {
    if (getId() == null || getId().isBlank()) {
      throw new ServiceLocalException("A time zone needs its Windows id");
    }
  }
}
