package org.newsgraph.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.newsgraph.Pipeline;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.extract.discover.EntityKind;
import org.newsgraph.vocab.NG;

/**
 * Scores the extraction on the development corpus ({@code src/test/resources/corpus/}, see its
 * README): named-entity mentions by strict span and kind, mentions linked to the right entity, and
 * facts. Gold entities not in the lexicon are keys of our own; each is aligned to the system entity
 * most of its span-matched mentions were linked to, and facts are compared through that alignment.
 */
final class CorpusEvaluation {
  private static final Set<String> SYMMETRIC = Set.of("partnerOf", "jointLabWith");
  private static final Set<String> NAMED =
      Set.of(org.newsgraph.extract.LexiconExtractor.NAME, "discovery");

  /** Counts for one score: right among found, found, gold found, gold. */
  static final class Count {
    int right;
    int found;
    int goldFound;
    int gold;

    void add(Count other) {
      right += other.right;
      found += other.found;
      goldFound += other.goldFound;
      gold += other.gold;
    }

    Prf prf() {
      return Prf.of(right, found, goldFound, gold);
    }
  }

  /** The three scores of one article or of a group of articles. */
  static final class Scores {
    final Count entities = new Count();
    final Count linked = new Count();
    final Count facts = new Count();
    final List<String> misses = new ArrayList<>();

    void add(Scores other) {
      entities.add(other.entities);
      linked.add(other.linked);
      facts.add(other.facts);
    }
  }

  private record GoldMention(int begin, int end, String anchor, String type, String key) {}

  private record SystemMention(int begin, int end, String kind, String entity) {}

  private final Pipeline pipeline;
  private final TypeHierarchy hierarchy;
  private final Map<String, List<String>> lexiconTypes = new HashMap<>();
  private final String base;

  CorpusEvaluation(Pipeline pipeline, Lexicon lexicon) {
    this.pipeline = pipeline;
    this.hierarchy = new TypeHierarchy(pipeline.gate().ontology());
    lexicon.entries().forEach(e -> lexiconTypes.put(e.iri(), e.types()));
    this.base = pipeline.config().iris().base();
  }

  /** The articles of one half of the corpus, by language. */
  static Map<String, List<Path>> articles(Path half) {
    Map<String, List<Path>> byLanguage = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(half)) {
      for (Path f : files.filter(CorpusEvaluation::annotated).sorted().toList()) {
        String name = f.getFileName().toString();
        String language = name.substring(name.length() - 6, name.length() - 4);
        byLanguage.computeIfAbsent(language, k -> new ArrayList<>()).add(f);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return byLanguage;
  }

  /** An article file with both its gold files beside it. */
  static boolean annotated(Path file) {
    String name = file.toString();
    if (!name.endsWith(".txt")) {
      return false;
    }
    String stem = name.substring(0, name.length() - 4);
    return Files.exists(Path.of(stem + ".mentions.tsv"))
        && Files.exists(Path.of(stem + ".facts.tsv"));
  }

  Scores score(Path articleFile) {
    Article article = ArticleReader.read(articleFile);
    Extraction extraction = pipeline.extract(article);
    String stem = articleFile.toString().substring(0, articleFile.toString().length() - 4);
    List<GoldMention> gold = goldMentions(article, Path.of(stem + ".mentions.tsv"));
    Map<String, List<String>> candidateTypes = extraction.candidateTypes();
    List<SystemMention> system = new ArrayList<>();
    for (Mention m : extraction.mentions()) {
      if (!NAMED.contains(m.extractor())) {
        continue;
      }
      String kind = kind(m.entity(), candidateTypes);
      if (kind != null) {
        system.add(new SystemMention(m.begin(), m.end(), kind, m.entity()));
      }
    }
    Scores scores = new Scores();
    Map<String, Map<String, Integer>> votes = new HashMap<>();
    for (GoldMention g : gold) {
      for (SystemMention s : system) {
        if (s.begin() == g.begin() && s.end() == g.end()) {
          votes.computeIfAbsent(g.key(), k -> new HashMap<>()).merge(s.entity(), 1, Integer::sum);
        }
      }
    }
    Map<String, String> aligned = new HashMap<>();
    Map<String, String> keyOfEntity = new HashMap<>();
    for (GoldMention g : gold) {
      String entity =
          g.key().startsWith("id/")
              ? base + g.key()
              : votes.getOrDefault(g.key(), Map.of()).entrySet().stream()
                  .max(Map.Entry.comparingByValue())
                  .map(Map.Entry::getKey)
                  .orElse("");
      aligned.put(g.key(), entity);
      keyOfEntity.putIfAbsent(entity, g.key());
    }
    Set<String> right = new HashSet<>();
    Set<String> linkedRight = new HashSet<>();
    for (GoldMention g : gold) {
      boolean hit = false;
      for (SystemMention s : system) {
        if (s.begin() == g.begin() && s.end() == g.end() && s.kind().equals(g.type())) {
          hit = true;
          right.add(s.begin() + "," + s.end());
          if (s.entity().equals(aligned.get(g.key()))) {
            linkedRight.add(s.begin() + "," + s.end());
          }
        }
      }
      if (!hit) {
        scores.misses.add("missed mention " + g.anchor() + " (" + g.type() + ") at " + g.begin());
      }
    }
    for (SystemMention s : system) {
      if (!right.contains(s.begin() + "," + s.end())) {
        scores.misses.add(
            "wrong mention "
                + article
                    .text()
                    .substring(
                        article.text().offsetByCodePoints(0, s.begin()),
                        article.text().offsetByCodePoints(0, s.end()))
                + " ("
                + s.kind()
                + ") at "
                + s.begin());
      }
    }
    scores.entities.gold = gold.size();
    scores.entities.found = system.size();
    scores.entities.right = right.size();
    scores.entities.goldFound = right.size();
    scores.linked.gold = gold.size();
    scores.linked.found = system.size();
    scores.linked.right = linkedRight.size();
    scores.linked.goldFound = linkedRight.size();
    facts(extraction, article, Path.of(stem + ".facts.tsv"), keyOfEntity, scores);
    return scores;
  }

  private void facts(
      Extraction extraction,
      Article article,
      Path goldFile,
      Map<String, String> keyOfEntity,
      Scores scores) {
    Set<String> gold = new HashSet<>();
    for (String[] row : rows(goldFile)) {
      gold.add(key(row[0], row[1], row[2]));
    }
    Map<String, String> why = new HashMap<>();
    for (Fact f : extraction.facts()) {
      String predicate = f.predicate().substring(NG.NS.length());
      Term o = f.object();
      String object =
          o.iri()
              .map(i -> keyOfEntity.getOrDefault(i, i))
              .or(() -> o.node().map(n -> "*"))
              .orElseGet(() -> literal(o));
      why.putIfAbsent(
          key(keyOfEntity.getOrDefault(f.subject(), f.subject()), predicate, object),
          f.evidence().rule() + ": " + excerpt(article, f.evidence()));
    }
    int right = 0;
    for (Map.Entry<String, String> s : why.entrySet()) {
      if (gold.contains(s.getKey())) {
        right++;
      } else {
        scores.misses.add("wrong fact " + s.getKey() + "    [" + s.getValue() + "]");
      }
    }
    Set<String> system = why.keySet();
    for (String g : gold) {
      if (!system.contains(g)) {
        scores.misses.add("missed fact " + g);
      }
    }
    scores.facts.gold = gold.size();
    scores.facts.found = system.size();
    scores.facts.right = right;
    scores.facts.goldFound = right;
  }

  private static String excerpt(Article article, Evidence evidence) {
    String text = article.text();
    return text.substring(
            text.offsetByCodePoints(0, evidence.begin()),
            text.offsetByCodePoints(0, evidence.end()))
        .replace('\n', ' ');
  }

  private static String literal(Term o) {
    String type = o.datatype().orElse("");
    int hash = type.lastIndexOf('#');
    return "\"" + o.value().orElse("") + "\"^^xsd:" + type.substring(hash + 1);
  }

  private static String key(String subject, String predicate, String object) {
    if (SYMMETRIC.contains(predicate) && subject.compareTo(object) > 0) {
      return object + " " + predicate + " " + subject;
    }
    return subject + " " + predicate + " " + object;
  }

  private String kind(String entity, Map<String, List<String>> candidateTypes) {
    List<String> types = lexiconTypes.getOrDefault(entity, candidateTypes.get(entity));
    if (types == null) {
      return null;
    }
    for (EntityKind kind : EntityKind.values()) {
      if (hierarchy.isA(types, kind.classIri())) {
        return kind.classIri().substring(NG.NS.length());
      }
    }
    return null;
  }

  private static List<GoldMention> goldMentions(Article article, Path file) {
    String text = article.text();
    List<GoldMention> gold = new ArrayList<>();
    int from = 0;
    for (String[] row : rows(file)) {
      int at = text.indexOf(row[0], from);
      if (at < 0) {
        throw new IllegalStateException(file + ": anchor '" + row[0] + "' not found after " + from);
      }
      from = at + row[0].length();
      int begin = text.codePointCount(0, at);
      gold.add(
          new GoldMention(
              begin, begin + row[0].codePointCount(0, row[0].length()), row[0], row[1], row[2]));
    }
    return gold;
  }

  private static List<String[]> rows(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .map(l -> l.split("\t"))
          .filter(r -> r.length == 3)
          .filter(r -> !(r[1].equals("type") || r[1].equals("predicate")))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
