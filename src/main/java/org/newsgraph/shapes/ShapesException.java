package org.newsgraph.shapes;

import org.newsgraph.NewsgraphException;

/** Data that does not conform to the shapes, or shapes that cannot be loaded. */
public final class ShapesException extends NewsgraphException {
  private static final long serialVersionUID = 1L;

  public ShapesException(String message) {
    super(message);
  }

  public ShapesException(String message, Throwable cause) {
    super(message, cause);
  }
}
