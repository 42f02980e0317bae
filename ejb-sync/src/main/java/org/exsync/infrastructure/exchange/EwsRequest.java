package org.exsync.infrastructure.exchange;

import microsoft.exchange.webservices.data.core.ExchangeService;

/** One request to Exchange through ews-java-api, which reports failures as exceptions. */
@FunctionalInterface
interface EwsRequest<T> {

  T send(ExchangeService service) throws Exception;
}
