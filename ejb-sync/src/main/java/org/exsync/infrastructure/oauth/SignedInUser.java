package org.exsync.infrastructure.oauth;

import java.util.Objects;

/**
 * The account an id token names, after its checks passed.
 *
 * @param tenantId {@code tid}
 * @param objectId {@code oid}
 * @param upn {@code preferred_username}, in lower case
 * @param displayName {@code name}, or the UPN when the token has none
 */
public record SignedInUser(String tenantId, String objectId, String upn, String displayName) {

  public SignedInUser {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(objectId, "objectId");
    Objects.requireNonNull(upn, "upn");
  }
}
