package org.newsgraph;

/**
 * Root of every exception newsgraph throws on purpose. Each pipeline stage has its own subclass
 * (for example {@code ArticleException}, {@code ShapesException}); the CLI maps them all to exit
 * code 1 and prints the message, which names the input, the position and what was expected.
 */
public abstract class NewsgraphException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  protected NewsgraphException(String message) {
    super(message);
  }

  protected NewsgraphException(String message, Throwable cause) {
    super(message, cause);
  }
}
