package org.newsgraph.extract.document;

/**
 * The article as the extraction document carries it: metadata and the exact text offsets count.
 *
 * @param id the article id
 * @param title its headline
 * @param language ISO 639-1 code
 * @param published YYYY, YYYY-MM or YYYY-MM-DD, or null
 * @param source free text, or null
 * @param url the original's address, or null
 * @param text the body text (NFC); every offset in the document counts its code points
 */
public record ArticleRecord(
    String id,
    String title,
    String language,
    String published,
    String source,
    String url,
    String text) {}
