package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.Pipeline;
import org.newsgraph.rdf.ConvertedArticle;
import org.newsgraph.store.GraphStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code load}: validate articles, then replace their graphs in the store in one transaction. */
@Command(
    name = "load",
    mixinStandardHelpOptions = true,
    description = {
      "Validate articles, then replace their graphs in the store in one transaction.",
      "The lexicon, ontology and inferred graphs are replaced too; one bad article means nothing",
      "is written."
    })
final class LoadCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(LoadCommand.class);

  @ParentCommand Main main;

  @Parameters(paramLabel = "ARTICLE", arity = "1..*", description = "Article files.")
  List<Path> articles;

  @Mixin StoreOption store;

  @Override
  public Integer call() {
    Pipeline pipeline = Pipeline.create(main.config());
    Path dir = store.dir();
    try (GraphStore graphStore = GraphStore.open(dir)) {
      List<ConvertedArticle> loaded = pipeline.load(graphStore, articles);
      for (ConvertedArticle article : loaded) {
        LOG.info(
            "loaded {} ({} triples) into {}",
            article.articleId(),
            article.articleGraph().size(),
            dir);
      }
    }
    return 0;
  }
}
