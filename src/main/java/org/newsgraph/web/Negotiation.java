package org.newsgraph.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;

/**
 * Content negotiation shared by the servlets: {@code ?format=NAME} wins, then the Accept header (no
 * header means {@code *}{@code /*}, which gets the first offer).
 */
final class Negotiation {
  /** One representation a servlet can give, by its short name and media type. */
  record Offer(String format, String mediaType) {}

  /** Turtle first (for {@code *}{@code /*}), then HTML, JSON-LD, N-Triples and RDF/XML. */
  static final List<Offer> RDF_AND_HTML =
      List.of(
          new Offer("ttl", "text/turtle"),
          new Offer("html", "text/html"),
          new Offer("jsonld", "application/ld+json"),
          new Offer("nt", "application/n-triples"),
          new Offer("rdfxml", "application/rdf+xml"));

  private final List<Offer> offers;
  private final AcceptList acceptList;

  Negotiation(List<Offer> offers) {
    this.offers = List.copyOf(offers);
    this.acceptList =
        AcceptList.create(offers.stream().map(Offer::mediaType).toArray(String[]::new));
  }

  /** The offer the request asks for, or empty when none fits. */
  Optional<Offer> choose(HttpServletRequest request) {
    String format = request.getParameter("format");
    if (format != null) {
      return offers.stream().filter(o -> o.format().equals(format)).findFirst();
    }
    String accept = request.getHeader("Accept");
    AcceptList asked = new AcceptList(accept == null || accept.isBlank() ? "*/*" : accept);
    MediaType match = AcceptList.match(asked, acceptList);
    if (match == null) {
      return Optional.empty();
    }
    return offers.stream().filter(o -> o.mediaType().equals(match.getContentTypeStr())).findFirst();
  }

  /** What a 406 answer says is available. */
  String available() {
    return offers.stream().map(Offer::format).collect(Collectors.joining(", "))
        + " (?format=) or as "
        + offers.stream().map(Offer::mediaType).collect(Collectors.joining(", "));
  }
}
