package org.newsgraph.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.Pipeline;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.extract.document.ExtractionJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code extract}: the extraction document (JSON) of an article, for review or hand curation. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Write an article's extraction document (JSON): mentions, facts, claims, values.",
      "See docs/EXTRACTION.md; edit it and give it to convert, load or validate in place of the text."
    })
final class ExtractCommand implements Callable<Integer> {
  @ParentCommand Main main;

  @Parameters(paramLabel = "ARTICLE", description = "Article file.")
  Path article;

  @Override
  public Integer call() throws IOException {
    Pipeline pipeline = Pipeline.create(main.config());
    ExtractionJson.write(pipeline.extract(ArticleReader.read(article)), main.out());
    main.out().flush();
    return 0;
  }
}
