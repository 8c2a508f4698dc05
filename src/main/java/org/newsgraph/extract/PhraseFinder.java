package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.article.CodePointOffsets;

/**
 * Finds fixed phrases (cue words of rules) as whole words of a text, with the same folding, word
 * boundaries and case endings as entity names. Offsets are code points.
 */
public final class PhraseFinder {
  private final EntityMatcher matcher;
  private final String language;

  /**
   * A phrase found in the text.
   *
   * @param phrase index of the phrase in the list given
   * @param begin start, code points
   * @param end end (exclusive), without the ending
   * @param suffix the case ending written onto it, or empty
   */
  public record Found(int phrase, int begin, int end, String suffix) {}

  public PhraseFinder(List<String> phrases, String language, Map<String, Set<String>> suffixes) {
    List<LexiconEntry> entries = new ArrayList<>();
    for (int i = 0; i < phrases.size(); i++) {
      entries.add(
          new LexiconEntry(
              Integer.toString(i),
              List.of(),
              List.of(new Label(phrases.get(i), language, Label.Kind.ALTERNATIVE))));
    }
    this.matcher =
        new EntityMatcher(new Lexicon(entries, GraphFactory.createDefaultGraph(), suffixes));
    this.language = language;
  }

  /** Every non-overlapping occurrence, leftmost-longest, ordered by position. */
  public List<Found> find(String text) {
    CodePointOffsets offsets = CodePointOffsets.of(text);
    return matcher.find(text, language).stream()
        .map(
            hit ->
                new Found(
                    Integer.parseInt(hit.candidates().get(0).entity()),
                    offsets.toCodePoint(hit.begin()),
                    offsets.toCodePoint(hit.end()),
                    hit.suffix()))
        .toList();
  }
}
