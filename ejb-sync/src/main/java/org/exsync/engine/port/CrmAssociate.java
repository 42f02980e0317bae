package org.exsync.engine.port;

import org.exsync.domain.associate.AssociateType;

/**
 * A SuperOffice user as the CRM holds it.
 *
 * @param id the associate id
 * @param name the person's full name
 * @param userName the login name
 * @param email the person's primary e-mail address in SuperOffice, or empty
 * @param type employee, resource, system user and so on
 * @param retired no longer active
 */
public record CrmAssociate(
    int id, String name, String userName, String email, AssociateType type, boolean retired) {}
