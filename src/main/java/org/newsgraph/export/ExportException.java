package org.newsgraph.export;

import org.newsgraph.NewsgraphException;

/** A graph that cannot be exported as asked: the message says what was expected. */
public final class ExportException extends NewsgraphException {
  private static final long serialVersionUID = 1L;

  public ExportException(String message) {
    super(message);
  }

  public ExportException(String message, Throwable cause) {
    super(message, cause);
  }
}
