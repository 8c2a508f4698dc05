package org.newsgraph.rdf;

import java.io.OutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Writes a dataset in one {@link RdfFormat}; triple formats receive the union of its graphs.
 * JSON-LD is compacted with the project's context ({@link JsonLdCompaction}) and keeps the named
 * graphs.
 */
public final class RdfOutput {
  private RdfOutput() {}

  public static void write(DatasetGraph dataset, RdfFormat format, OutputStream out) {
    if (format == RdfFormat.JSONLD) {
      JsonLdCompaction.write(dataset, out);
    } else if (format.isQuads()) {
      RDFWriter.source(dataset).format(format.jenaFormat()).output(out);
    } else {
      RDFWriter.source(union(dataset)).format(format.jenaFormat()).output(out);
    }
  }

  /** All triples of all graphs of {@code dataset} in one new graph, with its prefixes. */
  public static Graph union(DatasetGraph dataset) {
    Graph union = GraphFactory.createDefaultGraph();
    dataset.find().forEachRemaining(q -> union.add(q.asTriple()));
    dataset.prefixes().forEach((prefix, uri) -> union.getPrefixMapping().setNsPrefix(prefix, uri));
    return union;
  }
}
