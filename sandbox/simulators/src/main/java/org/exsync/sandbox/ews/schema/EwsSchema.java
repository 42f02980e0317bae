package org.exsync.sandbox.ews.schema;

import java.io.InputStream;
import java.io.Reader;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.SAXException;

/**
 * The compiled EWS schema. Compiling takes about a second, so it happens once per JVM; a {@link
 * Schema} is thread-safe and hands out a validator per request.
 */
public final class EwsSchema {

  static final String BASE = "/contracts/ews/";
  private static final String XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";

  private static volatile Schema compiled;

  private EwsSchema() {}

  /** The schema of messages.xsd with types.xsd. */
  public static Schema get() {
    Schema schema = compiled;
    if (schema == null) {
      synchronized (EwsSchema.class) {
        schema = compiled;
        if (schema == null) {
          schema = compile();
          compiled = schema;
        }
      }
    }
    return schema;
  }

  static URL resource(String name) {
    URL url = EwsSchema.class.getResource(BASE + name);
    if (url == null) {
      throw new IllegalStateException(
          "The EWS contract " + BASE + name + " is not on the class path");
    }
    return url;
  }

  private static Schema compile() {
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    factory.setResourceResolver(new LocalXmlNamespace());
    try {
      // Microsoft's schema breaks the Unique Particle Attribution rule in the time zone
      // transitions (Transition and its substitutes); .NET, which Exchange validates with, does
      // not check it, so neither may the simulator. All other constraints stay checked.
      factory.setFeature("http://apache.org/xml/features/validation/schema-full-checking", false);
      URL messages = resource("messages.xsd");
      return factory.newSchema(new StreamSource(messages.openStream(), messages.toExternalForm()));
    } catch (SAXException | java.io.IOException e) {
      throw new IllegalStateException("The EWS schema does not compile: " + e.getMessage(), e);
    }
  }

  /**
   * types.xsd imports the xml namespace without a location; the parser would otherwise fetch it
   * from w3.org, which a test run or a demo server must never depend on.
   */
  private static final class LocalXmlNamespace implements LSResourceResolver {
    @Override
    public LSInput resolveResource(
        String type, String namespace, String publicId, String systemId, String baseUri) {
      if (XML_NAMESPACE.equals(namespace)) {
        return new ClasspathInput(resource("xml.xsd"), publicId);
      }
      return null;
    }
  }

  private record ClasspathInput(URL url, String publicId) implements LSInput {
    @Override
    public InputStream getByteStream() {
      try {
        return url.openStream();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    @Override
    public String getSystemId() {
      return url.toExternalForm();
    }

    @Override
    public String getPublicId() {
      return publicId;
    }

    @Override
    public Reader getCharacterStream() {
      return null;
    }

    @Override
    public void setCharacterStream(Reader characterStream) {}

    @Override
    public void setByteStream(InputStream byteStream) {}

    @Override
    public String getStringData() {
      return null;
    }

    @Override
    public void setStringData(String stringData) {}

    @Override
    public void setSystemId(String systemId) {}

    @Override
    public void setPublicId(String publicId) {}

    @Override
    public String getBaseURI() {
      return null;
    }

    @Override
    public void setBaseURI(String baseUri) {}

    @Override
    public String getEncoding() {
      return null;
    }

    @Override
    public void setEncoding(String encoding) {}

    @Override
    public boolean getCertifiedText() {
      return false;
    }

    @Override
    public void setCertifiedText(boolean certifiedText) {}
  }
}
