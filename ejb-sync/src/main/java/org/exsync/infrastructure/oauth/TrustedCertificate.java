package org.exsync.infrastructure.oauth;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * A TLS socket factory that trusts exactly one certificate and nothing else. Used only for the
 * sandbox's sign-in service, whose certificate is self-signed; host names are still verified.
 */
final class TrustedCertificate {

  private TrustedCertificate() {}

  /** A socket factory trusting the PEM certificate in that file alone. */
  static SSLSocketFactory socketFactory(String pemFile) {
    try {
      byte[] pem = Files.readAllBytes(Path.of(pemFile));
      X509Certificate certificate =
          (X509Certificate)
              CertificateFactory.getInstance("X.509")
                  .generateCertificate(new ByteArrayInputStream(pem));
      KeyStore trust = KeyStore.getInstance("PKCS12");
      trust.load(null, null);
      trust.setCertificateEntry("sandbox-identity", certificate);
      TrustManagerFactory factory =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      factory.init(trust);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, factory.getTrustManagers(), null);
      return context.getSocketFactory();
    } catch (IOException e) {
      throw new IllegalStateException(
          "Cannot read the certificate to trust for the sign-in service at "
              + pemFile
              + " (entra.trusted-certificate): "
              + e.getMessage(),
          e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "The file "
              + pemFile
              + " (entra.trusted-certificate) does not hold a PEM X.509 certificate: "
              + e.getMessage(),
          e);
    }
  }
}
