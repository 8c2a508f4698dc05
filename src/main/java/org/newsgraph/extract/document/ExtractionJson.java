package org.newsgraph.extract.document;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleException;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.extract.Extraction;

/**
 * Reads and writes extraction documents. Reading validates against the JSON Schema first, then
 * binds with Jackson, then checks what a schema cannot: that anchors equal the text at their
 * offsets, that evidence lies inside the text, that value-node keys exist.
 */
public final class ExtractionJson {
  public static final String SCHEMA_RESOURCE =
      "org/newsgraph/extract/document/extraction.schema.json";

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new Jdk8Module())
          .setDefaultPropertyInclusion(JsonInclude.Include.NON_ABSENT)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  private static final JsonSchema SCHEMA = loadSchema();

  private ExtractionJson() {}

  private static JsonSchema loadSchema() {
    try (InputStream in =
        ExtractionJson.class.getClassLoader().getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new DocumentException(SCHEMA_RESOURCE + ": not on the classpath");
      }
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    } catch (IOException e) {
      throw new DocumentException(SCHEMA_RESOURCE + ": cannot read: " + e.getMessage(), e);
    }
  }

  /** True when {@code file} looks like an extraction document (by its .json extension). */
  public static boolean isDocument(Path file) {
    return file.getFileName().toString().endsWith(".json");
  }

  public static void write(Extraction extraction, OutputStream out) throws IOException {
    Article a = extraction.article();
    ArticleRecord article =
        new ArticleRecord(
            a.id(),
            a.title(),
            a.language(),
            a.published().map(p -> p.lexical()).orElse(null),
            a.source().orElse(null),
            a.url().orElse(null),
            a.text());
    JSON.writeValue(
        out,
        new ExtractionDocument(
            ExtractionDocument.FORMAT,
            article,
            extraction.mentions(),
            extraction.facts(),
            extraction.claims(),
            extraction.nodes(),
            extraction.candidates()));
  }

  /** Reads, validates and checks the document in {@code file}. */
  public static Extraction read(Path file) {
    JsonNode tree;
    try {
      tree = JSON.readTree(Files.readAllBytes(file));
    } catch (JsonProcessingException e) {
      throw new DocumentException(
          file
              + ":"
              + e.getLocation().getLineNr()
              + ":"
              + e.getLocation().getColumnNr()
              + ": not valid JSON: "
              + e.getOriginalMessage(),
          e);
    } catch (IOException e) {
      throw new DocumentException(file + ": cannot read: " + e.getMessage(), e);
    }
    Set<ValidationMessage> problems = SCHEMA.validate(tree);
    if (!problems.isEmpty()) {
      throw new DocumentException(file + ": not an extraction document:\n" + describe(problems));
    }
    ExtractionDocument document;
    try {
      document = JSON.treeToValue(tree, ExtractionDocument.class);
    } catch (JsonMappingException e) {
      Throwable cause = e.getCause();
      String problem =
          cause != null && cause.getMessage() != null ? cause.getMessage() : e.getOriginalMessage();
      throw new DocumentException(file + ": " + jsonPath(e.getPath()) + ": " + problem, e);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new DocumentException(file + ": " + e.getMessage(), e);
    }
    Extraction extraction = toExtraction(document, file);
    DocumentChecks.check(extraction, file.toString());
    return extraction;
  }

  /** A JSON path such as {@code $.facts[0].evidence}, from Jackson's reference chain. */
  private static String jsonPath(List<JsonMappingException.Reference> references) {
    StringBuilder path = new StringBuilder("$");
    for (JsonMappingException.Reference reference : references) {
      if (reference.getFieldName() != null) {
        path.append('.').append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String describe(Set<ValidationMessage> problems) {
    return problems.stream()
        .sorted(Comparator.comparing(m -> m.getInstanceLocation().toString()))
        .map(m -> "  " + m.getMessage())
        .collect(Collectors.joining("\n"));
  }

  /**
   * Reads the article through {@link ArticleReader}, as if it were a file with front matter, so
   * that both get the same checks; a problem is reported at the JSON field it comes from.
   */
  private static Extraction toExtraction(ExtractionDocument document, Path file) {
    ArticleRecord a = document.article();
    // The JSON field behind each 1-based line of the front matter; line 1 is the opening "---".
    List<String> fields = new ArrayList<>(List.of("", "", "id", "title", "language"));
    StringBuilder front = new StringBuilder("---\n");
    front.append("id: ").append(a.id()).append('\n');
    front.append("title: ").append(a.title()).append('\n');
    front.append("language: ").append(a.language()).append('\n');
    optional(front, fields, "published", a.published());
    optional(front, fields, "source", a.source());
    optional(front, fields, "url", a.url());
    front.append("---\n");
    Article parsed;
    try {
      parsed =
          ArticleReader.parse(front + a.text(), file.getFileName().toString(), file.toString());
    } catch (ArticleException e) {
      String field = e.line() > 0 && e.line() < fields.size() ? fields.get(e.line()) : "text";
      throw new DocumentException(file + ": $.article." + field + ": " + e.problem(), e);
    }
    if (!parsed.text().equals(a.text())) {
      throw new DocumentException(
          file
              + ": $.article.text: expected NFC text without surrounding blank lines, as offsets"
              + " count code points of exactly that text");
    }
    return new Extraction(
        parsed,
        orEmpty(document.mentions()),
        orEmpty(document.facts()),
        orEmpty(document.claims()),
        orEmpty(document.nodes()),
        orEmpty(document.candidates()));
  }

  private static void optional(
      StringBuilder front, List<String> fields, String field, String value) {
    if (value != null) {
      front.append(field).append(": ").append(value).append('\n');
      fields.add(field);
    }
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
