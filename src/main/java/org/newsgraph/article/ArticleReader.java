package org.newsgraph.article;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.article.FrontMatter.Key;

/**
 * Reads an article file: strict UTF-8, optional front matter, body normalised to NFC with LF line
 * ends. Every problem becomes an {@link ArticleException} naming the file and the line.
 */
public final class ArticleReader {
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
  private static final Pattern LANGUAGE_IN_NAME = Pattern.compile(".*\\.([a-z]{2})\\.[^.]+$");
  private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

  private ArticleReader() {}

  /** Reads and checks the article at {@code file}. */
  public static Article read(Path file) {
    String source = file.toString();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new ArticleException(source + ": cannot read the file: " + e.getMessage(), e);
    }
    return parse(Utf8.decode(bytes, source), file.getFileName().toString(), source);
  }

  /**
   * Parses article text already decoded; {@code fileName} supplies defaults for id and language.
   */
  public static Article parse(String content, String fileName, String source) {
    String text = stripBom(content).replace("\r\n", "\n").replace('\r', '\n');
    if (text.isBlank()) {
      throw ArticleException.at(source, 1, "the file is empty: expected article text");
    }
    List<String> lines = Arrays.asList(text.split("\n", -1));
    FrontMatter front = FrontMatter.parse(lines, source);
    String body = body(lines, front.bodyStartLine());
    if (body.isEmpty()) {
      throw ArticleException.at(
          source,
          front.bodyStartLine(),
          "no article text after the front matter: expected the text to follow the closing '---'");
    }
    return new Article(
        id(front, fileName, source),
        front.get(Key.TITLE).filter(t -> !t.isEmpty()).orElseGet(() -> firstLine(body)),
        language(front, fileName, source),
        published(front, source),
        front.get(Key.SOURCE).filter(s -> !s.isEmpty()),
        url(front, source),
        body,
        source);
  }

  private static String stripBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static String body(List<String> lines, int startLine) {
    String joined = String.join("\n", lines.subList(startLine - 1, lines.size()));
    return Normalizer.normalize(joined, Normalizer.Form.NFC).strip();
  }

  private static String firstLine(String body) {
    return body.lines().findFirst().orElse("").strip();
  }

  private static String id(FrontMatter front, String fileName, String source) {
    String id =
        front
            .get(Key.ID)
            .orElseGet(() -> fileName.replaceFirst("\\..*$", "").toLowerCase(Locale.ROOT));
    if (!ID.matcher(id).matches()) {
      throw ArticleException.at(
          source,
          front.lineOf(Key.ID),
          "article id '" + id + "': expected lowercase letters, digits and hyphens");
    }
    return id;
  }

  private static String language(FrontMatter front, String fileName, String source) {
    Optional<String> given = front.get(Key.LANGUAGE);
    String language =
        given.orElseGet(
            () -> {
              var m = LANGUAGE_IN_NAME.matcher(fileName);
              return m.matches() ? m.group(1) : "";
            });
    if (language.isEmpty()) {
      throw ArticleException.at(
          source,
          1,
          "no language: expected 'language: xx' (ISO 639-1, such as mr, en or zh) in the front"
              + " matter, or a file name like name.mr.txt");
    }
    if (!LANGUAGES.contains(language)) {
      throw ArticleException.at(
          source,
          front.lineOf(Key.LANGUAGE),
          "unknown language code '"
              + language
              + "': expected an ISO 639-1 code such as mr, en or zh");
    }
    return language;
  }

  private static Optional<PublicationDate> published(FrontMatter front, String source) {
    Optional<String> given = front.get(Key.PUBLISHED);
    if (given.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        PublicationDate.parse(given.get())
            .orElseThrow(
                () ->
                    ArticleException.at(
                        source,
                        front.lineOf(Key.PUBLISHED),
                        "published date '"
                            + given.get()
                            + "': expected YYYY, YYYY-MM or YYYY-MM-DD")));
  }

  private static Optional<String> url(FrontMatter front, String source) {
    Optional<String> given = front.get(Key.URL).filter(u -> !u.isEmpty());
    given.ifPresent(
        u -> {
          try {
            if (!new URI(u).isAbsolute()) {
              throw new URISyntaxException(u, "not absolute");
            }
          } catch (URISyntaxException e) {
            throw ArticleException.at(
                source, front.lineOf(Key.URL), "url '" + u + "': expected an absolute URL");
          }
        });
    return given;
  }
}
