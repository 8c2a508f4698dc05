package org.newsgraph.server;

import org.newsgraph.NewsgraphException;

/** The server cannot start as configured. */
public final class ServerException extends NewsgraphException {
  private static final long serialVersionUID = 1L;

  public ServerException(String message) {
    super(message);
  }

  public ServerException(String message, Throwable cause) {
    super(message, cause);
  }
}
