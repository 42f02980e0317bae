/**
 * JPA repositories and the Flyway schema migration run at start-up. The repositories are stateless
 * session beans that require the caller's transaction: the persistence unit belongs to this EJB
 * module, and a repository call outside a use case's transaction is a programming error.
 */
package org.exsync.infrastructure.persistence;
