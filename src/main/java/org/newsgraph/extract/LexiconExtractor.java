package org.newsgraph.extract;

import java.util.Comparator;
import java.util.List;
import org.newsgraph.article.Article;
import org.newsgraph.article.CodePointOffsets;

/**
 * The first extraction step: entity mentions found by the lexicon matcher, with exact offsets in
 * code points of the article text.
 */
public final class LexiconExtractor {
  /** The name recorded on every mention this step produces. */
  public static final String NAME = "lexicon";

  private static final double PREFERRED = 0.95;
  private static final double ALTERNATIVE = 0.9;
  private static final double HIDDEN = 0.8;

  private final EntityMatcher matcher;

  public LexiconExtractor(Lexicon lexicon) {
    this.matcher = new EntityMatcher(lexicon);
  }

  public Extraction extract(Article article) {
    String text = article.text();
    CodePointOffsets offsets = CodePointOffsets.of(text);
    List<Mention> mentions =
        matcher.find(text, article.language()).stream()
            .map(hit -> mention(text, offsets, hit, article.language()))
            .toList();
    return new Extraction(article, mentions);
  }

  private static Mention mention(
      String text, CodePointOffsets offsets, EntityMatcher.Hit hit, String language) {
    EntityMatcher.Candidate chosen =
        hit.candidates().stream().min(preference(language)).orElseThrow();
    double confidence = score(chosen.label().kind()) / hit.candidates().size();
    return new Mention(
        chosen.entity(),
        offsets.toCodePoint(hit.begin()),
        offsets.toCodePoint(hit.end()),
        text.substring(hit.begin(), hit.end()),
        hit.suffix(),
        confidence,
        NAME);
  }

  private static Comparator<EntityMatcher.Candidate> preference(String language) {
    return Comparator.<EntityMatcher.Candidate>comparingInt(
            c -> c.label().language().equals(language) ? 0 : 1)
        .thenComparing(c -> c.label().kind())
        .thenComparing(EntityMatcher.Candidate::entity);
  }

  private static double score(Label.Kind kind) {
    return switch (kind) {
      case PREFERRED -> PREFERRED;
      case ALTERNATIVE -> ALTERNATIVE;
      case HIDDEN -> HIDDEN;
    };
  }
}
