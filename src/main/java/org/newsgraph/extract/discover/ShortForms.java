package org.newsgraph.extract.discover;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The shorter forms a news text uses for a name it gave in full: a person's family name ({@code
 * Altman} for {@code Sam Altman}, {@code Liang} for {@code Liang Wenfeng}, taken from the
 * language's surname list when one of the words is on it, else the last word), and an organisation
 * without its ending words ({@code Moonshot} for {@code Moonshot AI}). Only names of two or more
 * words written with spaces have short forms.
 */
final class ShortForms {
  private static final int MIN_LENGTH = 3;
  private final NameWords words;

  ShortForms(NameWords words) {
    this.words = words;
  }

  List<String> of(String name, EntityKind kind) {
    if (words == null) {
      return List.of();
    }
    List<String> tokens = Arrays.asList(name.strip().split(" +"));
    if (tokens.size() < 2) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    switch (kind) {
      case PERSON -> {
        String surname =
            tokens.stream().filter(words.surnames()::contains).findFirst().orElse(tokens.getLast());
        add(out, surname);
      }
      case ORGANIZATION -> {
        int end = tokens.size();
        while (end > 0 && words.organisationEndings().contains(tokens.get(end - 1))) {
          end--;
        }
        if (end > 0 && end < tokens.size()) {
          add(out, String.join(" ", tokens.subList(0, end)));
        }
      }
      default -> {}
    }
    return out;
  }

  private void add(List<String> out, String form) {
    if (form.codePointCount(0, form.length()) >= MIN_LENGTH && !words.notNames().contains(form)) {
      out.add(form);
    }
  }
}
