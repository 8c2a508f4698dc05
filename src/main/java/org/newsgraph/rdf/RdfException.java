package org.newsgraph.rdf;

import org.newsgraph.NewsgraphException;

/** RDF that cannot be read or written: the message names the input and what was expected. */
public final class RdfException extends NewsgraphException {
  private static final long serialVersionUID = 1L;

  public RdfException(String message) {
    super(message);
  }

  public RdfException(String message, Throwable cause) {
    super(message, cause);
  }
}
