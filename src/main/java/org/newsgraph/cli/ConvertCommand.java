package org.newsgraph.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.Pipeline;
import org.newsgraph.rdf.ConvertedArticle;
import org.newsgraph.rdf.RdfFormat;
import org.newsgraph.rdf.RdfOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code convert}: an article's RDF, validated, written without touching any store. */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    description =
        "Convert an article to RDF (its graph and the lexicon graph); no store is touched.")
final class ConvertCommand implements Callable<Integer> {
  @ParentCommand Main main;

  @Parameters(
      paramLabel = "ARTICLE",
      description = "Article file (UTF-8 text, optional front matter).")
  Path article;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "trig",
      converter = FormatConverters.Rdf.class,
      description = "trig, nq, ttl, nt, jsonld or rdfxml (default: ${DEFAULT-VALUE}).")
  RdfFormat format;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write here instead of standard output.")
  Path out;

  @Override
  public Integer call() throws IOException {
    ConvertedArticle converted = Pipeline.create(main.config()).convertValidated(article);
    if (out == null) {
      RdfOutput.write(converted.toDataset(), format, main.out());
      main.out().flush();
    } else {
      writeFile(converted);
    }
    return 0;
  }

  private void writeFile(ConvertedArticle converted) throws IOException {
    OutputFiles.write(out, stream -> RdfOutput.write(converted.toDataset(), format, stream));
  }
}
