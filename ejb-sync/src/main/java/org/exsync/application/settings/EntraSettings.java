package org.exsync.application.settings;

/**
 * The Entra app registration as the admin edits it. The secret itself stays in a Payara password
 * alias; only the alias's name is a setting.
 *
 * @param authority the sign-in authority URL (https)
 * @param tenantId the tenant whose users may consent, or {@code organizations}
 * @param clientId the application (client) id
 * @param secretAlias the password alias holding the client secret
 * @param trustedCertificate the PEM file of the sandbox's certificate; empty for Microsoft
 */
public record EntraSettings(
    String authority,
    String tenantId,
    String clientId,
    String secretAlias,
    String trustedCertificate) {}
