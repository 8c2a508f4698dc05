// The SPARQL editor at /query: the vendored YASGUI, pointed at this server's read-only endpoint
// and nothing else (no endpoint catalogue, no remote autocompletion), opened on a question the
// graph answers with evidence. /query?run runs it at once.
(function () {
  'use strict';

  const endpoint = window.location.origin + '/kg/sparql';
  // Read ?run, then drop it from the address, which YASGUI would otherwise pass to the endpoint.
  const run = new URLSearchParams(window.location.search).has('run');
  if (run) {
    window.history.replaceState(null, '', window.location.pathname);
  }
  const example = [
    '# Who runs 01.AI, and where does the text say so?',
    'PREFIX ng:   <https://w3id.org/newsgraph/ns#>',
    'PREFIX nif:  <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>',
    'PREFIX skos: <http://www.w3.org/2004/02/skos/core#>',
    '',
    'SELECT ?company ?ceo ?words ?sentence WHERE {',
    '  ?st a ng:Statement ; ng:subject ?org ; ng:predicate ng:ceo ; ng:object ?person ;',
    '      ng:evidence/nif:anchorOf ?words ; ng:sentence/nif:anchorOf ?sentence .',
    '  ?org skos:prefLabel ?company FILTER (lang(?company) = "en")',
    '  ?person skos:prefLabel ?ceo FILTER (lang(?ceo) = "en")',
    '}',
    'ORDER BY ?words',
  ].join('\n');

  const yasgui = new Yasgui(document.getElementById('yasgui'), {
    requestConfig: { endpoint: endpoint, method: 'POST' },
    copyEndpointOnNewTab: false,
    endpointCatalogueOptions: { getData: () => [{ endpoint: endpoint }] },
    persistenceId: null,
    yasqe: { autocompleters: ['prefixes', 'variables'] },
  });
  const tab = yasgui.getTab();
  if (!new URLSearchParams(window.location.search).has('query')) {
    tab.setQuery(example);
  }
  if (run) {
    tab.getYasqe().query();
  }
})();
