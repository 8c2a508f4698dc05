package org.newsgraph.extract.value;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.newsgraph.extract.ExtractException;

/**
 * The words and patterns for numbers, amounts, multiplications and dates of every language, read
 * from {@code data/values/LANG.json} (one file per language; the file name is the language code).
 * Files with other extensions in the folder are ignored.
 */
public final class ValueLexicon {
  private static final Pattern FILE = Pattern.compile("([a-z]{2,3})\\.json");

  private final Map<String, LanguageValues> languages;

  private ValueLexicon(Map<String, LanguageValues> languages) {
    this.languages = Map.copyOf(languages);
  }

  /**
   * Reads every {@code LANG.json} file of {@code dir}.
   *
   * @throws ExtractException when the folder cannot be read or a file is not valid
   */
  public static ValueLexicon load(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new ExtractException(
          dir + ": no such folder: expected the value data folder (data/values)");
    }
    Map<String, LanguageValues> languages = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".json")) {
          continue;
        }
        Matcher m = FILE.matcher(name);
        if (!m.matches()) {
          throw new ExtractException(
              file + ": file name '" + name + "': expected LANG.json with an ISO 639 code");
        }
        languages.put(m.group(1), ValuesFile.read(file, m.group(1)));
      }
    } catch (IOException e) {
      throw new ExtractException(dir + ": cannot read the value data: " + e.getMessage(), e);
    }
    return new ValueLexicon(languages);
  }

  /** The languages that have a data file. */
  public Set<String> languages() {
    return languages.keySet();
  }

  Optional<LanguageValues> language(String language) {
    return Optional.ofNullable(languages.get(language));
  }
}
