package org.newsgraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.extract.Label;
import org.newsgraph.extract.Lexicon;
import org.newsgraph.extract.LexiconEntry;

/**
 * The benchmark's input, made from a fixed seed so that every run sees the same data: a lexicon of
 * organisation names, each with an English and a Marathi (Devanagari) preferred label, and a long
 * text of mixed Marathi and English sentences into which those names are written, some of them with
 * a Marathi case ending glued on.
 *
 * <p>Names are made of 1–4 words. A word is 2–3 syllables from two parallel pools (Latin and its
 * Devanagari transliteration), so the two labels of an entry are the same name in two scripts; the
 * last word of a longer name is sometimes a common word such as "Group"/"ग्रुप". Words are drawn
 * with a skew, so that many names share words and shorter names occur inside longer ones ("Kamori"
 * and "Kamori Group"), as in a real lexicon. The filler words of the sentences never equal a name
 * word, so every whole-word hit comes from an inserted name and is known in advance.
 */
final class SyntheticCorpus {
  static final String IRI_PREFIX = "https://w3id.org/newsgraph/id/org/bench-";
  static final String TYPE = "https://w3id.org/newsgraph/ns#Company";

  /** Latin syllable and its Devanagari spelling; none equals a Marathi ending. */
  private static final String[][] SYLLABLES = {
    {"ka", "का"},
    {"ki", "की"},
    {"ku", "कु"},
    {"ko", "को"},
    {"ma", "मा"},
    {"mo", "मो"},
    {"mi", "मि"},
    {"ra", "रा"},
    {"ri", "री"},
    {"ru", "रु"},
    {"ro", "रो"},
    {"sa", "सा"},
    {"si", "सी"},
    {"so", "सो"},
    {"ta", "टा"},
    {"te", "टे"},
    {"to", "टो"},
    {"da", "डा"},
    {"di", "डि"},
    {"do", "डो"},
    {"pa", "पा"},
    {"pi", "पी"},
    {"po", "पो"},
    {"ba", "बा"},
    {"bi", "बी"},
    {"bo", "बो"},
    {"va", "वा"},
    {"vi", "वि"},
    {"lo", "लो"},
    {"lu", "लु"},
    {"ga", "गा"},
    {"gi", "गी"},
    {"go", "गो"},
    {"ja", "जा"},
    {"ji", "जी"},
    {"jo", "जो"},
    {"ha", "हा"},
    {"hi", "हि"},
    {"ho", "हो"},
    {"ya", "या"},
    {"yo", "यो"},
    {"kar", "कर"},
    {"man", "मन"},
    {"tek", "टेक"},
    {"van", "व्हॅन"},
    {"lor", "लॉर"},
    {"mon", "मॉन"},
    {"zen", "झेन"},
    {"nex", "नेक्स"},
    {"sol", "सोल"},
    {"dar", "दार"},
    {"pro", "प्रो"},
    {"bra", "ब्रा"},
    {"kri", "क्रि"},
    {"sta", "स्टा"},
    {"flo", "फ्लो"},
    {"gra", "ग्रा"},
    {"ven", "व्हेन"},
    {"tor", "टॉर"},
    {"lin", "लिन"},
  };

  /** Words that often end an organisation's name, in both scripts. */
  private static final String[][] GENERIC = {
    {"Group", "ग्रुप"},
    {"Bank", "बँक"},
    {"Labs", "लॅब्स"},
    {"Cloud", "क्लाउड"},
    {"Systems", "सिस्टिम्स"},
    {"Technologies", "टेक्नॉलॉजीज"},
    {"Motors", "मोटर्स"},
    {"Capital", "कॅपिटल"},
    {"Foundation", "फाउंडेशन"},
    {"University", "युनिव्हर्सिटी"},
    {"Institute", "इन्स्टिट्यूट"},
    {"Industries", "इंडस्ट्रीज"},
    {"Ventures", "व्हेंचर्स"},
    {"Media", "मीडिया"},
    {"Energy", "एनर्जी"},
    {"Pharma", "फार्मा"},
    {"Networks", "नेटवर्क्स"},
    {"Robotics", "रोबोटिक्स"},
    {"AI", "एआय"},
    {"Electronics", "इलेक्ट्रॉनिक्स"},
  };

  private static final String[] MARATHI_WORDS = {
    "आणि",
    "या",
    "ही",
    "की",
    "आहे",
    "आहेत",
    "होते",
    "होती",
    "म्हणाले",
    "सांगितले",
    "कंपनीने",
    "बाजारात",
    "तंत्रज्ञान",
    "गुंतवणूक",
    "वर्षी",
    "नवीन",
    "मोठ्या",
    "प्रमाणात",
    "क्षेत्रात",
    "सरकारने",
    "अहवालानुसार",
    "त्यांनी",
    "आपल्या",
    "येथे",
    "दरम्यान",
    "विकास",
    "उत्पादन",
    "ग्राहक",
    "सेवा",
    "मॉडेल",
    "संशोधन",
    "कृत्रिम",
    "बुद्धिमत्ता",
    "डेटा",
    "केंद्र",
    "करार",
    "भागीदारी",
    "घोषणा",
    "अध्यक्ष",
    "मुख्य",
    "कार्यकारी",
    "अधिकारी",
    "शहरात",
    "देशात",
    "जागतिक",
    "स्पर्धा",
    "वाढ",
    "टक्के",
    "कोटी",
    "रुपये",
    "डॉलर",
    "महिन्यात",
    "आठवड्यात",
    "पुढील",
    "गेल्या",
    "पहिल्यांदाच",
    "प्रकल्प",
    "योजना",
    "उद्योग",
    "कामगार",
    "शेअर",
    "किंमत",
    "नफा",
    "तोटा",
    "निर्णय",
    "बैठक",
    "चर्चा",
    "माहिती",
    "प्रतिनिधी",
    "तज्ज्ञांच्या",
    "मते",
    "सुरू",
    "केले",
    "केली",
    "झाले",
    "झाली",
    "असे",
    "तसेच",
    "मात्र",
    "परंतु",
    "कारण",
    "२०२५",
    "१०",
    "चीनमधील",
    "अमेरिकेतील",
  };

  private static final String[] ENGLISH_WORDS = {
    "the",
    "a",
    "of",
    "and",
    "to",
    "in",
    "said",
    "company",
    "market",
    "new",
    "model",
    "billion",
    "million",
    "percent",
    "year",
    "quarter",
    "investors",
    "announced",
    "deal",
    "with",
    "on",
    "for",
    "its",
    "their",
    "chief",
    "executive",
    "officer",
    "according",
    "report",
    "data",
    "centre",
    "growth",
    "shares",
    "price",
    "profit",
    "loss",
    "decision",
    "meeting",
    "talks",
    "sources",
    "people",
    "familiar",
    "matter",
    "plans",
    "launch",
    "product",
    "customers",
    "services",
    "research",
    "artificial",
    "intelligence",
    "chips",
    "demand",
    "supply",
    "government",
    "regulators",
    "week",
    "month",
    "last",
    "next",
    "first",
    "also",
    "however",
    "while",
    "after",
    "before",
    "since",
    "between",
    "during",
    "about",
    "more",
    "than",
    "2025",
    "10",
  };

  private SyntheticCorpus() {}

  /** The names of the lexicon: entry {@code i} is written {@code en[i]} and {@code mr[i]}. */
  record Names(String[] en, String[] mr, int[] wordCounts) {
    int size() {
      return en.length;
    }
  }

  /** A name written into the text at chars [begin, end), followed by {@code suffix}. */
  record Insert(int begin, int end, String suffix, int entry) {}

  /** The text and where the names were written into it. */
  record Corpus(String text, List<Insert> inserts, int marathiSentences, int englishSentences) {}

  /** Reads a suffix file as newsgraph's LexiconLoader does: NFC lines, no blanks or # comments. */
  static Set<String> readSuffixes(Path file) throws IOException {
    Set<String> endings = new LinkedHashSet<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String ending = Normalizer.normalize(line.strip(), Normalizer.Form.NFC);
      if (!ending.isEmpty() && !ending.startsWith("#")) {
        endings.add(ending);
      }
    }
    return endings;
  }

  /** {@code count} distinct names, the same for the same seed. */
  static Names names(int count, long seed) {
    Random rnd = new Random(seed);
    Set<String> reserved = new HashSet<>();
    for (String w : MARATHI_WORDS) {
      reserved.add(w);
    }
    for (String w : ENGLISH_WORDS) {
      reserved.add(w.toLowerCase(Locale.ROOT));
    }
    for (String[] g : GENERIC) {
      reserved.add(g[0].toLowerCase(Locale.ROOT));
      reserved.add(g[1]);
    }

    int vocabulary = Math.max(200, count * 2 / 5);
    List<String[]> words = new ArrayList<>(vocabulary);
    Set<String> seen = new HashSet<>(reserved);
    while (words.size() < vocabulary) {
      int syllables = 2 + rnd.nextInt(2);
      StringBuilder en = new StringBuilder();
      StringBuilder mr = new StringBuilder();
      for (int s = 0; s < syllables; s++) {
        String[] syllable = SYLLABLES[rnd.nextInt(SYLLABLES.length)];
        en.append(syllable[0]);
        mr.append(syllable[1]);
      }
      String enKey = en.toString();
      String mrWord = mr.toString();
      if (seen.contains(enKey) || seen.contains(mrWord)) {
        continue;
      }
      seen.add(enKey);
      seen.add(mrWord);
      words.add(new String[] {capitalise(enKey), mrWord});
    }

    String[] en = new String[count];
    String[] mr = new String[count];
    int[] wordCounts = new int[5];
    Set<String> names = new HashSet<>();
    int n = 0;
    while (n < count) {
      double u = rnd.nextDouble();
      int k = u < 0.2 ? 1 : u < 0.6 ? 2 : u < 0.9 ? 3 : 4;
      StringBuilder e = new StringBuilder();
      StringBuilder m = new StringBuilder();
      for (int j = 0; j < k; j++) {
        String[] word;
        if (j == k - 1 && k > 1 && rnd.nextDouble() < 0.3) {
          word = GENERIC[rnd.nextInt(GENERIC.length)];
        } else {
          word = words.get(skewed(rnd, vocabulary, 2.0));
        }
        if (j > 0) {
          e.append(' ');
          m.append(' ');
        }
        e.append(word[0]);
        m.append(word[1]);
      }
      String enName = e.toString();
      String mrName = m.toString();
      if (names.contains(enName.toLowerCase(Locale.ROOT)) || names.contains(mrName)) {
        continue;
      }
      names.add(enName.toLowerCase(Locale.ROOT));
      names.add(mrName);
      en[n] = enName;
      mr[n] = mrName;
      wordCounts[k]++;
      n++;
    }
    return new Names(en, mr, wordCounts);
  }

  static String iri(int entry) {
    return IRI_PREFIX + String.format(Locale.ROOT, "%06d", entry);
  }

  /** One entry per name, in IRI order, each with a preferred label in English and in Marathi. */
  static List<LexiconEntry> entries(Names names) {
    List<String> types = List.of(TYPE);
    List<LexiconEntry> entries = new ArrayList<>(names.size());
    for (int i = 0; i < names.size(); i++) {
      entries.add(
          new LexiconEntry(
              iri(i),
              types,
              List.of(
                  new Label(names.en()[i], "en", Label.Kind.PREFERRED),
                  new Label(names.mr()[i], "mr", Label.Kind.PREFERRED))));
    }
    return entries;
  }

  /**
   * The lexicon as newsgraph's LexiconLoader builds it: entries, a graph (empty here: the matcher
   * does not read it), and the Marathi endings in file order.
   */
  static Lexicon lexicon(List<LexiconEntry> entries, Set<String> marathiSuffixes) {
    return new Lexicon(
        entries,
        GraphFactory.createDefaultGraph(),
        Map.of("mr", new LinkedHashSet<>(marathiSuffixes)));
  }

  /** The same entries with only their labels in {@code language}. */
  static List<LexiconEntry> only(List<LexiconEntry> entries, String language) {
    List<LexiconEntry> kept = new ArrayList<>(entries.size());
    for (LexiconEntry e : entries) {
      kept.add(
          new LexiconEntry(
              e.iri(),
              e.types(),
              e.labels().stream().filter(l -> l.language().equals(language)).toList()));
    }
    return kept;
  }

  /**
   * {@code length} chars of paragraphs, about two thirds Marathi and one third English, with a name
   * in roughly one word slot in {@code 1/nameRate}. In Marathi sentences most names are written in
   * Devanagari, and {@code suffixShare} of those get an ending from {@code suffixes} glued on; some
   * names stay in Latin script (code-mixing). Two names are never adjacent.
   */
  static Corpus text(
      Names names,
      List<String> suffixes,
      int length,
      double nameRate,
      double suffixShare,
      long seed) {
    Random rnd = new Random(seed);
    StringBuilder sb = new StringBuilder(length + 4096);
    List<Insert> inserts = new ArrayList<>(length / 150);
    int marathiSentences = 0;
    int englishSentences = 0;
    while (sb.length() < length) {
      boolean marathi = rnd.nextDouble() < 0.65;
      int sentences = 3 + rnd.nextInt(5);
      for (int s = 0; s < sentences; s++) {
        if (s > 0) {
          sb.append(' ');
        }
        int words = 6 + rnd.nextInt(12);
        boolean afterName = false;
        for (int w = 0; w < words; w++) {
          if (w > 0) {
            sb.append(' ');
          }
          if (!afterName && rnd.nextDouble() < nameRate) {
            int entry = skewed(rnd, names.size(), 3.0);
            int begin = sb.length();
            String suffix = "";
            if (!marathi) {
              sb.append(names.en()[entry]);
              inserts.add(new Insert(begin, sb.length(), suffix, entry));
              if (rnd.nextDouble() < 0.1) {
                sb.append("'s");
              }
            } else if (rnd.nextDouble() < 0.15) {
              sb.append(names.en()[entry]);
              inserts.add(new Insert(begin, sb.length(), suffix, entry));
            } else {
              sb.append(names.mr()[entry]);
              int end = sb.length();
              if (rnd.nextDouble() < suffixShare) {
                suffix = suffixes.get(rnd.nextInt(suffixes.size()));
                sb.append(suffix);
              }
              inserts.add(new Insert(begin, end, suffix, entry));
            }
            afterName = true;
          } else {
            String word =
                marathi
                    ? MARATHI_WORDS[rnd.nextInt(MARATHI_WORDS.length)]
                    : ENGLISH_WORDS[rnd.nextInt(ENGLISH_WORDS.length)];
            sb.append(w == 0 && !marathi ? capitalise(word) : word);
            afterName = false;
          }
          if (w < words - 1 && rnd.nextDouble() < 0.05) {
            sb.append(',');
          }
        }
        sb.append(marathi && rnd.nextDouble() < 0.3 ? "।" : ".");
        if (marathi) {
          marathiSentences++;
        } else {
          englishSentences++;
        }
      }
      sb.append("\n\n");
    }
    sb.setLength(length);
    inserts.removeIf(i -> i.end() + i.suffix().length() > length);
    return new Corpus(sb.toString(), List.copyOf(inserts), marathiSentences, englishSentences);
  }

  /** An index in [0, n) drawn with density falling off as index^(1/power - 1). */
  private static int skewed(Random rnd, int n, double power) {
    return Math.min(n - 1, (int) (n * Math.pow(rnd.nextDouble(), power)));
  }

  private static String capitalise(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
