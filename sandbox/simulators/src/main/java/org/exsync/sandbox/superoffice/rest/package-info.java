/**
 * The Web API's REST resources ({@code /api/v1/...}): one class per entity or endpoint family, JSON
 * in SuperOffice's PascalCase shapes, conditional requests and SuperOffice's error bodies. Depends
 * on the store, the OData package and JSON-P.
 */
package org.exsync.sandbox.superoffice.rest;
