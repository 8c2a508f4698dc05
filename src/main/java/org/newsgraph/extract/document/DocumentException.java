package org.newsgraph.extract.document;

import org.newsgraph.NewsgraphException;

/**
 * An extraction document that cannot be used: the message names the file, the JSON path and the
 * problem.
 */
public final class DocumentException extends NewsgraphException {
  private static final long serialVersionUID = 1L;

  public DocumentException(String message) {
    super(message);
  }

  public DocumentException(String message, Throwable cause) {
    super(message, cause);
  }
}
