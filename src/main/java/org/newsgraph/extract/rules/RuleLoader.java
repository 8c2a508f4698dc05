package org.newsgraph.extract.rules;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.newsgraph.extract.ExtractException;

/**
 * Reads {@code data/rules/*.json} with Jackson and checks each rule: an id used once, a
 * description, an example, cues, and the parts its kind needs. Errors name the file, the line and
 * the rule.
 */
public final class RuleLoader {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private RuleLoader() {}

  /** Rule sets by language; a folder that does not exist gives none. */
  public static Map<String, RuleSet> load(Path dir) {
    Map<String, RuleSet> sets = new HashMap<>();
    if (!Files.isDirectory(dir)) {
      return sets;
    }
    Set<String> ids = new HashSet<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        RuleSet set = read(file);
        set.rules().forEach(rule -> check(rule, file, ids));
        sets.merge(set.language(), set, RuleLoader::merge);
      }
    } catch (IOException e) {
      throw new ExtractException(dir + ": cannot read the rules: " + e.getMessage(), e);
    }
    return sets;
  }

  private static RuleSet merge(RuleSet a, RuleSet b) {
    Map<String, java.util.List<String>> cues = new HashMap<>(a.modalityCues());
    cues.putAll(b.modalityCues());
    return new RuleSet(
        a.language(), cues, Stream.concat(a.rules().stream(), b.rules().stream()).toList());
  }

  private static RuleSet read(Path file) {
    try {
      RuleSet set = JSON.readValue(file.toFile(), RuleSet.class);
      if (set.language() == null || set.language().isBlank()) {
        throw new ExtractException(
            file + ": no \"language\": expected a language tag such as \"mr\"");
      }
      return set;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
      throw new ExtractException(
          file + where + ": invalid rule file: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new ExtractException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  private static void check(Rule rule, Path file, Set<String> ids) {
    String name = file + ": rule '" + rule.id() + "'";
    require(rule.id() != null && !rule.id().isBlank(), file + ": a rule has no \"id\"");
    require(ids.add(rule.id()), name + " is defined twice: expected unique ids");
    require(
        rule.kind() != null, name + ": no \"kind\": expected relation, list, value, date or claim");
    require(notBlank(rule.description()), name + ": no \"description\"");
    require(
        notBlank(rule.example()),
        name + ": no \"example\": give the text the rule was written for");
    require(!rule.cues().isEmpty(), name + ": no \"cues\": expected at least one cue word");
    require(
        rule.subject() != null && rule.subject().type() != null,
        name + ": no \"subject\" with a \"type\"");
    require(
        rule.confidence() >= 0 && rule.confidence() <= 1,
        name + ": confidence must be from 0 to 1");
    switch (rule.kind()) {
      case RELATION, DATE -> require(notBlank(rule.predicate()), name + ": no \"predicate\"");
      case LIST ->
          require(
              notBlank(rule.predicate()) && (rule.object() != null || notBlank(rule.itemType())),
              name + ": a list rule needs a \"predicate\" and an \"object\" or an \"itemType\"");
      case VALUE ->
          require(
              notBlank(rule.predicate()) && notBlank(rule.valueType()),
              name + ": a value rule needs a \"predicate\" and a \"valueType\"");
      case CLAIM ->
          require(notBlank(rule.modality()), name + ": a claim rule needs a \"modality\"");
    }
    if (rule.kind() == Rule.Kind.RELATION) {
      require(
          rule.object() != null && rule.object().type() != null,
          name + ": no \"object\" with a \"type\"");
    }
  }

  private static boolean notBlank(String s) {
    return s != null && !s.isBlank();
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new ExtractException(message);
    }
  }
}
