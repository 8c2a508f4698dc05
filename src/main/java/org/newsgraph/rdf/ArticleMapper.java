package org.newsgraph.rdf;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.article.Article;
import org.newsgraph.article.PublicationDate;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Lexicon;
import org.newsgraph.extract.Mention;
import org.newsgraph.vocab.ITSRDF;
import org.newsgraph.vocab.NG;
import org.newsgraph.vocab.NIF;
import org.newsgraph.vocab.SchemaOrg;

/**
 * Maps an {@link Extraction} to RDF: the article as {@code schema:NewsArticle} and {@code
 * nif:Context}, each mention as a {@code nif:Phrase} linked to its entity. No blank nodes: every
 * node has an IRI from the {@link IriScheme}.
 */
public final class ArticleMapper {
  private final IriScheme iris;

  public ArticleMapper(IriScheme iris) {
    this.iris = iris;
  }

  public ConvertedArticle map(Extraction extraction, Lexicon lexicon) {
    Article article = extraction.article();
    Graph graph = GraphFactory.createDefaultGraph();
    Node context = iris.context(article.id(), article.length());
    describeArticle(graph, article, context);
    for (Mention mention : extraction.mentions()) {
      describeMention(graph, article.id(), context, mention);
    }
    return new ConvertedArticle(
        article.id(), iris.articleGraph(article.id()), graph, iris.lexiconGraph(), lexicon.graph());
  }

  private void describeArticle(Graph graph, Article article, Node context) {
    Node node = iris.article(article.id());
    add(graph, node, RDF.type.asNode(), SchemaOrg.NewsArticle);
    add(
        graph,
        node,
        SchemaOrg.headline,
        NodeFactory.createLiteralLang(article.title(), article.language()));
    add(graph, node, SchemaOrg.inLanguage, NodeFactory.createLiteralString(article.language()));
    article.published().ifPresent(date -> add(graph, node, SchemaOrg.datePublished, date(date)));
    article
        .source()
        .ifPresent(
            s -> add(graph, node, DCTerms.source.asNode(), NodeFactory.createLiteralString(s)));
    article.url().ifPresent(u -> add(graph, node, SchemaOrg.url, NodeFactory.createURI(u)));
    add(graph, node, NG.context, context);

    add(graph, context, RDF.type.asNode(), NIF.Context);
    add(graph, context, NIF.isString, NodeFactory.createLiteralString(article.text()));
    add(graph, context, NIF.beginIndex, offset(0));
    add(graph, context, NIF.endIndex, offset(article.length()));
  }

  private void describeMention(Graph graph, String articleId, Node context, Mention mention) {
    Node node = iris.span(articleId, mention.begin(), mention.end());
    add(graph, node, RDF.type.asNode(), NIF.Phrase);
    add(graph, node, NIF.referenceContext, context);
    add(graph, node, NIF.beginIndex, offset(mention.begin()));
    add(graph, node, NIF.endIndex, offset(mention.end()));
    add(graph, node, NIF.anchorOf, NodeFactory.createLiteralString(mention.anchor()));
    add(graph, node, ITSRDF.taIdentRef, NodeFactory.createURI(mention.entity()));
    add(
        graph,
        node,
        ITSRDF.taConfidence,
        // The canonical form TDB2 gives back, so converted output and the store are isomorphic.
        NodeValue.makeDouble(mention.confidence()).asNode());
    add(graph, node, NG.extractor, NodeFactory.createLiteralString(mention.extractor()));
    if (!mention.suffix().isEmpty()) {
      add(graph, node, NG.suffix, NodeFactory.createLiteralString(mention.suffix()));
    }
  }

  /** Offsets as xsd:nonNegativeInteger, as NIF has them; TDB2 keeps this lexical form as is. */
  private static Node offset(int value) {
    return NodeFactory.createLiteralDT(Integer.toString(value), XSDDatatype.XSDnonNegativeInteger);
  }

  private static Node date(PublicationDate date) {
    RDFDatatype type =
        switch (date.precision()) {
          case YEAR -> XSDDatatype.XSDgYear;
          case MONTH -> XSDDatatype.XSDgYearMonth;
          case DAY -> XSDDatatype.XSDdate;
        };
    return NodeFactory.createLiteralDT(date.lexical(), type);
  }

  private static void add(Graph graph, Node s, Node p, Node o) {
    graph.add(Triple.create(s, p, o));
  }
}
