/**
 * The OData subset of the SuperOffice Web API's list endpoints: {@code $select}, {@code $filter}
 * (comparisons, {@code afterTime}, {@code between}, joined by {@code and}), {@code $orderBy},
 * {@code $top}, {@code $skip}, and archive rows with {@code odata.nextLink}. Depends on the JDK and
 * JSON-P only.
 */
package org.exsync.sandbox.superoffice.odata;
