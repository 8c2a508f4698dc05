package org.newsgraph.store;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How query answers are written: an aligned text table, CSV, TSV or SPARQL JSON results. */
public enum ResultFormat {
  TABLE,
  CSV,
  TSV,
  JSON;

  public static ResultFormat named(String name) {
    return Arrays.stream(values())
        .filter(f -> f.name().equalsIgnoreCase(name))
        .findFirst()
        .orElseThrow(
            () ->
                new StoreException(
                    "unknown result format '"
                        + name
                        + "': expected one of "
                        + Arrays.stream(values())
                            .map(f -> f.name().toLowerCase(Locale.ROOT))
                            .collect(Collectors.joining(", "))));
  }
}
