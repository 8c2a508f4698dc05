package org.newsgraph.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads {@code coreference-LANG.tsv} files: one rule a line, {@code form TAB most-mentioned|
 * last-mentioned TAB ClassName TAB confidence}, where ClassName is a class of the ng: ontology; a
 * name the ontology does not declare is an error, so that a misspelt class cannot silently turn a
 * rule off.
 */
public final class CoreferenceRules {
  private static final Pattern FILE = Pattern.compile("coreference-([a-z]{2,3})\\.tsv");

  private CoreferenceRules() {}

  public static List<CoreferenceRule> load(Path lexiconDir, TypeHierarchy hierarchy) {
    List<CoreferenceRule> rules = new ArrayList<>();
    try (Stream<Path> files = Files.list(lexiconDir)) {
      for (Path file : files.sorted().toList()) {
        Matcher m = FILE.matcher(file.getFileName().toString());
        if (m.matches()) {
          rules.addAll(read(file, m.group(1), hierarchy));
        }
      }
    } catch (IOException e) {
      throw new ExtractException(
          lexiconDir + ": cannot read coreference rules: " + e.getMessage(), e);
    }
    return rules;
  }

  private static List<CoreferenceRule> read(Path file, String language, TypeHierarchy hierarchy)
      throws IOException {
    List<CoreferenceRule> rules = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (!line.isEmpty() && !line.startsWith("#")) {
        rules.add(parse(line, language, file + ":" + (i + 1), hierarchy));
      }
    }
    return rules;
  }

  private static CoreferenceRule parse(
      String line, String language, String where, TypeHierarchy hierarchy) {
    String[] cols = line.split("\t");
    if (cols.length != 4) {
      throw new ExtractException(
          where
              + ": '"
              + line
              + "': expected 4 tab-separated columns: form, strategy, class, confidence");
    }
    CoreferenceRule.Strategy strategy;
    try {
      strategy =
          CoreferenceRule.Strategy.valueOf(
              cols[1].strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new ExtractException(
          where + ": strategy '" + cols[1] + "': expected most-mentioned or last-mentioned", e);
    }
    double confidence;
    try {
      confidence = Double.parseDouble(cols[3].strip());
    } catch (NumberFormatException e) {
      throw new ExtractException(
          where + ": confidence '" + cols[3] + "': expected a number from 0 to 1", e);
    }
    if (confidence < 0 || confidence > 1) {
      throw new ExtractException(
          where + ": confidence '" + cols[3] + "': expected a number from 0 to 1");
    }
    return new CoreferenceRule(
        Normalizer.normalize(cols[0].strip(), Normalizer.Form.NFC),
        language,
        strategy,
        hierarchy.ontologyClass(cols[2], where),
        confidence);
  }
}
