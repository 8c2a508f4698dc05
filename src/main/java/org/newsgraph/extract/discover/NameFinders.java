package org.newsgraph.extract.discover;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.newsgraph.extract.ExtractException;
import org.newsgraph.extract.Lexicon;
import org.newsgraph.extract.LexiconEntry;
import org.newsgraph.extract.TypeHierarchy;

/**
 * Reads {@code data/discovery/LANG.json} into {@link NameWords} and builds the discovery stage: the
 * English finder for {@code en}, the Chinese one for {@code zh}, the Marathi one for {@code mr}. A
 * file whose kind names are not {@code Person}, {@code Organization}, {@code AIModel}, {@code
 * Place} or {@code Work} stops the load with a message naming the file and the word.
 */
public final class NameFinders {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private NameFinders() {}

  /** The discovery stage for the data in {@code dir}; a missing folder discovers nothing. */
  public static EntityDiscovery load(
      Path dir, Lexicon lexicon, TypeHierarchy hierarchy, CandidateIris iris) {
    Map<String, NameWords> words = read(dir);
    Map<String, NameFinder> finders = new HashMap<>();
    words.forEach(
        (language, w) -> {
          switch (language) {
            case "en" -> finders.put(language, new EnglishNames(w));
            case "zh" -> finders.put(language, new ChineseNames(w, lexicon));
            default -> finders.put(language, new MarathiNames(w));
          }
        });
    return new EntityDiscovery(finders, words, lexicon, kinds(lexicon, hierarchy), iris);
  }

  private static Map<String, NameWords> read(Path dir) {
    Map<String, NameWords> words = new HashMap<>();
    if (!Files.isDirectory(dir)) {
      return words;
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        NameWords w = parse(file);
        check(w, file);
        words.put(w.language(), w);
      }
    } catch (IOException e) {
      throw new ExtractException(dir + ": cannot read the name words: " + e.getMessage(), e);
    }
    return words;
  }

  private static NameWords parse(Path file) {
    try {
      return JSON.readValue(file.toFile(), NameWords.class);
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      throw new ExtractException(
          file
              + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr())
              + ": "
              + e.getOriginalMessage(),
          e);
    } catch (IOException e) {
      throw new ExtractException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  private static void check(NameWords w, Path file) {
    if (w.language() == null || !w.language().matches("[a-z]{2,3}")) {
      throw new ExtractException(
          file
              + ": \"language\" is '"
              + w.language()
              + "': expected a language tag such as \"en\"");
    }
    Stream.concat(w.kindWords().entrySet().stream(), w.kindWordsBefore().entrySet().stream())
        .filter(e -> EntityKind.named(e.getValue()).isEmpty())
        .findFirst()
        .ifPresent(
            e -> {
              throw new ExtractException(
                  file
                      + ": word '"
                      + e.getKey()
                      + "' has kind '"
                      + e.getValue()
                      + "': expected Person, Organization, AIModel, Place or Work");
            });
  }

  /** The kind of every lexicon entity that is a person, organisation, model, place or work. */
  private static Map<String, EntityKind> kinds(Lexicon lexicon, TypeHierarchy hierarchy) {
    Map<String, EntityKind> kinds = new HashMap<>();
    for (LexiconEntry entry : lexicon.entries()) {
      for (EntityKind kind : EntityKind.values()) {
        if (hierarchy.isA(entry.types(), kind.classIri())) {
          kinds.putIfAbsent(entry.iri(), kind);
        }
      }
    }
    return kinds;
  }
}
