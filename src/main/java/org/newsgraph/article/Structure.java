package org.newsgraph.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits an article text into headings, list items and sentences, with code point offsets. A
 * heading is a short line without closing punctuation that is followed by more text; a list item is
 * a line starting with {@code - }, {@code * } or {@code • }, and remembers the sentence that
 * introduced its list; other lines split into sentences after {@code . ? ! ।} followed by a space.
 */
public final class Structure {
  private static final Pattern BULLET = Pattern.compile("^\\s*[-*•]\\s+");
  private static final Pattern SENTENCE_END = Pattern.compile("[.?!।]+[\"'”’)]*(?=\\s|$)");
  private static final String CLOSING_PUNCTUATION = ".?!।:;,";
  private static final int MAX_HEADING_WORDS = 12;

  private final String text;
  private final CodePointOffsets offsets;
  private final List<Sentence> units = new ArrayList<>();
  private int cue = -1;
  private int section = -1;

  private Structure(String text) {
    this.text = text;
    this.offsets = CodePointOffsets.of(text);
  }

  /** The units of {@code article}'s text, in order. */
  public static List<Sentence> of(Article article) {
    return of(article.text());
  }

  public static List<Sentence> of(String text) {
    Structure structure = new Structure(text);
    structure.split();
    return List.copyOf(structure.units);
  }

  /** The unit containing the code point span [from, to), if one does. */
  public static Optional<Sentence> containing(List<Sentence> units, int from, int to) {
    return units.stream().filter(s -> s.contains(from, to)).findFirst();
  }

  private void split() {
    List<int[]> lines = lines();
    for (int i = 0; i < lines.size(); i++) {
      int start = lines.get(i)[0];
      int end = lines.get(i)[1];
      String line = text.substring(start, end);
      Matcher bullet = BULLET.matcher(line);
      if (bullet.find()) {
        add(start + bullet.end(), end, Sentence.Kind.LIST_ITEM);
      } else if (isHeading(line, i + 1 < lines.size())) {
        section = add(start, end, Sentence.Kind.HEADING);
        cue = section;
      } else {
        sentences(start, end);
      }
    }
  }

  /** Non-blank lines as [start, end) char ranges, trailing spaces trimmed. */
  private List<int[]> lines() {
    List<int[]> lines = new ArrayList<>();
    int start = 0;
    while (start <= text.length()) {
      int newline = text.indexOf('\n', start);
      int end = newline < 0 ? text.length() : newline;
      int trimmed = end;
      while (trimmed > start && Character.isWhitespace(text.charAt(trimmed - 1))) {
        trimmed--;
      }
      int lead = start;
      while (lead < trimmed && Character.isWhitespace(text.charAt(lead))) {
        lead++;
      }
      if (lead < trimmed) {
        lines.add(new int[] {lead, trimmed});
      }
      start = end + 1;
    }
    return lines;
  }

  private static boolean isHeading(String line, boolean followedByText) {
    char last = line.charAt(line.length() - 1);
    return followedByText
        && CLOSING_PUNCTUATION.indexOf(last) < 0
        && line.strip().split("\\s+").length <= MAX_HEADING_WORDS;
  }

  private void sentences(int start, int end) {
    Matcher m = SENTENCE_END.matcher(text).region(start, end);
    int from = start;
    while (m.find()) {
      cue = add(from, m.end(), Sentence.Kind.SENTENCE);
      from = skipSpaces(m.end(), end);
    }
    if (from < end) {
      cue = add(from, end, Sentence.Kind.SENTENCE);
    }
  }

  private int skipSpaces(int from, int end) {
    while (from < end && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    return from;
  }

  private int add(int start, int end, Sentence.Kind kind) {
    int index = units.size();
    units.add(
        new Sentence(
            index,
            offsets.toCodePoint(start),
            offsets.toCodePoint(end),
            text.substring(start, end),
            kind,
            kind == Sentence.Kind.LIST_ITEM ? cue : -1,
            kind == Sentence.Kind.HEADING ? -1 : section));
    return index;
  }
}
