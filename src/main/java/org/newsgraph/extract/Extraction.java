package org.newsgraph.extract;

import java.util.List;
import org.newsgraph.article.Article;

/**
 * What the extractors found in one article.
 *
 * @param article the article read
 * @param mentions entity mentions, ordered by offset
 */
public record Extraction(Article article, List<Mention> mentions) {
  public Extraction {
    mentions = List.copyOf(mentions);
  }
}
