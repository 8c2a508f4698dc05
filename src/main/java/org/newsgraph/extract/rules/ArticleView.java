package org.newsgraph.extract.rules;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.article.Article;
import org.newsgraph.article.Sentence;
import org.newsgraph.article.Structure;
import org.newsgraph.extract.Mention;

/**
 * One article as the rules see it: its text by code point, its structure and its mentions.
 *
 * @param article the article
 * @param codePoints its text as code points
 * @param units headings, sentences and list items
 * @param mentions mentions by name and by reference, ordered by offset
 * @param candidateTypes the class of each candidate entity a mention refers to
 */
record ArticleView(
    Article article,
    int[] codePoints,
    List<Sentence> units,
    List<Mention> mentions,
    Map<String, List<String>> candidateTypes) {

  static ArticleView of(
      Article article, List<Mention> mentions, Map<String, List<String>> candidateTypes) {
    return new ArticleView(
        article,
        article.text().codePoints().toArray(),
        Structure.of(article),
        mentions,
        candidateTypes);
  }

  /** The classes of a candidate entity, or none. */
  List<String> typesOf(String entity) {
    return candidateTypes.getOrDefault(entity, List.of());
  }

  String text(int begin, int end) {
    return new String(codePoints, begin, end - begin);
  }

  Optional<Sentence> unitAt(int begin, int end) {
    return Structure.containing(units, begin, end);
  }

  List<Mention> mentionsIn(int begin, int end) {
    return mentions.stream().filter(m -> begin <= m.begin() && m.end() <= end).toList();
  }

  /** The list items a unit introduces. */
  List<Sentence> itemsOf(Sentence cue) {
    return units.stream().filter(u -> u.cue() == cue.index()).toList();
  }
}
