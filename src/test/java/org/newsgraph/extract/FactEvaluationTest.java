package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.XSD;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.NewsgraphConfig;
import org.newsgraph.Pipeline;
import org.newsgraph.TestFiles;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.article.PublicationDate;
import org.newsgraph.vocab.NG;

/**
 * Scores the whole extraction ({@link Pipeline#extract}: lexicon, coreference, the rules in {@code
 * data/rules/}) against hand-made gold facts and claims in {@code
 * src/test/resources/gold/ID.LANG.facts.tsv} and {@code ID.LANG.claims.tsv} (one pair per article
 * {@code data/articles/ID.LANG.txt}; the conventions are in each file's header).
 *
 * <p>Facts count on (subject, predicate, object), deduplicated; a gold object {@code *} stands for
 * any object (nodes made per article), symmetric properties of the ontology are compared without
 * direction, and a node reached from the subject by a fact lends its node-valued properties to the
 * subject. Claims count on speaker and span overlap. The test prints precision, recall and F1 of
 * facts (also without the value facts the number and date reader makes) and of claims, with what
 * was wrong and what was missed, and holds the extraction to the project's targets for facts.
 */
class FactEvaluationTest {
  private static final String GOLD_DIR = "gold";
  private static final String FACTS = ".facts.tsv";
  private static final String CLAIMS = ".claims.tsv";
  private static final String ANY = "*";
  private static final String NODE = "_:";
  private static final Set<String> MODALITIES = Set.of("States", "Believes", "Predicts", "Advises");

  private static String base;
  private static Pipeline pipeline;
  private static Set<String> entities;
  private static Set<String> symmetric;

  /** A fact as compared: IRIs absolute, a literal as {@code "lex"^^<datatype>}, {@code *} any. */
  record Triple(String subject, String predicate, String object) {
    Triple anyObject() {
      return new Triple(subject, predicate, ANY);
    }
  }

  /** One gold fact row; {@code value} when it is read by the number and date reader. */
  record GoldFact(Triple triple, boolean value) {}

  /** One claim, gold or found. */
  record ClaimSpan(String speaker, String modality, int begin, int end, String text) {
    boolean overlaps(ClaimSpan other) {
      return speaker.equals(other.speaker) && begin < other.end && other.begin < end;
    }
  }

  /**
   * Precision, recall and F1, with what was wrong and what was missed. For facts, the found facts
   * that are right and the gold facts that are found are the same number; for claims they may
   * differ, since several found claims (one per list item) may overlap one gold claim.
   *
   * @param goldFound gold items some found item matches
   * @param foundRight found items that match some gold item
   */
  record Score(
      int gold,
      int found,
      int goldFound,
      int foundRight,
      List<String> falsePositives,
      List<String> missed) {
    Prf prf() {
      return Prf.of(foundRight, found, goldFound, gold);
    }
  }

  @BeforeAll
  static void loadPipeline() {
    NewsgraphConfig config = TestFiles.config();
    base = config.iris().base();
    pipeline = Pipeline.create(config);
    entities =
        LexiconLoader.load(config.lexiconDir(), base).entries().stream()
            .map(LexiconEntry::iri)
            .collect(Collectors.toSet());
    symmetric =
        pipeline
            .gate()
            .ontology()
            .find(Node.ANY, RDF.type.asNode(), OWL.SymmetricProperty.asNode())
            .mapWith(t -> t.getSubject().getURI())
            .toSet();
    assertThat(symmetric).as("symmetric properties of the ontology").contains(NG.NS + "partnerOf");
  }

  @Test
  void everyGoldFactsFileHasItsArticleAndClaims() {
    assertThat(goldNames())
        .containsExactlyInAnyOrder(
            "latepost-kai-fu-lee-2025-01.mr", "latepost-kai-fu-lee-2025-01.en");
    for (String name : goldNames()) {
      assertThat(article(name)).as("article for gold %s", name).exists();
      assertThat(TestFiles.resource(GOLD_DIR + "/" + name + CLAIMS))
          .as("gold claims for %s", name)
          .exists();
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"latepost-kai-fu-lee-2025-01.mr", "latepost-kai-fu-lee-2025-01.en"})
  void goldRowsAreWellFormed(String name) {
    List<GoldFact> facts = goldFacts(name);
    assertThat(facts).as("gold facts of %s", name).isNotEmpty();
    for (GoldFact fact : facts) {
      Triple t = fact.triple();
      assertThat(entities).as("subject of gold fact %s is in the lexicon", t).contains(t.subject());
      if (isIri(t.object())) {
        assertThat(entities).as("object of gold fact %s is in the lexicon", t).contains(t.object());
      }
    }
    Article article = ArticleReader.read(article(name));
    int[] text = article.text().codePoints().toArray();
    List<ClaimSpan> claims = goldClaims(name);
    assertThat(claims).as("gold claims of %s", name).isNotEmpty();
    for (ClaimSpan claim : claims) {
      assertThat(entities).as("speaker of %s", claim).contains(claim.speaker());
      assertThat(MODALITIES).as("modality of %s", claim).contains(claim.modality());
      assertThat(claim.begin()).as("begin of %s", claim).isLessThan(claim.end());
      assertThat(claim.end()).as("end of %s", claim).isLessThanOrEqualTo(text.length);
      assertThat(new String(text, claim.begin(), claim.end() - claim.begin()))
          .as("article text at the offsets of gold claim %s", claim)
          .isEqualTo(claim.text());
    }
  }

  @ParameterizedTest(name = "{0}: fact F1 >= {1}")
  @CsvSource({"latepost-kai-fu-lee-2025-01.mr, 0.90", "latepost-kai-fu-lee-2025-01.en, 0.85"})
  void extractionReachesTheTargetFactF1(String name, double target) {
    Extraction extraction = pipeline.extract(ArticleReader.read(article(name)));
    List<GoldFact> gold = goldFacts(name);
    Set<Triple> found = foundTriples(extraction);
    Score all = scoreFacts(gold, found);
    Set<String> valuePredicates =
        gold.stream()
            .filter(GoldFact::value)
            .map(f -> f.triple().predicate())
            .collect(Collectors.toSet());
    Score withoutValues =
        scoreFacts(
            gold.stream().filter(f -> !f.value()).toList(),
            found.stream()
                .filter(t -> !valuePredicates.contains(t.predicate()))
                .collect(Collectors.toSet()));
    Score claims = scoreClaims(goldClaims(name), foundClaims(extraction));
    System.out.println(
        report("facts", name, all)
            + report("facts without value facts", name, withoutValues)
            + report("claims", name, claims)
            + modalities(goldClaims(name), foundClaims(extraction)));
    assertThat(all.prf().f1())
        .as("fact F1 of the extraction on %s (see the report above)", name)
        .isGreaterThanOrEqualTo(target);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"latepost-kai-fu-lee-2025-01.mr", "latepost-kai-fu-lee-2025-01.en"})
  void everyFactsEvidenceHoldsBothArguments(String name) {
    Extraction extraction = pipeline.extract(ArticleReader.read(article(name)));
    assertThat(extraction.facts()).as("facts of %s", name).isNotEmpty();
    for (Fact fact : extraction.facts()) {
      Evidence e = fact.evidence();
      String what = describe(fact, extraction.article());
      assertThat(e.sentenceBegin() <= e.begin() && e.end() <= e.sentenceEnd())
          .as("evidence inside its sentence: %s", what)
          .isTrue();
      assertThat(mentionInside(extraction, fact.subject(), e))
          .as("a mention of the subject inside the evidence: %s", what)
          .isTrue();
      fact.object()
          .iri()
          .filter(entities::contains)
          .ifPresent(
              object ->
                  assertThat(mentionInside(extraction, object, e))
                      .as("a mention of the object inside the evidence: %s", what)
                      .isTrue());
    }
  }

  /**
   * A fact read from the seed, written again with other word order and other endings (Marathi) or
   * other words (English), each as its own small article: the rules must still read it.
   */
  @ParameterizedTest(name = "[{index}] {0}: {1}")
  @MethodSource("rewordings")
  void rewordedSentencesGiveTheSameFact(
      String language, String sentence, String subject, String predicate, String object) {
    Article article =
        new Article(
            "reworded-" + language,
            "reworded",
            language,
            Optional.of(new PublicationDate("2025-01", PublicationDate.Precision.MONTH)),
            Optional.empty(),
            Optional.empty(),
            sentence,
            "FactEvaluationTest");
    Extraction extraction = pipeline.extract(article);
    Triple expected = normalise(new Triple(base + subject, NG.NS + predicate, base + object));
    assertThat(foundTriples(extraction))
        .as(
            "facts read from '%s'; mentions %s",
            sentence,
            extraction.mentions().stream().map(m -> m.anchor() + "+" + m.suffix()).toList())
        .contains(expected);
  }

  static Stream<Arguments> rewordings() {
    String lee = "id/person/kai-fu-lee";
    String zeroOne = "id/org/01-ai";
    List<Arguments> cases = new ArrayList<>();
    // Each fact once in Marathi and once in English; the seed's own wording is not among them.
    pair(
        cases,
        "ली कै-फु हे शून्य एक कंपनीचे सीईओ आहेत.",
        "01.AI's chief executive Kai-Fu Lee said the company will change its strategy.",
        zeroOne,
        "ceo",
        lee);
    pair(
        cases,
        "शून्य एकच्या सीईओपदी ली कै-फु आहेत.",
        "Kai-Fu Lee, CEO of 01.AI, spoke about the strategy.",
        zeroOne,
        "ceo",
        lee);
    pair(
        cases,
        "अलीबाबा क्लाउडसोबत शून्य एकने संयुक्त प्रयोगशाळा सुरू केली.",
        "With Alibaba Cloud, 01.AI has opened a joint laboratory.",
        zeroOne,
        "jointLabWith",
        "id/org/alibaba-cloud");
    pair(
        cases,
        "'लेट पोस्ट'ला ली कै-फु यांनी मुलाखत दिली.",
        "LatePost interviewed Kai-Fu Lee in January.",
        lee,
        "gaveInterviewTo",
        "id/org/latepost");
    pair(
        cases,
        "एजीआयचा नाद शून्य एकने कधीच सोडून दिला आहे.",
        "AGI is a goal that 01.AI abandoned long ago.",
        zeroOne,
        "gaveUp",
        "id/concept/artificial-general-intelligence");
    pair(
        cases,
        "गेमिंग आणि ऊर्जा या क्षेत्रांमध्ये शून्य एक सक्रिय आहे.",
        "Gaming and energy are among the sectors where 01.AI works.",
        zeroOne,
        "activeInSector",
        "id/concept/energy-industry");
    pair(
        cases,
        "जलद आणि स्वस्त मॉडेलवर शून्य एक आता भर देणार आहे.",
        "From now on 01.AI will concentrate on fast and cheap models.",
        zeroOne,
        "focusesOn",
        "id/concept/fast-cheap-model");
    return cases.stream();
  }

  private static void pair(
      List<Arguments> cases,
      String marathi,
      String english,
      String subject,
      String predicate,
      String object) {
    cases.add(Arguments.of("mr", marathi, subject, predicate, object));
    cases.add(Arguments.of("en", english, subject, predicate, object));
  }

  // ------------------------------------------------------------------ scoring

  static Score scoreFacts(List<GoldFact> gold, Set<Triple> found) {
    Set<Triple> goldKeys = gold.stream().map(GoldFact::triple).collect(Collectors.toSet());
    Set<Triple> wildcards =
        goldKeys.stream().filter(t -> t.object().equals(ANY)).collect(Collectors.toSet());
    // Found facts that a wildcard row covers collapse into that row: they count once.
    Set<Triple> foundKeys = new HashSet<>();
    for (Triple t : found) {
      foundKeys.add(wildcards.contains(t.anyObject()) ? t.anyObject() : t);
    }
    List<String> falsePositives =
        foundKeys.stream()
            .filter(t -> !goldKeys.contains(t))
            .map(FactEvaluationTest::show)
            .sorted()
            .toList();
    List<String> missed =
        goldKeys.stream()
            .filter(t -> !foundKeys.contains(t))
            .map(FactEvaluationTest::show)
            .sorted()
            .toList();
    int correct = (int) foundKeys.stream().filter(goldKeys::contains).count();
    return new Score(goldKeys.size(), foundKeys.size(), correct, correct, falsePositives, missed);
  }

  static Score scoreClaims(List<ClaimSpan> gold, List<ClaimSpan> found) {
    List<String> missed =
        gold.stream()
            .filter(g -> found.stream().noneMatch(g::overlaps))
            .map(FactEvaluationTest::show)
            .toList();
    List<String> falsePositives =
        found.stream()
            .filter(f -> gold.stream().noneMatch(f::overlaps))
            .map(FactEvaluationTest::show)
            .toList();
    return new Score(
        gold.size(),
        found.size(),
        gold.size() - missed.size(),
        found.size() - falsePositives.size(),
        falsePositives,
        missed);
  }

  private static String modalities(List<ClaimSpan> gold, List<ClaimSpan> found) {
    int matched = 0;
    int same = 0;
    StringBuilder out = new StringBuilder();
    for (ClaimSpan g : gold) {
      Optional<ClaimSpan> f = found.stream().filter(g::overlaps).findFirst();
      if (f.isPresent()) {
        matched++;
        if (f.get().modality().equals(g.modality())) {
          same++;
        } else {
          out.append("\n    gold ")
              .append(g.modality())
              .append(", found ")
              .append(f.get().modality())
              .append(": ")
              .append(shorten(g.text()));
        }
      }
    }
    return String.format(
        "  claim modality (reported, not scored): %d of %d matched gold claims agree%s%n",
        same, matched, out);
  }

  // ------------------------------------------------------------------ found facts and claims

  /** The extraction's facts as triples, with node objects and the properties of those nodes. */
  static Set<Triple> foundTriples(Extraction extraction) {
    Map<String, ValueNode> nodes = new LinkedHashMap<>();
    extraction.nodes().forEach(n -> nodes.put(n.key(), n));
    Set<Triple> triples = new LinkedHashSet<>();
    for (Fact fact : extraction.facts()) {
      triples.add(normalise(new Triple(fact.subject(), fact.predicate(), term(fact.object()))));
      Set<String> seen = new HashSet<>();
      List<String> reached = new ArrayList<>(fact.object().node().stream().toList());
      while (!reached.isEmpty()) {
        String key = reached.remove(reached.size() - 1);
        ValueNode node = nodes.get(key);
        if (node == null || !seen.add(key)) {
          continue;
        }
        for (ValueNode.Property property : node.properties()) {
          property
              .value()
              .node()
              .ifPresent(
                  next -> {
                    triples.add(new Triple(fact.subject(), property.predicate(), NODE + next));
                    reached.add(next);
                  });
        }
      }
    }
    return triples;
  }

  private static List<ClaimSpan> foundClaims(Extraction extraction) {
    int[] text = extraction.article().text().codePoints().toArray();
    return extraction.claims().stream()
        .map(
            c ->
                new ClaimSpan(
                    c.speaker(),
                    c.modality(),
                    c.evidence().begin(),
                    c.evidence().end(),
                    new String(
                        text, c.evidence().begin(), c.evidence().end() - c.evidence().begin())))
        .sorted(Comparator.comparingInt(ClaimSpan::begin))
        .toList();
  }

  private static String term(Term term) {
    if (term.iri().isPresent()) {
      return term.iri().get();
    }
    if (term.node().isPresent()) {
      return NODE + term.node().get();
    }
    String value = "\"" + term.value().orElseThrow() + "\"";
    return term.language().isPresent()
        ? value + "@" + term.language().get()
        : value + "^^<" + term.datatype().orElse(XSD.xstring.getURI()) + ">";
  }

  private static Triple normalise(Triple t) {
    if (symmetric.contains(t.predicate()) && t.subject().compareTo(t.object()) > 0) {
      return new Triple(t.object(), t.predicate(), t.subject());
    }
    return t;
  }

  private static boolean mentionInside(Extraction extraction, String entity, Evidence e) {
    return extraction.mentions().stream()
        .anyMatch(m -> m.entity().equals(entity) && e.begin() <= m.begin() && m.end() <= e.end());
  }

  // ------------------------------------------------------------------ gold files

  /** The gold facts of {@code name}, IRIs resolved against the configured base. */
  private static List<GoldFact> goldFacts(String name) {
    Path file = TestFiles.resource(GOLD_DIR + "/" + name + FACTS);
    List<GoldFact> facts = new ArrayList<>();
    for (String[] row : TestFiles.manifestRows(file)) {
      String line = String.join("\t", row);
      assertThat(row.length).as("columns of gold row '%s' in %s", line, file).isBetween(3, 4);
      assertThat(row[1]).as("predicate of gold row '%s'", line).startsWith("ng:");
      boolean value = row.length == 4;
      if (value) {
        assertThat(row[3]).as("kind of gold row '%s'", line).isEqualTo("value");
      }
      Triple triple =
          new Triple(base + row[0], NG.NS + row[1].substring("ng:".length()), goldObject(row[2]));
      facts.add(new GoldFact(normalise(triple), value));
    }
    return facts;
  }

  private static String goldObject(String object) {
    if (object.equals(ANY)) {
      return ANY;
    }
    if (object.startsWith("\"")) {
      int close = object.lastIndexOf("\"^^xsd:");
      assertThat(close).as("literal %s: expected \"lexical\"^^xsd:type", object).isPositive();
      return object.substring(0, close + 1)
          + "^^<"
          + XSD.NS
          + object.substring(close + "\"^^xsd:".length())
          + ">";
    }
    return base + object;
  }

  private static List<ClaimSpan> goldClaims(String name) {
    Path file = TestFiles.resource(GOLD_DIR + "/" + name + CLAIMS);
    List<ClaimSpan> claims = new ArrayList<>();
    for (String[] row : TestFiles.manifestRows(file)) {
      assertThat(row).as("gold claim row %s of %s", String.join("\t", row), file).hasSize(5);
      claims.add(
          new ClaimSpan(
              base + row[0],
              row[1],
              Integer.parseInt(row[2]),
              Integer.parseInt(row[3]),
              unescape(row[4])));
    }
    return claims;
  }

  private static String unescape(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        char next = text.charAt(++i);
        out.append(next == 'n' ? '\n' : next);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static Path article(String name) {
    return TestFiles.dataDir().resolve("articles").resolve(name + ".txt");
  }

  private static Set<String> goldNames() {
    try (Stream<Path> files = Files.list(TestFiles.resource(GOLD_DIR))) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(FACTS))
          .map(n -> n.substring(0, n.length() - FACTS.length()))
          .collect(Collectors.toCollection(TreeSet::new));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ------------------------------------------------------------------ reports

  private static String report(String what, String name, Score score) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            "%n%s evaluation %s: gold %d, found %d, gold found %d, found right %d%n"
                + "  precision %.4f  recall %.4f  F1 %.4f%n",
            what,
            name,
            score.gold(),
            score.found(),
            score.goldFound(),
            score.foundRight(),
            score.prf().precision(),
            score.prf().recall(),
            score.prf().f1()));
    out.append("  false positives (found, not in gold): ").append(score.falsePositives().size());
    score.falsePositives().forEach(s -> out.append("\n    ").append(s));
    out.append("\n  false negatives (in gold, not found): ").append(score.missed().size());
    score.missed().forEach(s -> out.append("\n    ").append(s));
    return out.append('\n').toString();
  }

  private static String show(Triple t) {
    return relative(t.subject()) + "\t" + relative(t.predicate()) + "\t" + relative(t.object());
  }

  private static String show(ClaimSpan c) {
    return relative(c.speaker())
        + "\t"
        + c.modality()
        + "\t"
        + c.begin()
        + "\t"
        + c.end()
        + "\t"
        + shorten(c.text());
  }

  private static String shorten(String text) {
    String flat = text.replace("\n", "⏎");
    return flat.codePointCount(0, flat.length()) <= 90
        ? flat
        : flat.substring(0, flat.offsetByCodePoints(0, 87)) + "…";
  }

  private static String relative(String iri) {
    if (iri.startsWith(NG.NS)) {
      return "ng:" + iri.substring(NG.NS.length());
    }
    return iri.startsWith(base) ? iri.substring(base.length()) : iri;
  }

  private static boolean isIri(String object) {
    return !object.equals(ANY) && !object.startsWith("\"") && !object.startsWith(NODE);
  }

  private static String describe(Fact fact, Article article) {
    int[] text = article.text().codePoints().toArray();
    Evidence e = fact.evidence();
    return relative(fact.subject())
        + " "
        + relative(fact.predicate())
        + " "
        + relative(term(fact.object()))
        + " ["
        + e.rule()
        + "] "
        + e.begin()
        + ","
        + e.end()
        + " in "
        + e.sentenceBegin()
        + ","
        + e.sentenceEnd()
        + ": "
        + new String(text, e.begin(), e.end() - e.begin()).replace("\n", "⏎");
  }
}
