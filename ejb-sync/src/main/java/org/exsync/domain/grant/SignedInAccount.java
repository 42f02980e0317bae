package org.exsync.domain.grant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import org.exsync.domain.shared.EmailAddresses;
import org.exsync.domain.shared.Require;

/**
 * The Microsoft account a user signed in with when consenting: the Entra tenant, the account's
 * object id (stable even when the user name changes) and the user principal name.
 */
@Embeddable
public class SignedInAccount {

  static final int ID_LENGTH = 64;

  @Column(name = "account_tenant_id", length = ID_LENGTH)
  private String tenantId;

  @Column(name = "account_object_id", length = ID_LENGTH)
  private String objectId;

  @Column(name = "account_upn", length = EmailAddresses.MAX_LENGTH)
  private String upn;

  protected SignedInAccount() {}

  public SignedInAccount(String tenantId, String objectId, String upn) {
    this.tenantId = Require.text(tenantId, "tenantId", ID_LENGTH);
    this.objectId = Require.text(objectId, "objectId", ID_LENGTH);
    this.upn = EmailAddresses.normalize(upn, "upn");
  }

  public String getTenantId() {
    return tenantId;
  }

  public String getObjectId() {
    return objectId;
  }

  /** The user principal name in lower case. */
  public String getUpn() {
    return upn;
  }

  boolean isRecorded() {
    return upn != null;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SignedInAccount that
        && Objects.equals(tenantId, that.tenantId)
        && Objects.equals(objectId, that.objectId)
        && Objects.equals(upn, that.upn);
  }

  @Override
  public int hashCode() {
    return Objects.hash(tenantId, objectId, upn);
  }

  @Override
  public String toString() {
    return upn + " (object " + objectId + " in tenant " + tenantId + ")";
  }
}
