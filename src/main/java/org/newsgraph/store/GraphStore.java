package org.newsgraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.newsgraph.rdf.ConvertedArticle;
import org.newsgraph.rdf.Materializer;
import org.newsgraph.rdf.Prefixes;

/**
 * The TDB2 store: one named graph per article, one for the lexicon and one for the ontology. Every
 * change is one write transaction, so a failure leaves the store as it was. The default graph of
 * queries is the union of the named graphs.
 */
public final class GraphStore implements AutoCloseable {
  private final Path directory;
  private final DatasetGraph dataset;

  private GraphStore(Path directory, DatasetGraph dataset) {
    this.directory = directory;
    this.dataset = dataset;
  }

  /** Opens the store in {@code directory}, creating it when absent. */
  public static GraphStore open(Path directory) {
    try {
      Files.createDirectories(directory);
      DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(Location.create(directory));
      dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
      return new GraphStore(directory, dataset);
    } catch (IOException | RuntimeException e) {
      throw new StoreException(directory + ": cannot open the TDB2 store: " + e.getMessage(), e);
    }
  }

  public Path directory() {
    return directory;
  }

  /** The transactional dataset, for the server and for queries. */
  public DatasetGraph dataset() {
    return dataset;
  }

  public boolean isEmpty() {
    return Txn.calculateRead(dataset, () -> !dataset.find().hasNext());
  }

  /** Names of the graphs in the store. */
  public List<Node> graphNames() {
    return Txn.calculateRead(
        dataset,
        () -> {
          List<Node> names = new ArrayList<>();
          dataset.listGraphNodes().forEachRemaining(names::add);
          return names;
        });
  }

  /**
   * Replaces each article's graph, the lexicon graph and the ontology graph, then recomputes the
   * inferred graph over everything stored, in one write transaction: all of them change, or none.
   *
   * @return the number of inferred triples stored
   */
  public long replace(
      List<ConvertedArticle> articles,
      Node ontologyGraphName,
      Graph ontology,
      Node inferredGraphName) {
    return Txn.calculateWrite(
        dataset,
        () -> {
          for (ConvertedArticle article : articles) {
            put(article.articleGraphName(), article.articleGraph());
            put(article.lexiconGraphName(), article.lexiconGraph());
          }
          put(ontologyGraphName, ontology);
          dataset.prefixes().putAll(Prefixes.standard());
          Graph inferred = new Materializer(ontology).infer(asserted(inferredGraphName));
          put(inferredGraphName, inferred);
          return inferred.size();
        });
  }

  /** Every stored triple outside the inferred graph, in one graph. */
  private Graph asserted(Node inferredGraphName) {
    Graph all = GraphFactory.createDefaultGraph();
    dataset
        .find()
        .forEachRemaining(
            q -> {
              if (!q.getGraph().equals(inferredGraphName)) {
                all.add(q.asTriple());
              }
            });
    return all;
  }

  private void put(Node name, Graph graph) {
    dataset.removeGraph(name);
    Graph target = dataset.getGraph(name);
    graph.find().forEachRemaining(target::add);
  }

  @Override
  public void close() {
    dataset.close();
  }
}
