package org.newsgraph.extract.discover;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import org.newsgraph.article.Article;
import org.newsgraph.article.CodePointOffsets;
import org.newsgraph.article.Sentence;
import org.newsgraph.article.Structure;
import org.newsgraph.extract.ExtractException;
import org.newsgraph.extract.Mention;

/**
 * English names: runs of capitalised words (or words with a capital or a digit inside: {@code xAI},
 * {@code GPT-4o}), typed by the words around them as {@link NameWords} gives them: a title or type
 * word before ({@code CEO Sam Altman}, {@code the book AI Superpowers}), a type word after ({@code
 * the Kimi chatbot}), an organisation ending ({@code Moonshot AI}), a place cue ({@code based in},
 * {@code Beijing-based}), an apposition ({@code StepFun, a Shanghai start-up}), a reporting verb
 * after a two-word name, given names and surnames. A name with no such evidence takes the kind its
 * other occurrences in the article have, and a single mixed-case word ({@code DeepSeek}) is taken
 * as an organisation. The OpenNLP part-of-speech tagger (Universal Dependencies model) decides
 * whether a capitalised word that starts a sentence is a proper noun.
 */
final class EnglishNames implements NameFinder {
  private static final String MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
  private static final Pattern TOKEN =
      Pattern.compile("[\\p{L}\\p{N}]+(?:[.\\-&][\\p{L}\\p{N}]+)*(?:['’][\\p{L}]+)?");
  private static final int LOOK = 3;
  private static final int APPOSITION = 7;
  private static final double STRONG = 0.8;
  private static final double WEAK = 0.4;

  private final NameWords words;
  private final POSModel model;
  private final Set<String> connectors;

  EnglishNames(NameWords words) {
    this.words = words;
    this.model = load();
    this.connectors = new HashSet<>(words.connectors());
  }

  private static POSModel load() {
    try (InputStream in = EnglishNames.class.getResourceAsStream(MODEL)) {
      if (in == null) {
        throw new ExtractException(
            MODEL + ": the OpenNLP English POS model is not on the classpath");
      }
      return new POSModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A word of a sentence, char indices of the article text. */
  private record Token(String text, int begin, int end, boolean possessive) {}

  /** A run of name words, with the kind the words around it say, if any. */
  private record Run(int begin, int end, String name, Optional<EntityKind> kind, String reason) {}

  @Override
  public List<Found> find(Article article, List<Mention> known) {
    String text = article.text();
    CodePointOffsets offsets = CodePointOffsets.of(text);
    List<Run> runs = new ArrayList<>();
    POSTaggerME tagger = new POSTaggerME(model);
    for (Sentence unit : Structure.of(text)) {
      int from = text.offsetByCodePoints(0, unit.begin());
      int to = text.offsetByCodePoints(0, unit.end());
      List<Token> tokens = tokens(text, from, to);
      if (tokens.isEmpty() || titleCase(unit, tokens)) {
        continue;
      }
      String[] tags = tagger.tag(tokens.stream().map(Token::text).toArray(String[]::new));
      runs.addAll(runs(text, tokens, tags));
    }
    Map<String, EntityKind> kinds = new HashMap<>();
    runs.forEach(r -> r.kind().ifPresent(k -> kinds.putIfAbsent(r.name(), k)));
    List<Found> found = new ArrayList<>();
    for (Run run : runs) {
      Optional<EntityKind> kind = run.kind().or(() -> Optional.ofNullable(kinds.get(run.name())));
      String reason = run.kind().isPresent() ? run.reason() : "same-name-elsewhere";
      double confidence = run.kind().isPresent() ? STRONG : WEAK;
      if (kind.isEmpty()) {
        kind = guess(run, known, offsets);
        reason = "name-shape";
        confidence = WEAK;
      }
      if (kind.isPresent()) {
        found.add(
            new Found(
                offsets.toCodePoint(run.begin()),
                offsets.toCodePoint(run.end()),
                kind.get(),
                reason,
                confidence));
      }
    }
    return found;
  }

  /** A heading written in title case gives no names: every word is capitalised. */
  private static boolean titleCase(Sentence unit, List<Token> tokens) {
    if (unit.kind() != Sentence.Kind.HEADING) {
      return false;
    }
    long capitalised =
        tokens.stream().filter(t -> Character.isUpperCase(t.text().charAt(0))).count();
    return capitalised * 2 > tokens.size();
  }

  private static List<Token> tokens(String text, int from, int to) {
    List<Token> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text).region(from, to);
    while (m.find()) {
      String word = m.group();
      int end = m.end();
      int apostrophe = Math.max(word.lastIndexOf('\''), word.lastIndexOf('’'));
      boolean possessive = apostrophe > 0;
      if (possessive) {
        end = m.start() + apostrophe;
        word = word.substring(0, apostrophe);
      }
      tokens.add(new Token(word, m.start(), end, possessive));
    }
    return tokens;
  }

  private List<Run> runs(String text, List<Token> tokens, String[] tags) {
    List<Run> runs = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      if (!startsName(tokens, tags, i)) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < tokens.size()) {
        if (adjacent(text, tokens.get(j - 1), tokens.get(j))
            && nameWord(tokens.get(j).text())
            && !isTitle(tokens.get(j).text())) {
          j++;
        } else if (j + 1 < tokens.size()
            && connectors.contains(tokens.get(j).text())
            && adjacent(text, tokens.get(j - 1), tokens.get(j))
            && adjacent(text, tokens.get(j), tokens.get(j + 1))
            && nameWord(tokens.get(j + 1).text())) {
          j += 2;
        } else {
          break;
        }
      }
      run(text, tokens, i, j).ifPresent(runs::add);
      i = j;
    }
    return runs;
  }

  private boolean startsName(List<Token> tokens, String[] tags, int i) {
    String word = tokens.get(i).text();
    if (!nameWord(word) || isTitle(word) || words.notNames().contains(word)) {
      return false;
    }
    boolean first = i == 0;
    return !first || "PROPN".equals(tags[i]) || "X".equals(tags[i]) || mixedCase(word);
  }

  /** Capitalised, or a capital or digit after the first letter. */
  private static boolean nameWord(String word) {
    int first = word.codePointAt(0);
    if (Character.isUpperCase(first)) {
      return true;
    }
    boolean letter = word.codePoints().anyMatch(Character::isLetter);
    return letter && (Character.isDigit(first) || mixedCase(word));
  }

  /** One word of two capitalised or numbered parts ({@code Yi-Lightning}, {@code DeepSeek-R1}). */
  private static boolean hyphenatedName(String word) {
    int hyphen = word.indexOf('-');
    return hyphen > 0
        && hyphen + 1 < word.length()
        && (Character.isUpperCase(word.charAt(hyphen + 1))
            || Character.isDigit(word.charAt(hyphen + 1)));
  }

  private static boolean mixedCase(String word) {
    return word.codePoints().skip(1).anyMatch(Character::isUpperCase);
  }

  private boolean isTitle(String word) {
    return "Person".equals(words.kindWordsBefore().get(word.toLowerCase(Locale.ROOT)));
  }

  private static boolean adjacent(String text, Token a, Token b) {
    return b.begin() - a.end() == 1 && text.charAt(a.end()) == ' ';
  }

  private Optional<Run> run(String text, List<Token> tokens, int from, int to) {
    while (to > from + 1
        && words.notNames().contains(tokens.get(to - 1).text())
        && !words.organisationEndings().contains(tokens.get(to - 1).text())) {
      to--;
    }
    int begin = tokens.get(from).begin();
    int end = tokens.get(to - 1).end();
    String name = text.substring(begin, end);
    Optional<EntityKind> kind = Optional.empty();
    String reason = "";
    for (String cue : words.placeCues()) {
      if (cue.startsWith("-") && name.endsWith(cue)) {
        name = name.substring(0, name.length() - cue.length());
        end -= cue.length();
        kind = Optional.of(EntityKind.PLACE);
        reason = "place-cue";
      }
    }
    if (name.codePointCount(0, name.length()) < 2 || words.notNames().contains(name)) {
      return Optional.empty();
    }
    if (kind.isEmpty()) {
      String before = phraseBefore(tokens, from);
      String after = phraseAfter(tokens, to);
      List<String> runWords = tokens.subList(from, to).stream().map(Token::text).toList();
      kind = kindOf(before, after, runWords, text, tokens, to);
      reason = reasonOf(before, after, runWords);
    }
    return Optional.of(new Run(begin, end, name, kind, reason));
  }

  private Optional<EntityKind> kindOf(
      String before, String after, List<String> run, String text, List<Token> tokens, int to) {
    Optional<EntityKind> k = byPhrase(words.kindWordsBefore(), before, true);
    if (k.isPresent()) {
      return k;
    }
    k = byPhrase(words.kindWords(), after, false);
    if (k.isPresent()) {
      boolean owner = tokens.get(to - 1).possessive() && k.get() != EntityKind.ORGANIZATION;
      return owner ? Optional.of(EntityKind.ORGANIZATION) : k;
    }
    if (words.organisationEndings().contains(run.getLast())) {
      return Optional.of(EntityKind.ORGANIZATION);
    }
    if (words.placeCues().stream().anyMatch(c -> !c.startsWith("-") && before.endsWith(c))) {
      return Optional.of(EntityKind.PLACE);
    }
    k = apposition(text, tokens, to);
    if (k.isPresent()) {
      return k;
    }
    boolean alphabetic = run.stream().allMatch(w -> w.codePoints().allMatch(Character::isLetter));
    if (run.size() >= 2 && run.size() <= 3 && alphabetic) {
      boolean reporting =
          words.personCues().stream().anyMatch(c -> (after + " ").startsWith(c + " "));
      if (reporting
          || words.givenNames().contains(run.getFirst())
          || run.stream().anyMatch(words.surnames()::contains)) {
        return Optional.of(EntityKind.PERSON);
      }
    }
    if (run.stream().anyMatch(w -> w.codePoints().anyMatch(Character::isDigit))) {
      return Optional.of(EntityKind.MODEL);
    }
    return Optional.empty();
  }

  private String reasonOf(String before, String after, List<String> run) {
    if (byPhrase(words.kindWordsBefore(), before, true).isPresent()) {
      return "word-before-name";
    }
    if (byPhrase(words.kindWords(), after, false).isPresent()) {
      return "word-after-name";
    }
    if (words.organisationEndings().contains(run.getLast())) {
      return "organisation-ending";
    }
    return "context";
  }

  /** The kind a phrase of up to three words right before (or after) the name names. */
  private static Optional<EntityKind> byPhrase(
      Map<String, String> table, String words, boolean before) {
    String[] w = words.isEmpty() ? new String[0] : words.split(" ");
    for (int n = Math.min(LOOK, w.length); n >= 1; n--) {
      String phrase =
          before
              ? String.join(" ", java.util.Arrays.copyOfRange(w, w.length - n, w.length))
              : String.join(" ", java.util.Arrays.copyOfRange(w, 0, n));
      String kind = table.get(phrase);
      if (kind != null) {
        return EntityKind.named(kind);
      }
    }
    return Optional.empty();
  }

  private static String phraseBefore(List<Token> tokens, int from) {
    int start = Math.max(0, from - LOOK);
    return String.join(" ", tokens.subList(start, from).stream().map(Token::text).toList())
        .toLowerCase(Locale.ROOT);
  }

  private static String phraseAfter(List<Token> tokens, int to) {
    int stop = Math.min(tokens.size(), to + LOOK);
    return String.join(" ", tokens.subList(to, stop).stream().map(Token::text).toList())
        .toLowerCase(Locale.ROOT);
  }

  /** "X, the Beijing-based start-up": a type word or title in the words after a comma. */
  private Optional<EntityKind> apposition(String text, List<Token> tokens, int to) {
    if (to >= tokens.size() || to == 0) {
      return Optional.empty();
    }
    String gap = text.substring(tokens.get(to - 1).end(), tokens.get(to).begin());
    if (!gap.strip().equals(",")) {
      return Optional.empty();
    }
    int stop = Math.min(tokens.size(), to + APPOSITION);
    for (int i = to; i < stop; i++) {
      if (i > to && text.substring(tokens.get(i - 1).end(), tokens.get(i).begin()).contains(",")) {
        break;
      }
      String word = tokens.get(i).text().toLowerCase(Locale.ROOT);
      String kind = words.kindWords().getOrDefault(word, words.kindWordsBefore().get(word));
      if (kind != null) {
        return EntityKind.named(kind);
      }
    }
    return Optional.empty();
  }

  /**
   * A run with no evidence: one word is most often a company in this kind of news; two or three
   * words of letters, a person's name; a name ending in a known name ({@code Google China}), an
   * organisation.
   */
  private Optional<EntityKind> guess(Run run, List<Mention> known, CodePointOffsets offsets) {
    int begin = offsets.toCodePoint(run.begin());
    int end = offsets.toCodePoint(run.end());
    if (known.stream().anyMatch(m -> m.end() == end && m.begin() > begin)) {
      return Optional.of(EntityKind.ORGANIZATION);
    }
    String[] parts = run.name().split(" ");
    if (parts.length == 1 && hyphenatedName(parts[0])) {
      return Optional.of(EntityKind.MODEL);
    }
    if (parts.length == 1) {
      return Optional.of(EntityKind.ORGANIZATION);
    }
    boolean letters =
        java.util.Arrays.stream(parts)
            .allMatch(p -> p.codePoints().allMatch(c -> Character.isLetter(c) || c == '-'));
    return letters
            && parts.length <= 3
            && !connectors.stream().anyMatch(c -> run.name().contains(" " + c + " "))
        ? Optional.of(EntityKind.PERSON)
        : Optional.empty();
  }
}
