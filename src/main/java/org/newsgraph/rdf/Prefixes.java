package org.newsgraph.rdf;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.newsgraph.vocab.ITSRDF;
import org.newsgraph.vocab.NG;
import org.newsgraph.vocab.NIF;
import org.newsgraph.vocab.SchemaOrg;

/** The prefixes written into every serialisation and offered to SPARQL users. */
public final class Prefixes {
  private Prefixes() {}

  public static PrefixMap standard() {
    Map<String, String> map = new LinkedHashMap<>();
    map.put("ng", NG.NS);
    map.put("nif", NIF.NS);
    map.put("itsrdf", ITSRDF.NS);
    map.put("schema", SchemaOrg.NS);
    map.put("skos", SKOS.uri);
    map.put("dcterms", DCTerms.NS);
    map.put("rdf", RDF.uri);
    map.put("rdfs", RDFS.uri);
    map.put("owl", OWL.NS);
    map.put("xsd", XSD.NS);
    return PrefixMapFactory.create(map);
  }
}
