package org.newsgraph.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.newsgraph.article.CodePointOffsets;

/**
 * Finds names the lexicon does not know: a short quoted phrase that is not exactly a known name,
 * and up to three name-like words (Latin letters, digits or a hyphen; capitalised in English) right
 * before a type word from {@code data/lexicon/type-words-LANG.tsv}.
 */
public final class CandidateFinder {
  public static final String NAME = "candidate";
  public static final String QUOTED = "quoted";
  public static final String BEFORE_TYPE_WORD = "before-type-word";

  private static final Pattern QUOTED_PHRASE =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])['‘\"“«]([\\p{L}\\p{N}][^'’\"”»\\n.?!।]{0,78}[^'’\"”»\\s\\n.?!।,])['’\"”»]");
  private static final int MAX_NAME_WORDS = 3;
  private static final double QUOTED_CONFIDENCE = 0.5;
  private static final double TYPE_WORD_CONFIDENCE = 0.4;
  private static final Pattern FILE = Pattern.compile("type-words-([a-z]{2,3})\\.tsv");

  private final Map<String, List<String>> typeWords = new HashMap<>();
  private final Map<String, List<String>> typeClasses = new HashMap<>();
  private final Map<String, PhraseFinder> finders = new HashMap<>();

  public CandidateFinder(Path lexiconDir, Lexicon lexicon, TypeHierarchy hierarchy) {
    try (Stream<Path> files = Files.list(lexiconDir)) {
      for (Path file : files.sorted().toList()) {
        Matcher m = FILE.matcher(file.getFileName().toString());
        if (m.matches()) {
          read(file, m.group(1), hierarchy);
        }
      }
    } catch (IOException e) {
      throw new ExtractException(lexiconDir + ": cannot read type words: " + e.getMessage(), e);
    }
    typeWords.forEach(
        (language, words) ->
            finders.put(language, new PhraseFinder(words, language, lexicon.suffixes())));
  }

  private void read(Path file, String language, TypeHierarchy hierarchy) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t");
      if (cols.length != 2) {
        throw new ExtractException(
            file
                + ":"
                + (i + 1)
                + ": '"
                + line
                + "': expected a type word, a tab and an ng: class name");
      }
      typeWords
          .computeIfAbsent(language, k -> new ArrayList<>())
          .add(Normalizer.normalize(cols[0].strip(), Normalizer.Form.NFC));
      typeClasses
          .computeIfAbsent(language, k -> new ArrayList<>())
          .add(hierarchy.ontologyClass(cols[1], file + ":" + (i + 1)));
    }
  }

  /** The extraction with the candidates found in its article. */
  public Extraction find(Extraction extraction) {
    String text = extraction.article().text();
    CodePointOffsets offsets = CodePointOffsets.of(text);
    List<Candidate> found = new ArrayList<>(extraction.candidates());
    quoted(text, offsets, extraction.mentions(), found);
    beforeTypeWords(extraction, offsets, found);
    return extraction.withCandidates(found);
  }

  private static void quoted(
      String text, CodePointOffsets offsets, List<Mention> mentions, List<Candidate> out) {
    Matcher m = QUOTED_PHRASE.matcher(text);
    while (m.find()) {
      int begin = offsets.toCodePoint(m.start(1));
      int end = offsets.toCodePoint(m.end(1));
      boolean known = mentions.stream().anyMatch(x -> x.begin() == begin && x.end() == end);
      if (!known) {
        out.add(
            new Candidate(
                begin,
                end,
                m.group(1),
                Optional.empty(),
                QUOTED,
                QUOTED_CONFIDENCE,
                Optional.empty()));
      }
    }
  }

  private void beforeTypeWords(
      Extraction extraction, CodePointOffsets offsets, List<Candidate> out) {
    String language = extraction.article().language();
    PhraseFinder finder = finders.get(language);
    if (finder == null) {
      return;
    }
    int[] cps = extraction.article().text().codePoints().toArray();
    for (PhraseFinder.Found hit : finder.find(extraction.article().text())) {
      int[] name = nameBefore(cps, hit.begin(), language, extraction.mentions());
      if (name != null && out.stream().noneMatch(c -> c.begin() <= name[0] && name[1] <= c.end())) {
        out.add(
            new Candidate(
                name[0],
                name[1],
                new String(cps, name[0], name[1] - name[0]),
                Optional.of(typeClasses.get(language).get(hit.phrase())),
                BEFORE_TYPE_WORD,
                TYPE_WORD_CONFIDENCE,
                Optional.empty()));
      }
    }
  }

  /** The name-like words right before {@code position}, as [begin, end), or null. */
  private static int[] nameBefore(
      int[] cps, int position, String language, List<Mention> mentions) {
    int end = position;
    while (end > 0 && Character.isWhitespace(cps[end - 1])) {
      end--;
    }
    int begin = end;
    int cursor = end;
    for (int words = 0; words < MAX_NAME_WORDS; words++) {
      int start = cursor;
      while (start > 0 && !Character.isWhitespace(cps[start - 1])) {
        start--;
      }
      if (start == cursor
          || !nameLike(cps, start, cursor, language)
          || overlaps(mentions, start, cursor)) {
        break;
      }
      begin = start;
      if (start == 0 || cps[start - 1] != ' ') {
        break;
      }
      cursor = start - 1;
    }
    return begin == end ? null : new int[] {begin, end};
  }

  private static boolean nameLike(int[] cps, int begin, int end, String language) {
    boolean latinOrDigit = false;
    boolean hyphen = false;
    for (int i = begin; i < end; i++) {
      int c = cps[i];
      latinOrDigit |= Character.isDigit(c) || (c < 0x250 && Character.isLetter(c));
      hyphen |= c == '-';
    }
    if ("en".equals(language)) {
      return Character.isUpperCase(cps[begin]) || Character.isDigit(cps[begin]);
    }
    return latinOrDigit || hyphen;
  }

  private static boolean overlaps(List<Mention> mentions, int begin, int end) {
    return mentions.stream().anyMatch(m -> m.begin() < end && begin < m.end());
  }
}
