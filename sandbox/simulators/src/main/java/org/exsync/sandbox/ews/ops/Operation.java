package org.exsync.sandbox.ews.ops;

import org.exsync.sandbox.ews.xml.XmlOut;
import org.w3c.dom.Element;

/** One EWS operation: reads its request element and writes its response element. */
public interface Operation {

  /** The operation's name, which is also its request element's local name. */
  String name();

  /** How many items or folders the request asks for, for latency and budget charges. */
  default int itemCount(Element request) {
    return 1;
  }

  /**
   * Answers a request that passed validation, authentication and throttling.
   *
   * @throws org.exsync.sandbox.ews.soap.EwsFault when the whole request fails as a SOAP fault
   */
  XmlOut execute(Element request, Context context);
}
