// The browser view of the graph: loads /export?format=cyjs into Cytoscape.js, lays it out,
// and shows what the articles say when an entity or a fact is clicked. Builds every piece of
// text with textContent, never innerHTML, because labels and evidence come from articles.
(function () {
  'use strict';

  const base = document.body.dataset.base;
  const status = document.getElementById('status');
  const details = document.getElementById('details');
  const language = document.getElementById('lang');
  const find = document.getElementById('find');
  const colours = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948',
    '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'];
  let cy = null;

  function colour(kind) {
    let hash = 0;
    for (const c of kind || '') {
      hash = (hash * 31 + c.codePointAt(0)) | 0;
    }
    return colours[Math.abs(hash) % colours.length];
  }

  // This server's page for an IRI under the graph's base; other IRIs as they are.
  function page(iri) {
    return iri.startsWith(base) ? '/' + iri.slice(base.length) : iri;
  }

  function element(tag, text, attributes) {
    const node = document.createElement(tag);
    if (text !== undefined) {
      node.textContent = text;
    }
    Object.entries(attributes || {}).forEach(([k, v]) => node.setAttribute(k, v));
    return node;
  }

  function link(text, iri) {
    return element('a', text, { href: page(iri) });
  }

  function fact(edge) {
    const item = element('li');
    item.append(
      element('span', edge.source().data('name') + ' '),
      element('strong', edge.data('interaction')),
      element('span', ' ' + edge.target().data('name') + ': '),
      element('q', edge.data('evidence')),
      element('small', ' confidence ' + Number(edge.data('confidence')).toFixed(2) + ', '),
      link('article', edge.data('article')));
    return item;
  }

  function showNode(node) {
    details.replaceChildren(
      element('h2', node.data('name')),
      element('p', (node.data('kind') || 'no class') + ', mentioned ' + node.data('mentions') +
        ' times'),
      link('Its page, with every fact and claim', node.id()));
    const edges = node.connectedEdges();
    if (edges.length > 0) {
      const list = element('ul');
      edges.forEach((edge) => list.append(fact(edge)));
      details.append(element('h3', 'Facts'), list);
    }
  }

  function showEdge(edge) {
    const list = element('ul');
    list.append(fact(edge));
    details.replaceChildren(element('h2', edge.data('interaction')), list,
      link('The statement', edge.id()));
  }

  function highlight() {
    if (!cy) {
      return;
    }
    const text = find.value.trim().toLowerCase();
    cy.nodes().removeClass('match');
    if (text === '') {
      return;
    }
    const matches = cy.nodes().filter((n) => (n.data('name') || '').toLowerCase().includes(text));
    matches.addClass('match');
    if (matches.length > 0) {
      cy.animate({ fit: { eles: matches, padding: 80 } }, { duration: 300 });
    }
  }

  async function load() {
    status.textContent = 'loading…';
    const response = await fetch('/export?format=cyjs&lang=' + encodeURIComponent(language.value));
    if (!response.ok) {
      status.textContent = 'could not load the graph: ' + response.status + ' ' +
        (await response.text());
      return;
    }
    const data = await response.json();
    if (cy) {
      cy.destroy();
    }
    cy = cytoscape({
      container: document.getElementById('graph'),
      elements: data.elements,
      wheelSensitivity: 0.3,
      style: [
        { selector: 'node', style: {
          'label': 'data(name)', 'font-size': 10, 'text-valign': 'bottom', 'text-margin-y': 2,
          'background-color': (n) => colour(n.data('kind')),
          'width': (n) => 16 + 6 * Math.sqrt(n.data('mentions') || 0),
          'height': (n) => 16 + 6 * Math.sqrt(n.data('mentions') || 0) } },
        { selector: 'edge', style: {
          'label': 'data(interaction)', 'font-size': 7, 'color': '#666',
          'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'width': 1.2,
          'line-color': '#bbb', 'target-arrow-color': '#bbb', 'text-rotation': 'autorotate' } },
        { selector: '.match', style: { 'border-width': 4, 'border-color': '#d00' } },
        { selector: ':selected', style: { 'border-width': 3, 'border-color': '#333',
          'line-color': '#333', 'target-arrow-color': '#333' } },
      ],
      layout: { name: 'cose', animate: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 90 },
    });
    cy.on('tap', 'node', (e) => showNode(e.target));
    cy.on('tap', 'edge', (e) => showEdge(e.target));
    status.textContent = cy.nodes().length + ' nodes, ' + cy.edges().length + ' facts';
    status.dataset.nodes = String(cy.nodes().length);
    status.dataset.edges = String(cy.edges().length);
    highlight();
    focus();
  }

  // /graph?focus=IRI selects that node and shows its details, so pages can link into the view.
  function focus() {
    const iri = new URLSearchParams(window.location.search).get('focus');
    if (!iri) {
      return;
    }
    const node = cy.getElementById(iri);
    if (node.empty()) {
      details.replaceChildren(element('p', 'Not in the graph: ' + iri));
      return;
    }
    node.select();
    cy.center(node);
    showNode(node);
  }

  language.addEventListener('change', load);
  find.addEventListener('input', highlight);
  load().catch((error) => { status.textContent = 'could not load the graph: ' + error; });
})();
