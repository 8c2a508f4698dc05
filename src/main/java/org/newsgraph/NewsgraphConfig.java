package org.newsgraph;

import java.nio.file.Path;
import java.util.Objects;
import org.newsgraph.rdf.IriScheme;

/**
 * Where newsgraph finds its knowledge and how it names things.
 *
 * @param iris the IRI scheme, from the configured base
 * @param dataDir the data folder: {@code articles/} and {@code lexicon/} below it
 */
public record NewsgraphConfig(IriScheme iris, Path dataDir) {
  public NewsgraphConfig {
    Objects.requireNonNull(iris, "iris");
    Objects.requireNonNull(dataDir, "dataDir");
  }

  public Path lexiconDir() {
    return dataDir.resolve("lexicon");
  }

  /** {@code data/discovery/}: the words that name finders use, one {@code LANG.json} each. */
  public Path discoveryDir() {
    return dataDir().resolve("discovery");
  }

  public Path rulesDir() {
    return dataDir.resolve("rules");
  }

  public Path valuesDir() {
    return dataDir.resolve("values");
  }

  public Path articlesDir() {
    return dataDir.resolve("articles");
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a configuration; {@link #build()} checks the base IRI. */
  public static final class Builder {
    private String base = IriScheme.DEFAULT_BASE;
    private Path dataDir = Path.of("data");

    private Builder() {}

    public Builder base(String base) {
      this.base = base;
      return this;
    }

    public Builder dataDir(Path dataDir) {
      this.dataDir = dataDir;
      return this;
    }

    public NewsgraphConfig build() {
      return new NewsgraphConfig(new IriScheme(base), dataDir);
    }
  }
}
