package org.newsgraph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleException;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.extract.CandidateFinder;
import org.newsgraph.extract.CoreferenceResolver;
import org.newsgraph.extract.CoreferenceRules;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Lexicon;
import org.newsgraph.extract.LexiconExtractor;
import org.newsgraph.extract.LexiconLoader;
import org.newsgraph.extract.TypeHierarchy;
import org.newsgraph.extract.discover.CandidateIris;
import org.newsgraph.extract.discover.EntityDiscovery;
import org.newsgraph.extract.discover.NameFinders;
import org.newsgraph.extract.document.ExtractionJson;
import org.newsgraph.extract.rules.RuleEngine;
import org.newsgraph.extract.rules.RuleLoader;
import org.newsgraph.extract.value.ValueFinder;
import org.newsgraph.extract.value.ValueLexicon;
import org.newsgraph.rdf.ArticleMapper;
import org.newsgraph.rdf.ConvertedArticle;
import org.newsgraph.shapes.ShapesGate;
import org.newsgraph.shapes.ValidationResult;
import org.newsgraph.store.GraphStore;

/**
 * The whole path from article file to store, composed from the stage libraries: read, extract, map
 * to RDF, validate, load. The CLI and the server only call this.
 */
public final class Pipeline {
  private final NewsgraphConfig config;
  private final Lexicon lexicon;
  private final LexiconExtractor extractor;
  private final CoreferenceResolver coreference;
  private final RuleEngine rules;
  private final CandidateFinder candidates;
  private final EntityDiscovery discovery;
  private final ArticleMapper mapper;
  private final ShapesGate gate;

  private Pipeline(NewsgraphConfig config, Lexicon lexicon, ShapesGate gate) {
    this.config = config;
    this.lexicon = lexicon;
    this.extractor = new LexiconExtractor(lexicon);
    TypeHierarchy hierarchy = new TypeHierarchy(gate.ontology());
    this.coreference =
        new CoreferenceResolver(
            CoreferenceRules.load(config.lexiconDir(), hierarchy), lexicon, hierarchy);
    this.candidates = new CandidateFinder(config.lexiconDir(), lexicon, hierarchy);
    this.discovery =
        NameFinders.load(
            config.discoveryDir(), lexicon, hierarchy, new CandidateIris(config.iris().base()));
    this.rules =
        new RuleEngine(
            RuleLoader.load(config.rulesDir()),
            lexicon,
            hierarchy,
            valueFinders(config.valuesDir()));
    this.mapper = new ArticleMapper(config.iris());
    this.gate = gate;
  }

  private static Map<String, ValueFinder> valueFinders(Path dir) {
    Map<String, ValueFinder> finders = new HashMap<>();
    if (Files.isDirectory(dir)) {
      ValueLexicon values = ValueLexicon.load(dir);
      values.languages().forEach(l -> finders.put(l, ValueFinder.forLanguage(values, l)));
    }
    return finders;
  }

  /** Loads the lexicon and the shapes once; the pipeline can then convert many articles. */
  public static Pipeline create(NewsgraphConfig config) {
    return new Pipeline(
        config,
        LexiconLoader.load(config.lexiconDir(), config.iris().base()),
        ShapesGate.standard());
  }

  public NewsgraphConfig config() {
    return config;
  }

  public ShapesGate gate() {
    return gate;
  }

  /**
   * What the extraction steps find in the article: mentions by name in the lexicon, then names the
   * lexicon does not know, then mentions by reference, then facts, claims and values by the rules.
   */
  public Extraction extract(Article article) {
    Extraction named = discovery.discover(extractor.extract(article));
    return rules.apply(candidates.find(coreference.resolve(named)));
  }

  /**
   * The RDF of an article file, or of an extraction document ({@code .json}) written by a curator
   * or another extractor, not yet validated.
   */
  public ConvertedArticle convert(Path file) {
    Extraction extraction =
        ExtractionJson.isDocument(file)
            ? ExtractionJson.read(file)
            : extract(ArticleReader.read(file));
    return mapper.map(extraction, lexicon);
  }

  /** The article's RDF, after it passed the shapes gate. */
  public ConvertedArticle convertValidated(Path articleFile) {
    ConvertedArticle converted = convert(articleFile);
    gate.require(union(converted), articleFile.toString());
    return converted;
  }

  public ValidationResult validate(ConvertedArticle converted) {
    return gate.validate(union(converted));
  }

  /**
   * Converts and validates every file first, then replaces their graphs in one write transaction:
   * one bad file means the store is not touched.
   */
  public List<ConvertedArticle> load(GraphStore store, List<Path> articleFiles) {
    List<ConvertedArticle> converted = articleFiles.stream().map(this::convertValidated).toList();
    store.replace(
        converted, config.iris().ontologyGraph(), gate.ontology(), config.iris().inferredGraph());
    return converted;
  }

  /** The article files in {@code data/articles/}, sorted by name. */
  public List<Path> articleFiles() {
    Path dir = config.articlesDir();
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
    } catch (IOException e) {
      throw new ArticleException(dir + ": cannot list the articles folder: " + e.getMessage(), e);
    }
  }

  private static Graph union(ConvertedArticle converted) {
    Graph union = GraphFactory.createDefaultGraph();
    converted.articleGraph().find().forEachRemaining(union::add);
    converted.lexiconGraph().find().forEachRemaining(union::add);
    return union;
  }
}
