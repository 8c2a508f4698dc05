package org.newsgraph.server;

import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.Service;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.newsgraph.rdf.IriScheme;
import org.newsgraph.web.AssetServlet;
import org.newsgraph.web.ExportServlet;
import org.newsgraph.web.OntologyServlet;
import org.newsgraph.web.PageServlet;
import org.newsgraph.web.ResourceServlet;

/**
 * The embedded Fuseki server: the store as a read-only dataset ({@code /kg}, SPARQL query at {@code
 * /kg/sparql}) and {@code /$/ping}. Fuseki main is composed, not subclassed. Queries time out, and
 * {@code SERVICE} calls to other endpoints are refused.
 */
public final class NewsgraphServer implements AutoCloseable {
  private final FusekiServer fuseki;
  private final ServerSettings settings;

  private NewsgraphServer(FusekiServer fuseki, ServerSettings settings) {
    this.fuseki = fuseki;
    this.settings = settings;
  }

  /** The path the ontology is served at: the last segment of its namespace IRI. */
  public static final String ONTOLOGY_PATH = "/ns";

  /** The SPARQL editor (YASGUI) on the read-only endpoint. */
  public static final String QUERY_PATH = "/query";

  /** The interactive graph view. */
  public static final String GRAPH_PATH = "/graph";

  /** The path of the whole graph for download, {@code ?format=graphml|…|trig|…}. */
  public static final String EXPORT_PATH = "/export";

  /** The paths under which the graph's resources are published as linked data. */
  public static final List<String> RESOURCE_PATHS = List.of("/id/*", "/article/*");

  /**
   * Builds and starts the server over {@code dataset}, publishing {@code ontology} at /ns and every
   * resource minted under {@code iris}' base at its path ({@code /id/…}, {@code /article/…}).
   */
  public static NewsgraphServer start(
      DatasetGraph dataset, Graph ontology, IriScheme iris, ServerSettings settings) {
    dataset.getContext().set(ARQ.queryTimeout, Long.toString(settings.queryTimeout().toMillis()));
    dataset.getContext().set(Service.httpServiceAllowed, false);
    FusekiServer.Builder builder =
        FusekiServer.create()
            .port(settings.port())
            .loopback(settings.loopbackOnly())
            .add(settings.datasetName(), dataset, false)
            .enablePing(true)
            .enableMetrics(true)
            .addServlet(ONTOLOGY_PATH, new OntologyServlet(ontology));
    ResourceServlet resources = new ResourceServlet(dataset, iris);
    RESOURCE_PATHS.forEach(path -> builder.addServlet(path, resources));
    builder.addServlet(EXPORT_PATH, new ExportServlet(dataset, iris));
    builder.addServlet(GRAPH_PATH, new PageServlet("graph.html", iris));
    builder.addServlet(QUERY_PATH, new PageServlet("query.html", iris));
    builder.addServlet("/assets/*", new AssetServlet());
    FusekiServer fuseki = builder.build();
    if (!settings.loopbackOnly()) {
      bindTo(fuseki, settings.host());
    }
    try {
      fuseki.start();
    } catch (RuntimeException e) {
      throw new ServerException(
          "cannot start the server on "
              + settings.host()
              + ":"
              + settings.port()
              + ": "
              + e.getMessage(),
          e);
    }
    return new NewsgraphServer(fuseki, settings);
  }

  private static void bindTo(FusekiServer fuseki, String host) {
    for (Connector connector : fuseki.getJettyServer().getConnectors()) {
      if (connector instanceof ServerConnector serverConnector) {
        serverConnector.setHost(host);
      }
    }
  }

  /** The port in use (the real one when 0 was asked for). */
  public int port() {
    return fuseki.getHttpPort();
  }

  /** The base URL of the server, such as {@code http://localhost:3030}. */
  public String url() {
    String host = settings.loopbackOnly() ? "localhost" : settings.host();
    return "http://" + host + ":" + port();
  }

  /** The SPARQL query endpoint. */
  public String sparqlUrl() {
    return url() + settings.datasetName() + "/sparql";
  }

  /** Blocks until the server stops. */
  public void join() {
    fuseki.join();
  }

  @Override
  public void close() {
    fuseki.stop();
  }
}
