package org.newsgraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.newsgraph.store.GraphStore;

/** Paths to the project's data and to test resources, and small manifest helpers. */
public final class TestFiles {
  private TestFiles() {}

  /** The project folder (tests run with it as the working directory). */
  public static Path project() {
    return Path.of("").toAbsolutePath();
  }

  public static Path dataDir() {
    return project().resolve("data");
  }

  public static Path seedArticle() {
    return dataDir().resolve("articles/latepost-kai-fu-lee-2025-01.mr.txt");
  }

  public static Path resource(String name) {
    try {
      return Path.of(TestFiles.class.getClassLoader().getResource(name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("test resource not found: " + name, e);
    }
  }

  /** The rows of a tab-separated manifest, without comment and blank lines. */
  public static List<String[]> manifestRows(Path manifest) {
    try {
      return Files.readAllLines(manifest, StandardCharsets.UTF_8).stream()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .map(line -> line.split("\t"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static NewsgraphConfig config() {
    return NewsgraphConfig.builder().dataDir(dataDir()).build();
  }

  /** A TDB2 store in {@code dir} with every article of {@code data/articles} loaded. */
  public static GraphStore loadedStore(Path dir) {
    Pipeline pipeline = Pipeline.create(config());
    GraphStore store = GraphStore.open(dir);
    pipeline.load(store, pipeline.articleFiles());
    return store;
  }
}
