package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.Pipeline;
import org.newsgraph.server.NewsgraphServer;
import org.newsgraph.server.ServerSettings;
import org.newsgraph.shapes.ShapesGate;
import org.newsgraph.store.GraphStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code serve}: build the store from the data folder when it is empty, then run Fuseki. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the store with embedded Fuseki: SPARQL at /kg/sparql (read-only), /$/ping.",
      "An empty store is first built from the articles in the data folder."
    })
final class ServeCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

  @ParentCommand Main main;

  @Mixin StoreOption store;

  @Option(
      names = "--port",
      paramLabel = "N",
      defaultValue = "" + ServerSettings.DEFAULT_PORT,
      description = "HTTP port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--host",
      paramLabel = "H",
      defaultValue = ServerSettings.LOOPBACK,
      description = "Interface to listen on (default: ${DEFAULT-VALUE}, loopback only).")
  String host;

  @Override
  public Integer call() {
    ServerSettings settings = ServerSettings.builder().host(host).port(port).build();
    Path dir = store.dir();
    try (GraphStore graphStore = GraphStore.open(dir)) {
      if (graphStore.isEmpty()) {
        build(graphStore);
      }
      try (NewsgraphServer server =
          NewsgraphServer.start(
              graphStore.dataset(),
              ShapesGate.standard().ontology(),
              main.config().iris(),
              settings)) {
        LOG.info(
            "newsgraph serving {} on port {}: SPARQL at {}",
            dir,
            server.port(),
            server.sparqlUrl());
        server.join();
      }
    }
    return 0;
  }

  private void build(GraphStore graphStore) {
    Pipeline pipeline = Pipeline.create(main.config());
    List<Path> articles = pipeline.articleFiles();
    LOG.info(
        "store {} is empty: loading {} article(s) from {}",
        graphStore.directory(),
        articles.size(),
        pipeline.config().articlesDir());
    pipeline.load(graphStore, articles);
    LOG.info("store built: {} graphs", graphStore.graphNames().size());
  }
}
