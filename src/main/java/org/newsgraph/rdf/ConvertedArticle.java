package org.newsgraph.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * The RDF of one article, ready for the shapes gate and the store: the article's own named graph
 * and the lexicon graph that describes the entities it mentions.
 *
 * @param articleId the article's id
 * @param articleGraphName name of the article's graph
 * @param articleGraph text, metadata and mentions
 * @param lexiconGraphName name of the lexicon graph
 * @param lexiconGraph entity descriptions
 */
public record ConvertedArticle(
    String articleId,
    Node articleGraphName,
    Graph articleGraph,
    Node lexiconGraphName,
    Graph lexiconGraph) {

  /** Both graphs as named graphs of a new in-memory dataset. */
  public DatasetGraph toDataset() {
    DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
    dataset.addGraph(articleGraphName, articleGraph);
    dataset.addGraph(lexiconGraphName, lexiconGraph);
    dataset.prefixes().putAll(Prefixes.standard());
    return dataset;
  }
}
