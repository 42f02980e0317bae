package org.exsync.it;

import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.util.concurrent.Callable;

/** Runs test steps in their own JTA transactions, as the application's services will. */
final class Transactions {

  private final UserTransaction transaction;

  Transactions(UserTransaction transaction) {
    this.transaction = transaction;
  }

  <T> T inNew(Callable<T> work) throws Exception {
    transaction.begin();
    try {
      T result = work.call();
      transaction.commit();
      return result;
    } finally {
      if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
        transaction.rollback();
      }
    }
  }
}
