package org.exsync.sandbox.ews.soap;

import java.util.Map;
import org.exsync.sandbox.ews.xml.Ns;
import org.exsync.sandbox.ews.xml.XmlOut;

/**
 * Wraps operation responses and faults in SOAP 1.1 envelopes as Exchange Online writes them.
 * ews-java-api reads the server version from the header of every successful response.
 */
public final class Envelope {

  /** What Exchange Online reports; the Version string is free text in types.xsd. */
  static final String[] SERVER_VERSION = {
    "MajorVersion", "15",
    "MinorVersion", "20",
    "MajorBuildNumber", "7452",
    "MinorBuildNumber", "21",
    "Version", "V2018_01_08"
  };

  private Envelope() {}

  /** A success envelope around the operation's response element. */
  public static String success(XmlOut body) {
    XmlOut out = new XmlOut();
    out.raw("<?xml version=\"1.0\" encoding=\"utf-8\"?>")
        .open("s:Envelope", "xmlns:s", Ns.SOAP, "xmlns:m", Ns.MESSAGES, "xmlns:t", Ns.TYPES)
        .open("s:Header")
        .empty("t:ServerVersionInfo", SERVER_VERSION)
        .close("s:Header")
        .open("s:Body")
        .raw(body.toString())
        .close("s:Body")
        .close("s:Envelope");
    return out.toString();
  }

  /** A SOAP fault with the EWS code in detail, read by ews-java-api's SoapFaultDetails. */
  public static String fault(EwsFault fault) {
    XmlOut out = new XmlOut();
    out.raw("<?xml version=\"1.0\" encoding=\"utf-8\"?>")
        .open("s:Envelope", "xmlns:s", Ns.SOAP)
        .open("s:Body")
        .open("s:Fault")
        .leaf("faultcode", "a:" + fault.code(), "xmlns:a", Ns.TYPES)
        .leaf("faultstring", fault.getMessage(), "xml:lang", "en-US")
        .open("detail")
        .leaf("e:ResponseCode", fault.code(), "xmlns:e", Ns.ERRORS)
        .leaf("e:Message", fault.getMessage(), "xmlns:e", Ns.ERRORS);
    if (!fault.values().isEmpty() || !fault.messageXml().isEmpty()) {
      out.open("t:MessageXml", "xmlns:t", Ns.TYPES);
      for (Map.Entry<String, String> value : fault.values().entrySet()) {
        out.leaf("t:Value", value.getValue(), "Name", value.getKey());
      }
      out.raw(fault.messageXml()).close("t:MessageXml");
    }
    out.close("detail").close("s:Fault").close("s:Body").close("s:Envelope");
    return out.toString();
  }
}
