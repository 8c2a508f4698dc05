package org.newsgraph.cli;

import org.newsgraph.NewsgraphException;
import org.newsgraph.rdf.RdfFormat;
import org.newsgraph.store.ResultFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Turns format names into formats; an unknown name is a usage error (exit 2) naming the choices.
 */
final class FormatConverters {
  private FormatConverters() {}

  /** For {@code --format} of RDF output. */
  static final class Rdf implements ITypeConverter<RdfFormat> {
    @Override
    public RdfFormat convert(String value) {
      try {
        return RdfFormat.named(value);
      } catch (NewsgraphException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** For {@code --format} of query results. */
  static final class Results implements ITypeConverter<ResultFormat> {
    @Override
    public ResultFormat convert(String value) {
      try {
        return ResultFormat.named(value);
      } catch (NewsgraphException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
