package org.newsgraph.article;

import org.newsgraph.NewsgraphException;

/**
 * An article file that cannot be read: the message names the file, the position and the problem.
 */
public final class ArticleException extends NewsgraphException {
  private static final long serialVersionUID = 1L;

  public ArticleException(String message) {
    super(message);
  }

  public ArticleException(String message, Throwable cause) {
    super(message, cause);
  }

  static ArticleException at(String source, int line, String problem) {
    return new ArticleException(source + ":" + line + ": " + problem);
  }
}
