package org.exsync.sandbox.ews.schema;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Collections;
import java.util.Optional;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.validation.Schema;
import javax.xml.validation.ValidatorHandler;
import org.exsync.sandbox.ews.xml.Ns;
import org.xml.sax.Attributes;
import org.xml.sax.ErrorHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;
import org.xml.sax.helpers.NamespaceSupport;

/**
 * Validates what Exchange validates in a request: each element of the SOAP header and the operation
 * element in the SOAP body, against messages.xsd and types.xsd. The envelope itself is not in those
 * schemas. Reading with SAX keeps line and position for the error, as Exchange gives them. One
 * instance serves all threads; each call makes its own validator.
 */
public final class RequestValidator {

  private static final SAXParserFactory PARSERS = parsers();

  private final Schema schema;

  public RequestValidator(Schema schema) {
    this.schema = schema;
  }

  private static SAXParserFactory parsers() {
    SAXParserFactory factory = SAXParserFactory.newInstance();
    factory.setNamespaceAware(true);
    try {
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("The JDK's SAX parser cannot refuse DTDs", e);
    }
    return factory;
  }

  /** The first violation in the body, or empty when it is valid. */
  public Optional<Violation> validate(byte[] body) {
    FragmentRouter router = new FragmentRouter();
    try {
      PARSERS.newSAXParser().parse(new ByteArrayInputStream(body), router);
      return Optional.empty();
    } catch (SAXParseException e) {
      return Optional.of(new Violation(e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
    } catch (SAXException | ParserConfigurationException | IOException e) {
      return Optional.of(new Violation(1, 1, e.getMessage()));
    }
  }

  /** Forwards the events of each header element and of the body's operation to a validator. */
  private final class FragmentRouter extends DefaultHandler {
    private final NamespaceSupport namespaces = new NamespaceSupport();
    private Locator locator;
    private ValidatorHandler current;
    private int depth;
    private int fragmentDepth;
    private boolean inEnvelopePart;
    private boolean contextPushed;

    @Override
    public void setDocumentLocator(Locator locator) {
      this.locator = locator;
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) throws SAXException {
      if (!contextPushed) {
        namespaces.pushContext();
        contextPushed = true;
      }
      namespaces.declarePrefix(prefix, uri);
      if (current != null) {
        current.startPrefixMapping(prefix, uri);
      }
    }

    @Override
    public void startElement(String uri, String local, String qname, Attributes attributes)
        throws SAXException {
      if (!contextPushed) {
        namespaces.pushContext();
      }
      contextPushed = false;
      depth++;
      if (depth == 2) {
        inEnvelopePart = Ns.SOAP.equals(uri) && ("Header".equals(local) || "Body".equals(local));
      }
      if (current == null && depth == 3 && inEnvelopePart) {
        startFragment();
      }
      if (current != null) {
        current.startElement(uri, local, qname, attributes);
      }
    }

    private void startFragment() throws SAXException {
      current = schema.newValidatorHandler();
      current.setErrorHandler(Failing.INSTANCE);
      current.setDocumentLocator(locator);
      current.startDocument();
      for (String prefix : Collections.list(namespaces.getPrefixes())) {
        current.startPrefixMapping(prefix, namespaces.getURI(prefix));
      }
      String defaultNamespace = namespaces.getURI("");
      if (defaultNamespace != null) {
        current.startPrefixMapping("", defaultNamespace);
      }
      fragmentDepth = depth;
    }

    @Override
    public void endElement(String uri, String local, String qname) throws SAXException {
      if (current != null) {
        current.endElement(uri, local, qname);
        if (depth == fragmentDepth) {
          current.endDocument();
          current = null;
        }
      }
      namespaces.popContext();
      depth--;
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
      if (current != null) {
        current.characters(ch, start, length);
      }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
      if (current != null) {
        current.ignorableWhitespace(ch, start, length);
      }
    }
  }

  /** Stops at the first error, as Exchange reports only one. */
  private enum Failing implements ErrorHandler {
    INSTANCE;

    @Override
    public void warning(SAXParseException exception) {}

    @Override
    public void error(SAXParseException exception) throws SAXException {
      throw exception;
    }

    @Override
    public void fatalError(SAXParseException exception) throws SAXException {
      throw exception;
    }
  }
}
