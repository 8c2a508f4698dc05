package org.newsgraph.extract.discover;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.article.Article;
import org.newsgraph.article.CodePointOffsets;
import org.newsgraph.extract.Candidate;
import org.newsgraph.extract.EntityMatcher;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Label;
import org.newsgraph.extract.Lexicon;
import org.newsgraph.extract.LexiconEntry;
import org.newsgraph.extract.LexiconExtractor;
import org.newsgraph.extract.Mention;

/**
 * The discovery stage: names the lexicon does not know become typed candidate entities with
 * mentions, so that the rules can read facts about them.
 *
 * <ol>
 *   <li>the language's {@link NameFinder} proposes typed names outside the known mentions;
 *   <li>names with the same folded form are one entity, of the kind most of its names were given; a
 *       short form ({@link ShortForms}: {@code Altman} for {@code Sam Altman}, {@code Moonshot} for
 *       {@code Moonshot AI}) is a name of the same entity, and so is the short form of a lexicon
 *       person or organisation the article names in full;
 *   <li>every written form of every such entity is then looked for in the whole article, with the
 *       language's case endings, so that a name found once by a pattern is found wherever it
 *       stands;
 *   <li>each entity gets a deterministic IRI from its kind and its longest name ({@link
 *       CandidateIris}); each mention is also a {@link Candidate} carrying that IRI and the kind's
 *       class, which is how the RDF marks it as a candidate.
 * </ol>
 */
public final class EntityDiscovery {
  /** The extractor name recorded on every mention this stage makes. */
  public static final String NAME = "discovery";

  /** The linking rule of a mention found by looking for an entity's known forms again. */
  public static final String SAME_NAME = "same-name";

  /** The linking rule of a mention by the short form of a lexicon entity. */
  public static final String SHORT_FORM = "short-form";

  private static final double SAME_NAME_FACTOR = 0.9;

  private final Map<String, NameFinder> finders;
  private final Map<String, NameWords> words;
  private final Lexicon lexicon;
  private final CandidateIris iris;
  private final Map<String, EntityKind> lexiconKinds = new HashMap<>();

  /**
   * @param finders name finders by language
   * @param words the name words by language (for short forms)
   * @param lexicon the lexicon: its entities win over candidates, its endings are used
   * @param kinds what kind each lexicon entity is, for short forms of lexicon names
   * @param iris how candidate IRIs are made
   */
  public EntityDiscovery(
      Map<String, NameFinder> finders,
      Map<String, NameWords> words,
      Lexicon lexicon,
      Map<String, EntityKind> kinds,
      CandidateIris iris) {
    this.finders = Map.copyOf(finders);
    this.words = Map.copyOf(words);
    this.lexicon = lexicon;
    this.iris = iris;
    this.lexiconKinds.putAll(kinds);
  }

  /** The extraction with the discovered mentions and their candidates added. */
  public Extraction discover(Extraction extraction) {
    Article article = extraction.article();
    NameFinder finder = finders.get(article.language());
    if (finder == null) {
      return extraction;
    }
    List<Found> found =
        nonOverlapping(finder.find(article, extraction.mentions()), extraction.mentions());
    List<Mention> known = outside(extraction.mentions(), found);
    int[] text = article.text().codePoints().toArray();
    Set<String> lexiconForms = new HashSet<>();
    lexiconShortForms(known, article.language(), text)
        .forEach(e -> e.labels().forEach(l -> lexiconForms.add(CandidateIris.folded(l.text()))));
    found =
        found.stream()
            .filter(
                f ->
                    !lexiconForms.contains(
                        CandidateIris.folded(new String(text, f.begin(), f.end() - f.begin()))))
            .toList();
    int[] cps = article.text().codePoints().toArray();
    Map<String, Entity> entities = entities(found, cps, article.language());
    List<Mention> mentions = new ArrayList<>(known);
    List<Candidate> candidates = new ArrayList<>(extraction.candidates());
    for (Mention m : occurrences(article, entities, known, found, cps)) {
      mentions.add(m);
      Entity entity = entities.get(m.entity());
      if (entity != null) {
        candidates.add(
            new Candidate(
                m.begin(),
                m.end(),
                m.anchor(),
                Optional.of(entity.kind().classIri()),
                m.linking(),
                m.confidence(),
                Optional.of(m.entity())));
      }
    }
    mentions.sort(Comparator.comparingInt(Mention::begin));
    return extraction.withMentions(mentions).withCandidates(candidates);
  }

  /** One discovered entity: its IRI, kind, and every form it is written in. */
  private record Entity(String iri, EntityKind kind, List<String> forms, Map<String, String> why) {}

  private Map<String, Entity> entities(List<Found> found, int[] cps, String language) {
    Map<String, Map<EntityKind, double[]>> votes = new LinkedHashMap<>();
    Map<String, String> longest = new HashMap<>();
    Map<String, String> reasons = new HashMap<>();
    for (Found f : found) {
      String name = new String(cps, f.begin(), f.end() - f.begin());
      String key = CandidateIris.folded(name);
      double[] vote =
          votes
              .computeIfAbsent(key, k -> new LinkedHashMap<>())
              .computeIfAbsent(f.kind(), k -> new double[2]);
      vote[0] = Math.max(vote[0], f.confidence());
      vote[1] += f.confidence();
      longest.putIfAbsent(key, name);
      reasons.putIfAbsent(key, f.reason());
    }
    ShortForms shortForms = new ShortForms(words.get(language));
    Map<String, Entity> entities = new LinkedHashMap<>();
    List<String> keys = new ArrayList<>(votes.keySet());
    keys.sort(Comparator.comparingInt(String::length).reversed().thenComparing(k -> k));
    for (String key : keys) {
      EntityKind kind = strongest(votes.get(key));
      Optional<Entity> owner =
          entities.values().stream()
              .filter(e -> e.kind() == kind)
              .filter(
                  e ->
                      shortForms.of(e.forms().get(0), kind).stream()
                          .map(CandidateIris::folded)
                          .anyMatch(key::equals))
              .findFirst();
      if (owner.isPresent()) {
        owner.get().forms().add(longest.get(key));
        owner.get().why().put(CandidateIris.folded(longest.get(key)), reasons.get(key));
        continue;
      }
      String name = longest.get(key);
      String iri = iris.iri(kind, name);
      Entity entity = entities.get(iri);
      if (entity == null) {
        entity = new Entity(iri, kind, new ArrayList<>(), new HashMap<>());
        entities.put(iri, entity);
      }
      entity.forms().add(name);
      entity.why().put(key, reasons.get(key));
      for (String form : shortForms.of(name, kind)) {
        entity.forms().add(form);
      }
    }
    return entities;
  }

  /** The kind of the most confident name, the larger sum of confidences breaking a tie. */
  private static EntityKind strongest(Map<EntityKind, double[]> votes) {
    return votes.entrySet().stream()
        .max(
            Comparator.<Map.Entry<EntityKind, double[]>>comparingDouble(e -> e.getValue()[0])
                .thenComparingDouble(e -> e.getValue()[1]))
        .map(Map.Entry::getKey)
        .orElseThrow();
  }

  /** Every place the article writes a form of a discovered entity or a lexicon short form. */
  private List<Mention> occurrences(
      Article article,
      Map<String, Entity> entities,
      List<Mention> known,
      List<Found> found,
      int[] cps) {
    String text = article.text();
    String language = article.language();
    List<LexiconEntry> forms = new ArrayList<>();
    entities
        .values()
        .forEach(
            e ->
                forms.add(
                    new LexiconEntry(
                        e.iri(),
                        List.of(e.kind().classIri()),
                        e.forms().stream()
                            .map(f -> new Label(f, language, Label.Kind.ALTERNATIVE))
                            .toList())));
    forms.addAll(lexiconShortForms(known, language, cps));
    if (forms.isEmpty()) {
      return List.of();
    }
    EntityMatcher matcher =
        new EntityMatcher(
            new Lexicon(forms, GraphFactory.createDefaultGraph(), lexicon.suffixes()));
    CodePointOffsets offsets = CodePointOffsets.of(text);
    List<Mention> out = new ArrayList<>();
    for (EntityMatcher.Hit hit : matcher.find(text, language)) {
      int begin = offsets.toCodePoint(hit.begin());
      int end = offsets.toCodePoint(hit.end());
      if (known.stream().anyMatch(m -> m.begin() < end && begin < m.end())) {
        continue;
      }
      String iri = hit.candidates().get(0).entity();
      Entity entity = entities.get(iri);
      Optional<Found> exact =
          found.stream().filter(f -> f.begin() == begin && f.end() == end).findFirst();
      String rule;
      double confidence;
      if (entity == null) {
        rule = SHORT_FORM;
        confidence = 0.7;
      } else if (exact.isPresent()) {
        rule = exact.get().reason();
        confidence = exact.get().confidence();
      } else {
        rule = SAME_NAME;
        confidence = SAME_NAME_FACTOR * bestConfidence(found, entity, cps);
      }
      out.add(
          new Mention(
              iri,
              begin,
              end,
              text.substring(hit.begin(), hit.end()),
              hit.suffix(),
              confidence,
              NAME,
              rule,
              List.of(),
              Optional.empty()));
    }
    return out;
  }

  private static double bestConfidence(List<Found> found, Entity entity, int[] cps) {
    return found.stream()
        .filter(
            f ->
                entity
                    .why()
                    .containsKey(
                        CandidateIris.folded(new String(cps, f.begin(), f.end() - f.begin()))))
        .mapToDouble(Found::confidence)
        .max()
        .orElse(0.5);
  }

  /** Short forms of lexicon people and organisations that the article names in full. */
  private List<LexiconEntry> lexiconShortForms(List<Mention> known, String language, int[] cps) {
    ShortForms shortForms = new ShortForms(words.get(language));
    Map<String, List<Label>> labels = new LinkedHashMap<>();
    for (Mention m : known) {
      EntityKind kind = lexiconKinds.get(m.entity());
      if (kind == null || !m.extractor().equals(LexiconExtractor.NAME)) {
        continue;
      }
      for (String form : shortForms.of(m.anchor(), kind)) {
        labels
            .computeIfAbsent(m.entity(), k -> new ArrayList<>())
            .add(new Label(form, language, Label.Kind.ALTERNATIVE));
      }
    }
    List<LexiconEntry> entries = new ArrayList<>();
    labels.forEach((iri, list) -> entries.add(new LexiconEntry(iri, List.of(), list)));
    return entries;
  }

  /**
   * Found names leftmost-longest among themselves, that overlap no known mention or strictly
   * contain the known mentions they overlap ({@code Zhejiang University} over the place {@code
   * Zhejiang}, {@code Moonshot AI} over the concept {@code AI}): those known mentions give way.
   */
  private static List<Found> nonOverlapping(List<Found> found, List<Mention> known) {
    List<Found> sorted = new ArrayList<>(found);
    sorted.sort(
        Comparator.comparingInt(Found::begin)
            .thenComparing(Comparator.comparingInt(Found::end).reversed()));
    List<Found> kept = new ArrayList<>();
    int reached = 0;
    for (Found f : sorted) {
      if (f.begin() < reached || known.stream().anyMatch(m -> crosses(f, m))) {
        continue;
      }
      kept.add(f);
      reached = f.end();
    }
    return kept;
  }

  /** The known mention overlaps the found name without lying strictly inside it. */
  private static boolean crosses(Found f, Mention m) {
    boolean inside =
        f.begin() <= m.begin() && m.end() <= f.end() && f.end() - f.begin() > m.end() - m.begin();
    return f.overlaps(m.begin(), m.end()) && !inside;
  }

  /** The known mentions that no kept found name covers. */
  private static List<Mention> outside(List<Mention> known, List<Found> found) {
    return known.stream()
        .filter(m -> found.stream().noneMatch(f -> f.overlaps(m.begin(), m.end())))
        .toList();
  }
}
