package org.exsync.sandbox.ews;

import java.util.Optional;
import org.exsync.sandbox.ews.xml.Dom;
import org.w3c.dom.Element;

/** Reads the mailbox an ExchangeImpersonation header names. */
final class Impersonation {

  private Impersonation() {}

  /** The SMTP address (or UPN, which the sandbox keeps equal) of the impersonated user. */
  static Optional<String> target(Element soapHeader) {
    if (soapHeader == null) {
      return Optional.empty();
    }
    return Dom.child(soapHeader, "ExchangeImpersonation")
        .flatMap(h -> Dom.child(h, "ConnectingSID"))
        .flatMap(sid -> Dom.children(sid).stream().findFirst())
        .map(id -> id.getTextContent().trim());
  }
}
