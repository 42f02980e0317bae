package org.exsync.domain.associate;

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
import java.util.Optional;
import org.exsync.domain.shared.EmailAddresses;
import org.exsync.domain.shared.Require;

/**
 * A SuperOffice associate (a CRM user) as Exsync last read it. SuperOffice owns the data; Exsync
 * refreshes the copy and never writes it back.
 */
@Entity
@Table(name = "associate")
@NamedQuery(
    name = "Associate.findByCrmId",
    query = "SELECT a FROM Associate a WHERE a.crmId = :crmId")
@NamedQuery(
    name = "Associate.findByEmail",
    query = "SELECT a FROM Associate a WHERE a.email = :email ORDER BY a.crmId")
@NamedQuery(
    name = "Associate.findAll",
    query = "SELECT a FROM Associate a ORDER BY a.name, a.crmId")
public class Associate {

  static final int NAME_LENGTH = 255;

  @Id
  @SequenceGenerator(name = "associate_seq", sequenceName = "associate_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "associate_seq")
  @Column(name = "id")
  private Long id;

  @Column(name = "crm_id", nullable = false, unique = true, updatable = false)
  private int crmId;

  @Column(name = "name", nullable = false, length = NAME_LENGTH)
  private String name;

  @Column(name = "user_name", nullable = false, length = NAME_LENGTH)
  private String userName;

  @Column(name = "email", length = EmailAddresses.MAX_LENGTH)
  private String email;

  @Enumerated(EnumType.STRING)
  @Column(name = "associate_type", nullable = false, length = 32)
  private AssociateType type;

  @Column(name = "retired", nullable = false)
  private boolean retired;

  protected Associate() {}

  /**
   * A new mirror of the SuperOffice associate with the given id; the e-mail address may be null
   * when SuperOffice holds none.
   */
  public Associate(int crmId, String name, String userName, String email, AssociateType type) {
    this.crmId = Require.atLeast(crmId, 1, "crmId");
    refresh(name, userName, email, type, false);
  }

  /** Takes over what SuperOffice now says about this associate. */
  public void refresh(
      String name, String userName, String email, AssociateType type, boolean retired) {
    String checkedName = Require.text(name, "name", NAME_LENGTH);
    String checkedUserName = Require.text(userName, "userName", NAME_LENGTH);
    String checkedEmail = EmailAddresses.normalizeOptional(email, "email");
    this.type = Require.present(type, "type");
    this.name = checkedName;
    this.userName = checkedUserName;
    this.email = checkedEmail;
    this.retired = retired;
  }

  /** Records that the associate has left SuperOffice's active users. */
  public void retire() {
    retired = true;
  }

  /** Records that a retired associate is active again. */
  public void reinstate() {
    retired = false;
  }

  public Long getId() {
    return id;
  }

  public int getCrmId() {
    return crmId;
  }

  public String getName() {
    return name;
  }

  public String getUserName() {
    return userName;
  }

  /** The lower-case e-mail address, if SuperOffice holds one. */
  public Optional<String> getEmail() {
    return Optional.ofNullable(email);
  }

  public AssociateType getType() {
    return type;
  }

  public boolean isRetired() {
    return retired;
  }

  @Override
  public String toString() {
    return "Associate[id=" + id + ", crmId=" + crmId + ", userName=" + userName + "]";
  }
}
