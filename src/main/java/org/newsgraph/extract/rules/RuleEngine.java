package org.newsgraph.extract.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.article.Sentence;
import org.newsgraph.extract.Claim;
import org.newsgraph.extract.Evidence;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Fact;
import org.newsgraph.extract.Lexicon;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.PhraseFinder;
import org.newsgraph.extract.Term;
import org.newsgraph.extract.TypeHierarchy;
import org.newsgraph.extract.ValueNode;
import org.newsgraph.extract.value.ValueFinder;
import org.newsgraph.vocab.NG;

/**
 * Applies the rules of the article's language ({@code data/rules/LANG.json}) to an extraction that
 * already has its mentions, and adds facts, claims and value nodes, each with evidence. Nothing
 * here knows a sentence of any article: rules are data.
 *
 * <p>Relation rules pair the nearest fitting subject and object around a cue in one sentence. List
 * rules take the subject from the sentence that introduces a list and one object per item; their
 * "sentence" is that passage, from the introducing sentence to the item. Claim rules take the
 * nearest person before the cue as speaker and the words after (or before) the cue as what was
 * said; a cue that ends its sentence with a list makes one claim per item.
 */
public final class RuleEngine {
  /** The extractor name recorded on the evidence of every fact and claim the rules make. */
  public static final String NAME = "rules";

  private static final List<String> MODALITY_PRECEDENCE = List.of("Advises", "Predicts");
  private static final String LIST_INTRO_PUNCTUATION = " \t,:;-–—";

  private final Map<String, CompiledRules> byLanguage = new HashMap<>();
  private final TypeHierarchy hierarchy;
  private final Map<String, List<String>> typesByEntity = new HashMap<>();
  private final ValueRules values;

  /** A rule set with its cue finders built, and a finder per modality's words. */
  private record CompiledRules(
      RuleSet set, List<CompiledRule> rules, Map<String, PhraseFinder> modalities) {}

  /** A rule with finders for its cues and its required and excluded words. */
  private record CompiledRule(
      Rule rule,
      PhraseFinder cues,
      Optional<PhraseFinder> requires,
      Optional<PhraseFinder> excludes) {}

  public RuleEngine(
      Map<String, RuleSet> ruleSets,
      Lexicon lexicon,
      TypeHierarchy hierarchy,
      Map<String, ValueFinder> valueFinders) {
    this.hierarchy = hierarchy;
    this.values = new ValueRules(valueFinders);
    lexicon.entries().forEach(e -> typesByEntity.put(e.iri(), e.types()));
    ruleSets.forEach(
        (language, set) -> {
          List<CompiledRule> compiled = new ArrayList<>();
          for (Rule rule : set.rules()) {
            compiled.add(
                new CompiledRule(
                    rule,
                    new PhraseFinder(rule.cues(), language, lexicon.suffixes()),
                    finder(rule.requires(), language, lexicon),
                    finder(rule.excludes(), language, lexicon)));
          }
          Map<String, PhraseFinder> modalities = new LinkedHashMap<>();
          for (String modality : MODALITY_PRECEDENCE) {
            List<String> words = set.modalityCues().getOrDefault(modality, List.of());
            if (!words.isEmpty()) {
              modalities.put(modality, new PhraseFinder(words, language, lexicon.suffixes()));
            }
          }
          byLanguage.put(language, new CompiledRules(set, compiled, modalities));
        });
  }

  private static Optional<PhraseFinder> finder(
      List<String> words, String language, Lexicon lexicon) {
    return words.isEmpty()
        ? Optional.empty()
        : Optional.of(new PhraseFinder(words, language, lexicon.suffixes()));
  }

  /** The extraction with the facts, claims and value nodes the rules find. */
  public Extraction apply(Extraction extraction) {
    CompiledRules rules = byLanguage.get(extraction.article().language());
    if (rules == null) {
      return extraction;
    }
    ArticleView view =
        ArticleView.of(extraction.article(), extraction.mentions(), extraction.candidateTypes());
    Output out = new Output(extraction);
    for (CompiledRule compiled : rules.rules()) {
      for (Cue cue : cues(compiled, view)) {
        switch (compiled.rule().kind()) {
          case RELATION -> relation(compiled.rule(), cue, view, out);
          case LIST -> list(compiled.rule(), cue, view, out);
          case CLAIM -> claim(compiled.rule(), rules.modalities(), cue, view, out);
          case VALUE, DATE -> valueOrDate(compiled.rule(), cue, view, out);
        }
      }
    }
    return withoutRedundant(out.extraction(), rules.set());
  }

  /**
   * The extraction without the facts that a rule's {@code yieldsTo} makes redundant: a fact whose
   * two entities are also linked, in either direction, by one of the predicates its rule yields to.
   */
  private static Extraction withoutRedundant(Extraction extraction, RuleSet set) {
    Map<String, List<String>> yields = new HashMap<>();
    set.rules().stream()
        .filter(r -> !r.yieldsTo().isEmpty())
        .forEach(r -> yields.put(r.id(), r.yieldsTo().stream().map(p -> NG.NS + p).toList()));
    if (yields.isEmpty()) {
      return extraction;
    }
    Set<String> links = new HashSet<>();
    for (Fact f : extraction.facts()) {
      f.object().iri().ifPresent(o -> links.add(pair(f.predicate(), f.subject(), o)));
    }
    List<Fact> kept =
        extraction.facts().stream()
            .filter(
                f ->
                    f.object().iri().isEmpty()
                        || yields.getOrDefault(f.evidence().rule(), List.of()).stream()
                            .noneMatch(
                                p -> links.contains(pair(p, f.subject(), f.object().iri().get()))))
            .toList();
    return new Extraction(
        extraction.article(),
        extraction.mentions(),
        kept,
        extraction.claims(),
        extraction.nodes(),
        extraction.candidates());
  }

  /** A key for a link between two entities whatever its direction. */
  private static String pair(String predicate, String a, String b) {
    return predicate + " " + (a.compareTo(b) < 0 ? a + " " + b : b + " " + a);
  }

  private void valueOrDate(Rule rule, Cue cue, ArticleView view, Output out) {
    List<Mention> inUnit = view.mentionsIn(cue.unit().begin(), cue.unit().end());
    Optional<Mention> subject = nearest(candidates(rule.subject(), rule, cue, inUnit, view), cue);
    if (subject.isPresent()) {
      if (rule.kind() == Rule.Kind.VALUE) {
        values.value(rule, cue, subject.get(), view, out);
      } else {
        values.date(rule, cue, subject.get(), view, out);
      }
    }
  }

  private List<Cue> cues(CompiledRule compiled, ArticleView view) {
    String text = view.article().text();
    List<Cue> cues = new ArrayList<>();
    List<PhraseFinder.Found> required =
        compiled.requires().map(f -> f.find(text)).orElse(List.of());
    List<PhraseFinder.Found> excluded =
        compiled.excludes().map(f -> f.find(text)).orElse(List.of());
    for (PhraseFinder.Found found : compiled.cues().find(text)) {
      int end = found.end() + found.suffix().codePointCount(0, found.suffix().length());
      view.unitAt(found.begin(), end)
          .filter(unit -> hasAll(required, unit, compiled.rule().requires().size()))
          .filter(unit -> excluded.stream().noneMatch(f -> inside(f, unit)))
          .filter(unit -> !cancelled(compiled.rule(), found.begin(), unit, view))
          .ifPresent(unit -> cues.add(new Cue(found.begin(), end, unit)));
    }
    return cues;
  }

  /** True when one of the rule's {@code notAfter} words stands right before the cue. */
  private static boolean cancelled(Rule rule, int cueBegin, Sentence unit, ArticleView view) {
    if (rule.notAfter().isEmpty()) {
      return false;
    }
    String before = view.text(unit.begin(), cueBegin).toLowerCase(Locale.ROOT);
    int end = before.length();
    while (end > 0 && (before.charAt(end - 1) == ' ' || before.charAt(end - 1) == '-')) {
      end--;
    }
    String head = before.substring(0, end);
    for (String word : rule.notAfter()) {
      String w = word.toLowerCase(Locale.ROOT);
      if (head.endsWith(w)
          && (head.length() == w.length()
              || !Character.isLetter(head.charAt(head.length() - w.length() - 1)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasAll(List<PhraseFinder.Found> found, Sentence unit, int needed) {
    return found.stream()
            .filter(f -> inside(f, unit))
            .map(PhraseFinder.Found::phrase)
            .distinct()
            .count()
        == needed;
  }

  private static boolean inside(PhraseFinder.Found found, Sentence unit) {
    return unit.begin() <= found.begin() && found.end() <= unit.end();
  }

  private void relation(Rule rule, Cue cue, ArticleView view, Output out) {
    List<Mention> inUnit = view.mentionsIn(cue.unit().begin(), cue.unit().end());
    Optional<Mention> subject = nearest(candidates(rule.subject(), rule, cue, inUnit, view), cue);
    if (subject.isEmpty()) {
      return;
    }
    List<Mention> objects =
        candidates(rule.object(), rule, cue, inUnit, view).stream()
            .filter(m -> !m.entity().equals(subject.get().entity()))
            .toList();
    List<Mention> chosen = rule.object().all() ? objects : nearest(objects, cue).stream().toList();
    for (Mention object : chosen) {
      out.fact(
          new Fact(
              subject.get().entity(),
              NG.NS + rule.predicate(),
              Term.iri(object.entity()),
              cue.evidence(
                  rule.id(),
                  confidence(rule, subject.get(), object),
                  span(subject.get()),
                  span(object)),
              Optional.empty()));
    }
  }

  private void list(Rule rule, Cue cue, ArticleView view, Output out) {
    List<Sentence> items = view.itemsOf(cue.unit());
    List<Mention> inUnit = view.mentionsIn(cue.unit().begin(), cue.unit().end());
    Optional<Mention> subject = nearest(candidates(rule.subject(), rule, cue, inUnit, view), cue);
    if (items.isEmpty() || subject.isEmpty()) {
      return;
    }
    for (Sentence item : items) {
      if (rule.itemType() != null) {
        listNode(rule, subject.get(), cue, item, view, out);
      } else {
        for (Mention object : view.mentionsIn(item.begin(), item.end())) {
          if (isA(object, rule.object().type(), view)
              && !object.entity().equals(subject.get().entity())) {
            out.fact(
                new Fact(
                    subject.get().entity(),
                    NG.NS + rule.predicate(),
                    Term.iri(object.entity()),
                    new Evidence(
                        Math.min(subject.get().begin(), cue.begin()),
                        object.end(),
                        cue.unit().begin(),
                        item.end(),
                        rule.id(),
                        confidence(rule, subject.get(), object),
                        NAME),
                    Optional.empty()));
          }
        }
      }
    }
  }

  /** A node per list item, named by the item's head (the words before a colon, if any). */
  private void listNode(
      Rule rule, Mention subject, Cue cue, Sentence item, ArticleView view, Output out) {
    String text = item.text();
    int colon = text.indexOf(':');
    String head = (colon > 0 ? text.substring(0, colon) : text).strip();
    head = head.endsWith(".") || head.endsWith("।") ? head.substring(0, head.length() - 1) : head;
    if (head.isEmpty()) {
      return;
    }
    int headEnd = item.begin() + head.codePointCount(0, head.length());
    String key = rule.itemType().toLowerCase(Locale.ROOT) + "-" + item.begin() + "-" + headEnd;
    out.node(new ValueNode(key, NG.NS + rule.itemType(), head, List.of()));
    out.fact(
        new Fact(
            subject.entity(),
            NG.NS + rule.predicate(),
            Term.node(key),
            new Evidence(
                Math.min(subject.begin(), cue.begin()),
                headEnd,
                cue.unit().begin(),
                item.end(),
                rule.id(),
                rule.confidence() * subject.confidence(),
                NAME),
            Optional.empty()));
  }

  private void claim(
      Rule rule, Map<String, PhraseFinder> modalities, Cue cue, ArticleView view, Output out) {
    List<Mention> inUnit = view.mentionsIn(cue.unit().begin(), cue.unit().end());
    Optional<Mention> speaker = nearest(candidates(rule.subject(), rule, cue, inUnit, view), cue);
    if (speaker.isEmpty()) {
      return;
    }
    int[] content = content(rule, cue, view);
    if (rule.content() != Rule.Content.ITEMS && hasWords(view, content[0], content[1])) {
      out.claim(
          claimOf(
              rule,
              modalities,
              speaker.get(),
              content[0],
              content[1],
              cue.unit(),
              cue.unit().begin(),
              view,
              out));
      return;
    }
    if (rule.content() != Rule.Content.BEFORE) {
      for (Sentence item : view.itemsOf(cue.unit())) {
        out.claim(
            claimOf(
                rule,
                modalities,
                speaker.get(),
                item.begin(),
                item.end(),
                item,
                cue.unit().begin(),
                view,
                out));
      }
    }
  }

  private static boolean hasWords(ArticleView view, int begin, int end) {
    for (int i = begin; i < end; i++) {
      if (Character.isLetterOrDigit(view.codePoints()[i])) {
        return true;
      }
    }
    return false;
  }

  /** The reported words: after the cue to the end of the unit, or from its start to the cue. */
  private static int[] content(Rule rule, Cue cue, ArticleView view) {
    int begin;
    int end;
    if (rule.content() == Rule.Content.AFTER) {
      begin = cue.end();
      end = cue.unit().end();
    } else {
      begin = cue.unit().begin();
      end = cue.begin();
    }
    while (begin < end && LIST_INTRO_PUNCTUATION.indexOf(view.codePoints()[begin]) >= 0) {
      begin++;
    }
    while (end > begin && LIST_INTRO_PUNCTUATION.indexOf(view.codePoints()[end - 1]) >= 0) {
      end--;
    }
    return new int[] {begin, end};
  }

  private Claim claimOf(
      Rule rule,
      Map<String, PhraseFinder> modalities,
      Mention speaker,
      int begin,
      int end,
      Sentence unit,
      int sentenceBegin,
      ArticleView view,
      Output out) {
    Set<String> about = new LinkedHashSet<>();
    for (Mention m : view.mentionsIn(begin, end)) {
      if (!m.entity().equals(speaker.entity())) {
        about.add(m.entity());
      }
    }
    return new Claim(
        speaker.entity(),
        modality(rule, modalities, view.text(begin, end)),
        List.copyOf(about),
        new Evidence(
            begin,
            end,
            sentenceBegin,
            unit.end(),
            rule.id(),
            rule.confidence() * speaker.confidence(),
            NAME),
        values.quantities(view, unit, begin, end, out));
  }

  private static String modality(Rule rule, Map<String, PhraseFinder> modalities, String words) {
    return modalities.entrySet().stream()
        .filter(e -> !e.getValue().find(words).isEmpty())
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse(rule.modality());
  }

  private List<Mention> candidates(
      Rule.Argument spec, Rule rule, Cue cue, List<Mention> mentions, ArticleView view) {
    return mentions.stream()
        .filter(m -> isA(m, spec.type(), view))
        .filter(m -> m.end() <= cue.begin() || m.begin() >= cue.end())
        .filter(m -> fitsPosition(spec.position(), m, cue))
        .filter(m -> distance(m, cue) <= (spec.window() != null ? spec.window() : rule.window()))
        .filter(m -> spec.suffixes().isEmpty() || spec.suffixes().contains(m.suffix()))
        .filter(m -> spec.barriers().isEmpty() || !barrierBetween(spec, m, cue, view))
        .toList();
  }

  /** True when a barrier word stands between the mention and the cue. */
  private static boolean barrierBetween(Rule.Argument spec, Mention m, Cue cue, ArticleView view) {
    int from = Math.min(m.end(), cue.end());
    int to = Math.max(m.begin(), cue.begin());
    String between = view.text(Math.min(from, to), Math.max(from, to));
    for (String barrier : spec.barriers()) {
      if (between.contains(barrier)) {
        return true;
      }
    }
    return false;
  }

  private static boolean fitsPosition(Rule.Position position, Mention m, Cue cue) {
    return switch (position) {
      case BEFORE -> m.end() <= cue.begin();
      case AFTER -> m.begin() >= cue.end();
      case ANY -> true;
    };
  }

  private static int distance(Mention m, Cue cue) {
    return m.end() <= cue.begin() ? cue.begin() - m.end() : m.begin() - cue.end();
  }

  private static Optional<Mention> nearest(List<Mention> mentions, Cue cue) {
    return mentions.stream()
        .min(
            Comparator.comparingInt((Mention m) -> distance(m, cue))
                .thenComparingInt(Mention::begin));
  }

  private boolean isA(Mention mention, String type, ArticleView view) {
    List<String> types = typesByEntity.get(mention.entity());
    return hierarchy.isA(types != null ? types : view.typesOf(mention.entity()), NG.NS + type);
  }

  private static double confidence(Rule rule, Mention subject, Mention object) {
    return rule.confidence() * Math.min(subject.confidence(), object.confidence());
  }

  static int[] span(Mention mention) {
    return new int[] {mention.begin(), mention.end()};
  }

  /** Collects what the rules find, once each. */
  static final class Output {
    private final Extraction base;
    private final Map<String, Fact> facts = new LinkedHashMap<>();
    private final Map<String, Claim> claims = new LinkedHashMap<>();
    private final Map<String, ValueNode> nodes = new LinkedHashMap<>();

    Output(Extraction base) {
      this.base = base;
      base.facts().forEach(this::fact);
      base.claims().forEach(this::claim);
      base.nodes().forEach(this::node);
    }

    void fact(Fact fact) {
      String key =
          fact.subject()
              + " "
              + fact.predicate()
              + " "
              + fact.object()
              + " "
              + fact.evidence().begin()
              + ","
              + fact.evidence().end();
      facts.putIfAbsent(key, fact);
    }

    void claim(Claim claim) {
      claims.putIfAbsent(claim.evidence().begin() + "," + claim.evidence().end(), claim);
    }

    void node(ValueNode node) {
      nodes.putIfAbsent(node.key(), node);
    }

    Extraction extraction() {
      return new Extraction(
          base.article(),
          base.mentions(),
          List.copyOf(facts.values()),
          List.copyOf(claims.values()),
          List.copyOf(nodes.values()),
          base.candidates());
    }
  }
}
