package org.newsgraph.extract;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.article.Article;
import org.newsgraph.article.CodePointOffsets;

/**
 * Entity mentions found by the lexicon matcher, with exact offsets in code points of the article
 * text, each linked to one entity.
 *
 * <p>Linking rules, in order (the rule used is recorded on the mention):
 *
 * <ol>
 *   <li>{@value #RULE_UNIQUE}: the words name one entity only;
 *   <li>{@value #RULE_DISCOURSE}: the words could name several entities, and the article names
 *       exactly one of them unambiguously elsewhere; that one wins (one sense per discourse);
 *   <li>{@value #RULE_LABEL}: otherwise the entity whose label is in the article's language, then
 *       the stronger label kind (preferred, alternative, hidden), then the smaller IRI.
 * </ol>
 *
 * <p>Confidence starts from the label kind; an ambiguous mention's is divided by the number of
 * candidates when only the label rule decided, and lowered by one tenth when discourse did.
 */
public final class LexiconExtractor {
  /** The name recorded on every mention this step produces. */
  public static final String NAME = "lexicon";

  public static final String RULE_UNIQUE = "unique-label";
  public static final String RULE_DISCOURSE = "one-sense-per-discourse";
  public static final String RULE_LABEL = "label-language-and-kind";

  private static final double PREFERRED = 0.95;
  private static final double ALTERNATIVE = 0.9;
  private static final double HIDDEN = 0.8;
  private static final double DISCOURSE_FACTOR = 0.9;

  private final EntityMatcher matcher;

  public LexiconExtractor(Lexicon lexicon) {
    this.matcher = new EntityMatcher(lexicon);
  }

  public Extraction extract(Article article) {
    String text = article.text();
    CodePointOffsets offsets = CodePointOffsets.of(text);
    List<EntityMatcher.Hit> hits = matcher.find(text, article.language());
    Map<String, Integer> unambiguous = new HashMap<>();
    for (EntityMatcher.Hit hit : hits) {
      if (hit.candidates().size() == 1) {
        unambiguous.merge(hit.candidates().get(0).entity(), 1, Integer::sum);
      }
    }
    List<Mention> mentions =
        hits.stream()
            .map(hit -> mention(text, offsets, hit, article.language(), unambiguous))
            .toList();
    return Extraction.ofMentions(article, mentions);
  }

  private static Mention mention(
      String text,
      CodePointOffsets offsets,
      EntityMatcher.Hit hit,
      String language,
      Map<String, Integer> unambiguous) {
    List<EntityMatcher.Candidate> candidates = hit.candidates();
    EntityMatcher.Candidate chosen;
    String rule;
    double confidence;
    Optional<EntityMatcher.Candidate> byDiscourse =
        candidates.size() == 1 ? Optional.empty() : byDiscourse(candidates, unambiguous);
    if (candidates.size() == 1) {
      chosen = candidates.get(0);
      rule = RULE_UNIQUE;
      confidence = score(chosen.label().kind());
    } else if (byDiscourse.isPresent()) {
      chosen = byDiscourse.get();
      rule = RULE_DISCOURSE;
      confidence = score(chosen.label().kind()) * DISCOURSE_FACTOR;
    } else {
      chosen = candidates.stream().min(preference(language)).orElseThrow();
      rule = RULE_LABEL;
      confidence = score(chosen.label().kind()) / candidates.size();
    }
    List<String> alternatives =
        candidates.size() == 1
            ? List.of()
            : candidates.stream()
                .map(EntityMatcher.Candidate::entity)
                .filter(e -> !e.equals(chosen.entity()))
                .toList();
    return new Mention(
        chosen.entity(),
        offsets.toCodePoint(hit.begin()),
        offsets.toCodePoint(hit.end()),
        text.substring(hit.begin(), hit.end()),
        hit.suffix(),
        confidence,
        NAME,
        rule,
        alternatives,
        Optional.empty());
  }

  /** The one candidate the article names unambiguously elsewhere, if exactly one is. */
  private static Optional<EntityMatcher.Candidate> byDiscourse(
      List<EntityMatcher.Candidate> candidates, Map<String, Integer> unambiguous) {
    List<EntityMatcher.Candidate> named =
        candidates.stream().filter(c -> unambiguous.containsKey(c.entity())).toList();
    return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
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
