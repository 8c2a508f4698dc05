package org.newsgraph.extract.discover;

import java.util.List;
import org.newsgraph.article.Article;
import org.newsgraph.extract.Mention;

/** Finds names of one language that the lexicon does not know, typed by kind. */
public interface NameFinder {
  /**
   * The names in the article, outside the mentions already known; spans may repeat a name.
   *
   * @param article the article
   * @param known mentions the lexicon found, ordered by offset
   */
  List<Found> find(Article article, List<Mention> known);
}
