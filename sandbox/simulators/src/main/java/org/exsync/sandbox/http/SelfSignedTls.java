package org.exsync.sandbox.http;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A certificate for {@code localhost} made when the simulator starts, never stored. The server side
 * serves it; clients trust exactly this certificate through {@link #clientContext()}, so no test
 * disables certificate checks.
 */
public final class SelfSignedTls {

  private static final char[] NO_PASSWORD = new char[0];

  private final SSLContext serverContext;
  private final SSLContext clientContext;
  private final X509Certificate certificate;

  private SelfSignedTls(X509Certificate certificate, KeyPair keys) throws GeneralSecurityException {
    this.certificate = certificate;
    try {
      KeyStore keyStore = KeyStore.getInstance("PKCS12");
      keyStore.load(null, null);
      keyStore.setKeyEntry(
          "sandbox", keys.getPrivate(), NO_PASSWORD, new X509Certificate[] {certificate});
      KeyManagerFactory keyManagers =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      keyManagers.init(keyStore, NO_PASSWORD);
      serverContext = SSLContext.getInstance("TLS");
      serverContext.init(keyManagers.getKeyManagers(), null, new SecureRandom());

      KeyStore trustStore = KeyStore.getInstance("PKCS12");
      trustStore.load(null, null);
      trustStore.setCertificateEntry("sandbox", certificate);
      TrustManagerFactory trustManagers =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trustManagers.init(trustStore);
      clientContext = SSLContext.getInstance("TLS");
      clientContext.init(null, trustManagers.getTrustManagers(), new SecureRandom());
    } catch (java.io.IOException e) {
      throw new GeneralSecurityException("Cannot build an in-memory key store", e);
    }
  }

  /** Makes a new key pair and a certificate for localhost and 127.0.0.1, valid for a day. */
  public static SelfSignedTls forLocalhost() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(256);
      KeyPair keys = generator.generateKeyPair();
      X500Name subject = new X500Name("CN=localhost, O=Exsync sandbox");
      Instant now = Instant.now();
      JcaX509v3CertificateBuilder builder =
          new JcaX509v3CertificateBuilder(
              subject,
              new BigInteger(64, new SecureRandom()),
              Date.from(now.minus(Duration.ofMinutes(5))),
              Date.from(now.plus(Duration.ofDays(1))),
              subject,
              keys.getPublic());
      builder.addExtension(
          Extension.subjectAlternativeName,
          false,
          new GeneralNames(
              new GeneralName[] {
                new GeneralName(GeneralName.dNSName, "localhost"),
                new GeneralName(GeneralName.iPAddress, "127.0.0.1")
              }));
      X509Certificate certificate =
          new JcaX509CertificateConverter()
              .getCertificate(
                  builder.build(
                      new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
      return new SelfSignedTls(certificate, keys);
    } catch (GeneralSecurityException | OperatorCreationException | java.io.IOException e) {
      throw new IllegalStateException("Cannot make the sandbox's localhost certificate", e);
    }
  }

  SSLContext serverContext() {
    return serverContext;
  }

  /** A TLS context that trusts this certificate and nothing else. */
  public SSLContext clientContext() {
    return clientContext;
  }

  /** The socket factory to hand to clients such as MSAL4J's {@code sslSocketFactory(...)}. */
  public SSLSocketFactory clientSocketFactory() {
    return clientContext.getSocketFactory();
  }

  public X509Certificate certificate() {
    return certificate;
  }
}
