package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.article.CodePointOffsets;

/**
 * Resolves referring words ({@code कंपनी}, {@code त्यांनी}, "the company", "he") to entities the
 * article names, by the rules in {@code data/lexicon/coreference-LANG.tsv}. Each resolved word
 * becomes a mention with extractor {@value #NAME} whose antecedent is the mention it resolves to,
 * so the chain is in the output. Words inside a name already found are left alone.
 */
public final class CoreferenceResolver {
  public static final String NAME = "coreference";

  private final List<CoreferenceRule> rules;
  private final EntityMatcher matcher;
  private final Map<String, List<String>> typesByEntity = new HashMap<>();
  private final TypeHierarchy hierarchy;

  public CoreferenceResolver(
      List<CoreferenceRule> rules, Lexicon lexicon, TypeHierarchy hierarchy) {
    this.rules = List.copyOf(rules);
    this.hierarchy = hierarchy;
    List<LexiconEntry> forms = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      CoreferenceRule rule = rules.get(i);
      forms.add(
          new LexiconEntry(
              Integer.toString(i),
              List.of(),
              List.of(new Label(rule.form(), rule.language(), Label.Kind.ALTERNATIVE))));
    }
    this.matcher =
        new EntityMatcher(
            new Lexicon(forms, GraphFactory.createDefaultGraph(), lexicon.suffixes()));
    lexicon.entries().forEach(e -> typesByEntity.put(e.iri(), e.types()));
  }

  /** The extraction with the resolved referring words added, ordered by offset. */
  public Extraction resolve(Extraction extraction) {
    if (rules.isEmpty()) {
      return extraction;
    }
    String text = extraction.article().text();
    String language = extraction.article().language();
    CodePointOffsets offsets = CodePointOffsets.of(text);
    List<Mention> named = extraction.mentions();
    List<Mention> all = new ArrayList<>(named);
    Map<String, List<String>> candidateTypes = extraction.candidateTypes();
    for (EntityMatcher.Hit hit : matcher.find(text, language)) {
      int begin = offsets.toCodePoint(hit.begin());
      int end = offsets.toCodePoint(hit.end());
      CoreferenceRule rule = ruleFor(hit, language);
      if (rule == null || overlaps(named, begin, end)) {
        continue;
      }
      antecedent(rule, named, begin, candidateTypes)
          .ifPresent(
              target ->
                  all.add(
                      new Mention(
                          target.entity(),
                          begin,
                          end,
                          text.substring(hit.begin(), hit.end()),
                          hit.suffix(),
                          rule.confidence(),
                          NAME,
                          NAME
                              + ":"
                              + rule.strategy().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                          List.of(),
                          Optional.of(target.span()))));
    }
    all.sort(Comparator.comparingInt(Mention::begin));
    return extraction.withMentions(all);
  }

  private CoreferenceRule ruleFor(EntityMatcher.Hit hit, String language) {
    return hit.candidates().stream()
        .map(c -> rules.get(Integer.parseInt(c.entity())))
        .filter(r -> r.language().equals(language))
        .findFirst()
        .orElse(null);
  }

  private static boolean overlaps(List<Mention> mentions, int begin, int end) {
    return mentions.stream().anyMatch(m -> m.begin() < end && begin < m.end());
  }

  private Optional<Mention> antecedent(
      CoreferenceRule rule,
      List<Mention> named,
      int position,
      Map<String, List<String>> candidateTypes) {
    List<Mention> ofClass =
        named.stream()
            .filter(
                m ->
                    hierarchy.isA(
                        typesByEntity.getOrDefault(
                            m.entity(), candidateTypes.getOrDefault(m.entity(), List.of())),
                        rule.classIri()))
            .toList();
    return switch (rule.strategy()) {
      case LAST_MENTIONED ->
          ofClass.stream()
              .filter(m -> m.end() <= position)
              .max(Comparator.comparingInt(Mention::begin));
      case MOST_MENTIONED ->
          mostMentioned(ofClass).flatMap(entity -> nearestBefore(ofClass, entity, position));
    };
  }

  private static Optional<String> mostMentioned(List<Mention> mentions) {
    Map<String, Integer> counts = new HashMap<>();
    Map<String, Integer> first = new HashMap<>();
    for (Mention m : mentions) {
      counts.merge(m.entity(), 1, Integer::sum);
      first.putIfAbsent(m.entity(), m.begin());
    }
    return counts.keySet().stream()
        .min(Comparator.<String>comparingInt(e -> -counts.get(e)).thenComparingInt(first::get));
  }

  /** The entity's last mention before {@code position}, or its first mention when none precedes. */
  private static Optional<Mention> nearestBefore(
      List<Mention> mentions, String entity, int position) {
    List<Mention> of = mentions.stream().filter(m -> m.entity().equals(entity)).toList();
    return of.stream()
        .filter(m -> m.end() <= position)
        .max(Comparator.comparingInt(Mention::begin))
        .or(() -> of.stream().findFirst());
  }
}
