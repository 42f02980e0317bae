package org.exsync.sandbox.identity;

import java.time.Duration;
import java.time.Instant;

/**
 * The errors the simulator answers with, in Microsoft's codes and wording, because clients and
 * operators match on them.
 */
final class AadErrors {

  private AadErrors() {}

  static AadError tenantNotFound(String tenant, String error) {
    return new AadError(
        400,
        error,
        90002,
        "Tenant '"
            + tenant
            + "' not found. Check to make sure you have the correct tenant ID and are signing into"
            + " the correct cloud. Check with your subscription administrator, this may happen if"
            + " there are no active subscriptions for the tenant.");
  }

  static AadError applicationNotFound(String clientId, String tenant) {
    return new AadError(
        400,
        "unauthorized_client",
        700016,
        "Application with identifier '"
            + clientId
            + "' was not found in the directory '"
            + tenant
            + "'. This can happen if the application has not been installed by the administrator"
            + " of the tenant or consented to by any user in the tenant. You may have sent your"
            + " authentication request to the wrong tenant.");
  }

  static AadError invalidClientSecret(String clientId) {
    return new AadError(
        401,
        "invalid_client",
        7000215,
        "Invalid client secret provided. Ensure the secret being sent in the request is the client"
            + " secret value, not the client secret ID, for a secret added to app '"
            + clientId
            + "'.");
  }

  static AadError missingClientCredential() {
    return new AadError(
        401,
        "invalid_client",
        7000218,
        "The request body must contain the following parameter: 'client_assertion' or"
            + " 'client_secret'.");
  }

  static AadError missingParameter(String name) {
    return new AadError(
        400,
        "invalid_request",
        900144,
        "The request body must contain the following parameter: '" + name + "'.");
  }

  static AadError unsupportedGrantType(String grantType) {
    return new AadError(
        400,
        "unsupported_grant_type",
        70003,
        "The app requested an unsupported grant type '" + grantType + "'.");
  }

  static AadError unsupportedResponseType(String responseType) {
    return new AadError(
        400,
        "unsupported_response_type",
        70005,
        "response_type '" + responseType + "' is not enabled for the application.");
  }

  static AadError malformedGrant() {
    return new AadError(400, "invalid_grant", 70000, "Provided grant is invalid or malformed.");
  }

  static AadError codeRedeemed() {
    return new AadError(
        400,
        "invalid_grant",
        54005,
        "OAuth2 Authorization code was already redeemed, please retry with a new valid code or use"
            + " an existing refresh token.");
  }

  static AadError codeExpired() {
    return new AadError(
        400,
        "invalid_grant",
        70008,
        "The provided authorization code or refresh token has expired due to inactivity. Send a"
            + " new interactive authorization request for this user and resource.");
  }

  static AadError codeVerifierMismatch() {
    return new AadError(
        400,
        "invalid_grant",
        501481,
        "The Code_Verifier does not match the code_challenge supplied in the authorization"
            + " request.");
  }

  static AadError replyAddressMismatch(String given, String original) {
    return new AadError(
        400,
        "invalid_grant",
        500112,
        "The reply address '"
            + given
            + "' does not match the reply address '"
            + original
            + "' provided when requesting Authorization code.");
  }

  static AadError grantRevoked(Instant issued, Instant validFrom) {
    return new AadError(
        400,
        "invalid_grant",
        50173,
        "The provided grant has expired due to it being revoked, a fresh auth token is needed."
            + " The user might have changed or reset their password. The grant was issued on '"
            + AadError.TIMESTAMP.format(issued)
            + "' and the TokensValidFrom date (before which tokens are not valid) for this user is '"
            + AadError.TIMESTAMP.format(validFrom)
            + "'.");
  }

  static AadError consentRequired(String clientId, String displayName) {
    return new AadError(
        400,
        "invalid_grant",
        65001,
        "The user or administrator has not consented to use the application with ID '"
            + clientId
            + "' named '"
            + displayName
            + "'. Send an interactive authorization request for this user and resource.");
  }

  static AadError refreshTokenInactive(Instant issued, Duration inactive) {
    return new AadError(
        400,
        "invalid_grant",
        700082,
        "The refresh token has expired due to inactivity. The token was issued on "
            + AadError.TIMESTAMP.format(issued)
            + " and was inactive for "
            + inactive.toDays()
            + ".00:00:00.");
  }

  static AadError invalidScope(String scope) {
    return new AadError(
        400,
        "invalid_scope",
        70011,
        "The provided value for the input parameter 'scope' is not valid. The scope '"
            + scope
            + "' is not valid.");
  }

  static AadError clientCredentialsNeedDefaultScope(String scope) {
    return new AadError(
        400,
        "invalid_scope",
        1002012,
        "The provided value for scope "
            + scope
            + " is not valid. Client credential flows must have a scope value with /.default"
            + " suffixed to the resource identifier (application ID URI).");
  }

  static AadError noTenantInRequest() {
    return new AadError(
        400,
        "invalid_request",
        50059,
        "No tenant-identifying information found in either the request or implied by any"
            + " provided credentials.");
  }

  static AadError replyUrlMismatch(String redirectUri, String clientId) {
    return new AadError(
        400,
        "invalid_request",
        50011,
        "The redirect URI '"
            + redirectUri
            + "' specified in the request does not match the redirect URIs configured for the"
            + " application '"
            + clientId
            + "'. Make sure the redirect URI sent in the request matches one added to your"
            + " application in the Azure portal. Navigate to https://aka.ms/redirectUriMismatchError"
            + " to learn more about how to fix this.");
  }

  static AadError consentDeclined() {
    return new AadError(400, "access_denied", 65004, "User declined to consent to access the app.");
  }

  static AadError temporarilyUnavailable() {
    return new AadError(
        503, "temporarily_unavailable", 90033, "A transient error has occurred. Please try again.");
  }

  static AadError serverError(int status) {
    return new AadError(
        status,
        "server_error",
        50000,
        "There was an error issuing a token or an issue with our sign-in service.");
  }

  static AadError postOnly(String method) {
    return new AadError(
        400,
        "invalid_request",
        900561,
        "The endpoint only accepts POST requests. Received a " + method + " request.");
  }

  static AadError resourceNotFound(String resource, String tenant) {
    return new AadError(
        400,
        "invalid_resource",
        500011,
        "The resource principal named "
            + resource
            + " was not found in the tenant named "
            + tenant
            + ". This can happen if the application has not been installed by the administrator"
            + " of the tenant or consented to by any user in the tenant. You might have sent your"
            + " authentication request to the wrong tenant.");
  }

  static AadError malformedRequest() {
    return new AadError(
        400, "invalid_request", 9002313, "Invalid request. Request is malformed or invalid.");
  }

  static AadError signInExpired() {
    return new AadError(
        400,
        "invalid_request",
        50058,
        "A silent sign-in request was sent but no user is signed in. The sign-in session has"
            + " expired or was already used; start again from the application.");
  }

  /** A client error injected by a fault rule, for statuses the flows themselves never answer. */
  static AadError requestRejected(int status) {
    return new AadError(status, "invalid_request", 90100, "The request could not be processed.");
  }
}
