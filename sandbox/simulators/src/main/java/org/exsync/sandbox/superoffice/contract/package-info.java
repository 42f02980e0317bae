/**
 * The SuperOffice Swagger contract as a check: {@link
 * org.exsync.sandbox.superoffice.contract.SwaggerContract} validates one exchange, {@link
 * org.exsync.sandbox.superoffice.contract.ContractCheckingHandler} every exchange with the
 * simulator. For tests only; needs swagger-request-validator-core on the class path.
 */
package org.exsync.sandbox.superoffice.contract;
