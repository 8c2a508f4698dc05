package org.newsgraph.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.Pipeline;
import org.newsgraph.rdf.RdfInput;
import org.newsgraph.rdf.RdfOutput;
import org.newsgraph.shapes.ShapesGate;
import org.newsgraph.shapes.ValidationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code validate}: SHACL reports for articles or RDF files; exit 1 when any does not conform. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Validate articles, extraction documents or RDF files against the SHACL shapes.",
      "Articles are .txt, extraction documents .json, RDF .ttl .trig .nt .nq .jsonld .rdf.",
      "With no FILE, every article in the data folder. Exit 1 when anything does not conform."
    })
final class ValidateCommand implements Callable<Integer> {
  @ParentCommand Main main;

  @Parameters(paramLabel = "FILE", arity = "0..*", description = "Articles or RDF files.")
  List<Path> files = List.of();

  @Override
  public Integer call() {
    PrintStream out = new PrintStream(main.out(), true, StandardCharsets.UTF_8);
    Pipeline pipeline = null;
    boolean allConform = true;
    List<Path> targets = files;
    if (targets.isEmpty()) {
      pipeline = Pipeline.create(main.config());
      targets = pipeline.articleFiles();
    }
    for (Path file : targets) {
      ValidationResult result;
      if (RdfInput.isRdf(file)) {
        result = ShapesGate.standard().validate(RdfOutput.union(RdfInput.read(file)));
      } else {
        pipeline = pipeline != null ? pipeline : Pipeline.create(main.config());
        result = pipeline.validate(pipeline.convert(file));
      }
      out.println(file + ": " + result.describe());
      allConform &= result.conforms();
    }
    out.flush();
    return allConform ? 0 : Main.EXIT_BAD_DATA;
  }
}
