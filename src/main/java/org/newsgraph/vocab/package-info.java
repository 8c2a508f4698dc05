/**
 * One constants class per vocabulary namespace that Jena does not already provide. Jena's own
 * {@code SKOS}, {@code DCTerms}, {@code RDF}, {@code RDFS} and {@code XSD} are used as they are.
 */
package org.newsgraph.vocab;
