package org.newsgraph.extract;

import org.newsgraph.NewsgraphException;

/** Lexicon or rule data that cannot be used: the message names the file and the problem. */
public final class ExtractException extends NewsgraphException {
  private static final long serialVersionUID = 1L;

  public ExtractException(String message) {
    super(message);
  }

  public ExtractException(String message, Throwable cause) {
    super(message, cause);
  }
}
