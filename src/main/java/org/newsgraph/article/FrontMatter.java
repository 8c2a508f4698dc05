package org.newsgraph.article;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code key: value} block between two {@code ---} lines at the top of an article file.
 *
 * @param fields the values given, by key, with the line each stands on
 * @param bodyStartLine 1-based line number where the text after the block starts
 */
record FrontMatter(Map<Key, Field> fields, int bodyStartLine) {

  /** One value and the 1-based line it was read from. */
  record Field(String value, int line) {}

  /** The keys an article's front matter may hold. */
  enum Key {
    ID,
    TITLE,
    LANGUAGE,
    PUBLISHED,
    SOURCE,
    URL;

    String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    static Optional<Key> of(String label) {
      for (Key key : values()) {
        if (key.label().equals(label)) {
          return Optional.of(key);
        }
      }
      return Optional.empty();
    }
  }

  static final String FENCE = "---";

  FrontMatter {
    fields = Collections.unmodifiableMap(new EnumMap<>(fields));
  }

  Optional<String> get(Key key) {
    return Optional.ofNullable(fields.get(key)).map(Field::value);
  }

  /** The line {@code key} stands on, or 1 (the top of the file) when it is absent. */
  int lineOf(Key key) {
    Field field = fields.get(key);
    return field == null ? 1 : field.line();
  }

  /** Splits {@code lines} into front matter and body; no fence on line 1 means no front matter. */
  static FrontMatter parse(List<String> lines, String source) {
    Map<Key, Field> fields = new EnumMap<>(Key.class);
    if (lines.isEmpty() || !lines.get(0).strip().equals(FENCE)) {
      return new FrontMatter(fields, 1);
    }
    int close = closingFence(lines);
    if (close < 0) {
      throw ArticleException.at(
          source,
          1,
          "front matter opened with '---' is never closed: expected a line '---' after it");
    }
    for (int i = 1; i < close; i++) {
      String line = lines.get(i);
      if (!line.isBlank() && !line.stripLeading().startsWith("#")) {
        addField(fields, line, i + 1, source);
      }
    }
    return new FrontMatter(fields, close + 2);
  }

  private static int closingFence(List<String> lines) {
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).strip().equals(FENCE)) {
        return i;
      }
    }
    return -1;
  }

  private static void addField(Map<Key, Field> fields, String line, int lineNo, String source) {
    int colon = line.indexOf(':');
    if (colon <= 0) {
      throw ArticleException.at(
          source, lineNo, "front matter line '" + line + "': expected 'key: value'");
    }
    String label = line.substring(0, colon).strip();
    Key key =
        Key.of(label)
            .orElseThrow(
                () ->
                    ArticleException.at(
                        source,
                        lineNo,
                        "unknown front matter key '"
                            + label
                            + "': expected one of id, title, language, published, source, url"));
    if (fields.containsKey(key)) {
      throw ArticleException.at(source, lineNo, "front matter key '" + label + "' given twice");
    }
    fields.put(key, new Field(line.substring(colon + 1).strip(), lineNo));
  }
}
