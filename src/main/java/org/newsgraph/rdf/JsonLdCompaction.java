package org.newsgraph.rdf;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import org.apache.jena.riot.system.jsonld.JenaToTitanium;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * JSON-LD 1.1 output compacted with the project's context ({@code ontology/context.jsonld}, read
 * from the classpath where the build copies {@code ontology/}).
 *
 * <p>The written document embeds the context object itself, not a URL, so that any reader (Jena,
 * rdflib, a browser) can expand it without the network. Nothing is ever fetched: the context is
 * passed to Titanium as a document, and the {@link #NO_REMOTE_DOCUMENTS} loader refuses every URL
 * Titanium might otherwise try to dereference (a remote {@code @context} or {@code @import}).
 *
 * <p>Named graphs are kept: each becomes a node object with {@code "id"} (the graph name) and
 * {@code "@graph"} (its nodes). The output is ordered (keys and nodes sorted), so the same dataset
 * always gives the same bytes.
 */
public final class JsonLdCompaction {
  /** The classpath resource holding the context document ({@code {"@context": {...}}}). */
  public static final String CONTEXT_RESOURCE = "ontology/context.jsonld";

  /** A document loader that loads nothing: every URL is refused with a readable error. */
  public static final DocumentLoader NO_REMOTE_DOCUMENTS =
      (url, options) -> {
        throw new JsonLdError(
            JsonLdErrorCode.LOADING_DOCUMENT_FAILED,
            "newsgraph never loads JSON-LD documents from URLs (refused: "
                + url
                + "); the context is read from the classpath resource "
                + CONTEXT_RESOURCE);
      };

  private static final Map<String, ?> PRETTY = Map.of(JsonGenerator.PRETTY_PRINTING, true);

  private static volatile JsonObject context;

  private JsonLdCompaction() {}

  /** The context document, {@code {"@context": {...}}}, as shipped in the jar. */
  public static JsonObject contextDocument() {
    JsonObject loaded = context;
    if (loaded == null) {
      loaded = load();
      context = loaded;
    }
    return loaded;
  }

  /** {@code dataset} (all graphs, named graphs kept) as compacted JSON-LD with embedded context. */
  public static JsonObject compact(DatasetGraph dataset) {
    JsonLdOptions options = options();
    try {
      JsonArray expanded = JenaToTitanium.convert(dataset, options);
      JsonObject compacted =
          JsonLd.compact(JsonDocument.of(expanded), JsonDocument.of(contextDocument()))
              .options(options)
              .get();
      return contextFirst(compacted);
    } catch (JsonLdError e) {
      throw new RdfException("cannot write JSON-LD: " + e.getMessage(), e);
    }
  }

  /** Writes {@link #compact} pretty-printed in UTF-8, followed by a newline; leaves out open. */
  public static void write(DatasetGraph dataset, OutputStream out) {
    write(compact(dataset), out);
  }

  static void write(JsonStructure json, OutputStream out) {
    OutputStream unclosable =
        new FilterOutputStream(out) {
          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
          }

          @Override
          public void close() throws IOException {
            flush();
          }
        };
    try (JsonWriter writer = Json.createWriterFactory(PRETTY).createWriter(unclosable)) {
      writer.write(json);
    } catch (JsonException e) {
      throw new RdfException("cannot write JSON-LD: " + e.getMessage(), e);
    }
    try {
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new RdfException("cannot write JSON-LD: " + e.getMessage(), e);
    }
  }

  /** The same object with "@context" as its first key, where a reader looks for it. */
  private static JsonObject contextFirst(JsonObject compacted) {
    JsonObjectBuilder builder = Json.createObjectBuilder();
    if (compacted.containsKey("@context")) {
      builder.add("@context", compacted.get("@context"));
    }
    compacted.forEach(
        (key, value) -> {
          if (!key.equals("@context")) {
            builder.add(key, value);
          }
        });
    return builder.build();
  }

  private static JsonLdOptions options() {
    JsonLdOptions options = new JsonLdOptions(NO_REMOTE_DOCUMENTS);
    options.setOrdered(true);
    options.setCompactArrays(true);
    // No base: every IRI stays absolute, so the document means the same wherever it is read.
    options.setBase(null);
    return options;
  }

  private static JsonObject load() {
    try (InputStream in =
        JsonLdCompaction.class.getClassLoader().getResourceAsStream(CONTEXT_RESOURCE)) {
      if (in == null) {
        throw new RdfException(
            CONTEXT_RESOURCE + ": not found on the classpath: the build copies ontology/ there");
      }
      JsonStructure json = JsonDocument.of(in).getJsonContent().orElse(JsonValue.EMPTY_JSON_OBJECT);
      if (!(json instanceof JsonObject object) || !object.containsKey("@context")) {
        throw new RdfException(CONTEXT_RESOURCE + ": expected a JSON object with \"@context\"");
      }
      return object;
    } catch (IOException | JsonLdError e) {
      throw new RdfException(CONTEXT_RESOURCE + ": cannot read: " + e.getMessage(), e);
    }
  }
}
