package org.exsync.sandbox.ews.soap;

import java.util.function.Consumer;
import org.exsync.sandbox.ews.xml.XmlOut;

/**
 * Writes an operation's response element and its response messages, one per item or folder the
 * request named. Each message is a success with content, or an error with its code.
 */
public final class ResponseMessages {

  private final XmlOut out = new XmlOut();
  private final String operation;
  private final String emptyContent;

  /**
   * @param operation the EWS operation name, such as {@code GetItem}
   * @param emptyContent what an error message carries where a success carries content, as the
   *     schema requires ({@code m:Items} for item operations), or null for nothing
   */
  public ResponseMessages(String operation, String emptyContent) {
    this.operation = operation;
    this.emptyContent = emptyContent;
    out.open("m:" + operation + "Response").open("m:ResponseMessages");
  }

  /** A success message; the writer adds the operation's content after the response code. */
  public ResponseMessages success(Consumer<XmlOut> content) {
    String element = "m:" + operation + "ResponseMessage";
    out.open(element, "ResponseClass", "Success").leaf("m:ResponseCode", "NoError");
    content.accept(out);
    out.close(element);
    return this;
  }

  /** An error message for one item, or for the whole operation. */
  public ResponseMessages error(ResponseError error) {
    String element = "m:" + operation + "ResponseMessage";
    out.open(element, "ResponseClass", "Error")
        .leaf("m:MessageText", error.getMessage())
        .leaf("m:ResponseCode", error.code())
        .leaf("m:DescriptiveLinkKey", "0");
    if (emptyContent != null) {
      out.empty(emptyContent);
    }
    out.close(element);
    return this;
  }

  /** The finished response element. */
  public XmlOut finish() {
    out.close("m:ResponseMessages").close("m:" + operation + "Response");
    return out;
  }
}
