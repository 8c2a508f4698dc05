package org.newsgraph.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * Reads {@code data/lexicon/}: every {@code *.ttl} file (entity IRIs relative, resolved against the
 * base) and every {@code suffixes-LANG.txt} file (one ending per line, {@code #} comments).
 */
public final class LexiconLoader {
  private static final Pattern SUFFIX_FILE = Pattern.compile("suffixes-([a-z]{2,3})\\.txt");
  private static final Map<Node, Label.Kind> LABEL_PROPERTIES =
      Map.of(
          SKOS.prefLabel.asNode(), Label.Kind.PREFERRED,
          SKOS.altLabel.asNode(), Label.Kind.ALTERNATIVE,
          SKOS.hiddenLabel.asNode(), Label.Kind.HIDDEN);

  private LexiconLoader() {}

  /** Loads the lexicon folder {@code dir}, resolving relative IRIs against {@code base}. */
  public static Lexicon load(Path dir, String base) {
    if (!Files.isDirectory(dir)) {
      throw new ExtractException(
          dir + ": lexicon folder not found: expected a folder of *.ttl files");
    }
    Graph graph = GraphFactory.createDefaultGraph();
    Map<String, Set<String>> suffixes = new HashMap<>();
    for (Path file : files(dir)) {
      String name = file.getFileName().toString();
      Matcher m = SUFFIX_FILE.matcher(name);
      if (name.endsWith(".ttl")) {
        parseTurtle(file, base, graph);
      } else if (m.matches()) {
        suffixes.put(m.group(1), readSuffixes(file));
      }
    }
    List<LexiconEntry> entries = entries(graph);
    if (entries.isEmpty()) {
      throw new ExtractException(
          dir + ": the lexicon describes no entity: expected resources with a skos:prefLabel");
    }
    return new Lexicon(entries, graph, suffixes);
  }

  private static List<Path> files(Path dir) {
    try (Stream<Path> stream = Files.list(dir)) {
      return stream.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new ExtractException(dir + ": cannot list the lexicon folder: " + e.getMessage(), e);
    }
  }

  private static void parseTurtle(Path file, String base, Graph into) {
    try {
      RDFParser.source(file).base(base).lang(Lang.TURTLE).parse(into);
    } catch (RiotException e) {
      throw new ExtractException(file + ": invalid Turtle: " + e.getMessage(), e);
    }
  }

  private static Set<String> readSuffixes(Path file) {
    try {
      Set<String> endings = new LinkedHashSet<>();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String ending = Normalizer.normalize(line.strip(), Normalizer.Form.NFC);
        if (!ending.isEmpty() && !ending.startsWith("#")) {
          endings.add(ending);
        }
      }
      return endings;
    } catch (IOException e) {
      throw new ExtractException(file + ": cannot read the suffix list: " + e.getMessage(), e);
    }
  }

  private static List<LexiconEntry> entries(Graph graph) {
    Map<Node, List<Label>> labels = new HashMap<>();
    graph
        .find()
        .forEachRemaining(
            t -> {
              Label.Kind kind = LABEL_PROPERTIES.get(t.getPredicate());
              if (kind != null && t.getSubject().isURI() && t.getObject().isLiteral()) {
                labels.computeIfAbsent(t.getSubject(), s -> new ArrayList<>()).add(label(t, kind));
              }
            });
    return labels.entrySet().stream()
        .filter(e -> e.getValue().stream().anyMatch(l -> l.kind() == Label.Kind.PREFERRED))
        .map(e -> new LexiconEntry(e.getKey().getURI(), types(graph, e.getKey()), e.getValue()))
        .sorted(Comparator.comparing(LexiconEntry::iri))
        .toList();
  }

  private static Label label(Triple t, Label.Kind kind) {
    String text = Normalizer.normalize(t.getObject().getLiteralLexicalForm(), Normalizer.Form.NFC);
    return new Label(text, t.getObject().getLiteralLanguage(), kind);
  }

  private static List<String> types(Graph graph, Node subject) {
    return graph
        .find(subject, RDF.type.asNode(), Node.ANY)
        .mapWith(t -> t.getObject().getURI())
        .toList();
  }
}
