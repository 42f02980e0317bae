package org.exsync.domain.mailbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import org.exsync.domain.shared.EmailAddresses;
import org.exsync.domain.shared.Require;

/** An Exchange mailbox, identified by its primary SMTP address. */
@Entity
@Table(name = "mailbox")
@NamedQuery(
    name = "Mailbox.findBySmtpAddress",
    query = "SELECT m FROM Mailbox m WHERE m.smtpAddress = :smtpAddress")
@NamedQuery(name = "Mailbox.findAll", query = "SELECT m FROM Mailbox m ORDER BY m.smtpAddress")
public class Mailbox {

  static final int ENDPOINT_LENGTH = 2048;
  static final int TENANT_LENGTH = 255;

  @Id
  @SequenceGenerator(name = "mailbox_seq", sequenceName = "mailbox_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mailbox_seq")
  @Column(name = "id")
  private Long id;

  @Column(
      name = "smtp_address",
      nullable = false,
      unique = true,
      updatable = false,
      length = EmailAddresses.MAX_LENGTH)
  private String smtpAddress;

  @Column(name = "endpoint", nullable = false, length = ENDPOINT_LENGTH)
  private String endpoint;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 32)
  private MailboxKind kind;

  @Column(name = "tenant_id", length = TENANT_LENGTH)
  private String tenantId;

  protected Mailbox() {}

  /**
   * A mailbox reached at an http(s) endpoint, for example {@code
   * https://outlook.office365.com/EWS/Exchange.asmx}; the Entra tenant may be null, and is for
   * on-premises Exchange.
   */
  public Mailbox(String smtpAddress, URI endpoint, MailboxKind kind, String tenantId) {
    this.smtpAddress = EmailAddresses.normalize(smtpAddress, "smtpAddress");
    connect(endpoint, kind, tenantId);
  }

  /** Points the mailbox at another endpoint or protocol, for example after a move to Online. */
  public void connect(URI endpoint, MailboxKind kind, String tenantId) {
    String checkedEndpoint = checkedEndpoint(endpoint);
    String checkedTenant = Require.optionalText(tenantId, "tenantId", TENANT_LENGTH);
    this.kind = Require.present(kind, "kind");
    this.endpoint = checkedEndpoint;
    this.tenantId = checkedTenant;
  }

  private static String checkedEndpoint(URI endpoint) {
    Require.present(endpoint, "endpoint");
    String scheme =
        endpoint.getScheme() == null ? "" : endpoint.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("https") || scheme.equals("http")) || endpoint.getHost() == null) {
      throw new IllegalArgumentException(
          "endpoint must be an absolute http(s) URL with a host, got '" + endpoint + "'");
    }
    return Require.text(endpoint.toString(), "endpoint", ENDPOINT_LENGTH);
  }

  public Long getId() {
    return id;
  }

  /** The primary SMTP address in lower case. */
  public String getSmtpAddress() {
    return smtpAddress;
  }

  public URI getEndpoint() {
    try {
      return new URI(endpoint);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(
          "Stored endpoint of mailbox " + smtpAddress + " is not a URI: '" + endpoint + "'", e);
    }
  }

  public MailboxKind getKind() {
    return kind;
  }

  /** The Microsoft Entra tenant the mailbox belongs to, if known. */
  public Optional<String> getTenantId() {
    return Optional.ofNullable(tenantId);
  }

  @Override
  public String toString() {
    return "Mailbox[id=" + id + ", smtpAddress=" + smtpAddress + ", kind=" + kind + "]";
  }
}
