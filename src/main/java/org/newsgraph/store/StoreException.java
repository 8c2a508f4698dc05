package org.newsgraph.store;

import org.newsgraph.NewsgraphException;

/** The store cannot be opened or written; nothing was changed. */
public final class StoreException extends NewsgraphException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
