package org.newsgraph.article;

import java.util.Objects;
import java.util.Optional;

/**
 * One news article: its metadata and its body text, normalised to NFC. Offsets anywhere in
 * newsgraph count Unicode code points of {@link #text()}.
 *
 * @param id stable identifier, lowercase letters, digits and hyphens; part of every IRI minted for
 *     the article
 * @param title headline in the article's language
 * @param language ISO 639-1 code of the text
 * @param published publication date, when known
 * @param source free-text description of where the article comes from
 * @param url address of the original, when known
 * @param text body text (NFC, LF line ends, no surrounding blank lines)
 * @param origin where the article was read from, for messages
 */
public record Article(
    String id,
    String title,
    String language,
    Optional<PublicationDate> published,
    Optional<String> source,
    Optional<String> url,
    String text,
    String origin) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(origin, "origin");
  }

  /** Length of the text in code points: the end offset of the whole context. */
  public int length() {
    return text.codePointCount(0, text.length());
  }
}
