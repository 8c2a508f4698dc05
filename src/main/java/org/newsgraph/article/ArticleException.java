package org.newsgraph.article;

import org.newsgraph.NewsgraphException;

/**
 * An article file that cannot be read: the message names the file, the position and the problem.
 */
public final class ArticleException extends NewsgraphException {
  private static final long serialVersionUID = 1L;

  /** The line the problem is on, or 0 when it is not on one line. */
  private final int line;

  /** The problem without the file and line. */
  private final String problem;

  public ArticleException(String message) {
    this(message, 0, message, null);
  }

  public ArticleException(String message, Throwable cause) {
    this(message, 0, message, cause);
  }

  private ArticleException(String message, int line, String problem, Throwable cause) {
    super(message, cause);
    this.line = line;
    this.problem = problem;
  }

  static ArticleException at(String source, int line, String problem) {
    return new ArticleException(source + ":" + line + ": " + problem, line, problem, null);
  }

  /** The 1-based line the problem is on, or 0 when it is not on one line. */
  public int line() {
    return line;
  }

  /** The problem, without the file and line. */
  public String problem() {
    return problem;
  }
}
