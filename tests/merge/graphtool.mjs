#!/usr/bin/env node
// forumkg merge tests: checks done with an RDF stack that shares no code with the C side
// (oxigraph parses and queries, rdf-canonize decides whether two graphs are isomorphic).
//
// Usage:
//   node tests/merge/graphtool.mjs same A B        exit 0 when A and B are the same graph up to
//                                                   blank-node labels (URDNA2015), 1 otherwise
//   node tests/merge/graphtool.mjs count FILE...   loads each FILE into an oxigraph store,
//                                                   prints "FILE number-of-quads" 
//   node tests/merge/graphtool.mjs query FILE Q    runs the SPARQL query file Q over FILE (named
//                                                   graphs joined into the default graph), prints
//                                                   a header and one tab-separated row per
//                                                   solution: IRIs and literals as plain values,
//                                                   blank nodes as _:b, unbound as empty
// Syntax by extension: .ttl .nt .nq .trig .rdf/.xml. Exit 2 on a usage, read or parse error.
// Dependencies come from tests/external/node_modules (`npm ci --prefix tests/external`).

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(here, '..', 'external', 'package.json'));
const oxigraph = require('oxigraph');

const FORMATS = {
  '.ttl': 'text/turtle', '.nt': 'application/n-triples', '.nq': 'application/n-quads',
  '.trig': 'application/trig', '.rdf': 'application/rdf+xml', '.xml': 'application/rdf+xml',
};

function load(file) {
  const format = FORMATS[path.extname(file).toLowerCase()];
  if (!format) throw new Error(`${file}: unknown RDF syntax`);
  const store = new oxigraph.Store();
  store.load(fs.readFileSync(file, 'utf8'), { format, base_iri: `file://${path.resolve(file)}` });
  return store;
}

async function canonical(file) {
  const canonize = require('rdf-canonize');
  const nquads = load(file).dump({ format: 'application/n-quads' });
  return canonize.canonize(canonize.NQuads.parse(nquads), { algorithm: 'URDNA2015' });
}

function plain(term) {
  if (!term) return '';
  if (term.termType === 'BlankNode') return '_:b';
  return term.value.replace(/[\t\n\r\\]/g, (c) => ({ '\t': '\\t', '\n': '\\n', '\r': '\\r', '\\': '\\\\' })[c]);
}

async function main(argv) {
  const [cmd, ...args] = argv;
  if (cmd === 'same' && args.length === 2) {
    const [a, b] = await Promise.all(args.map(canonical));
    if (a === b) return 0;
    const la = new Set(a.split('\n')), lb = new Set(b.split('\n'));
    for (const l of la) if (!lb.has(l)) console.log(`only in ${args[0]}: ${l}`);
    for (const l of lb) if (!la.has(l)) console.log(`only in ${args[1]}: ${l}`);
    return 1;
  }
  if (cmd === 'count' && args.length >= 1) {
    for (const file of args) console.log(`${file} ${load(file).size}`);
    return 0;
  }
  if (cmd === 'query' && args.length === 2) {
    const store = load(args[0]);
    const text = fs.readFileSync(args[1], 'utf8');
    const rows = store.query(text, { use_default_graph_as_union: true });
    const vars = [...text.matchAll(/\bAS\s+\?(\w+)\s*\)/g)].map((m) => m[1]);
    console.log(vars.map((v) => `?${v}`).join('\t'));
    for (const row of rows) console.log(vars.map((v) => plain(row.get(v))).join('\t'));
    return 0;
  }
  console.error('usage: graphtool.mjs same A B | count FILE... | query FILE QUERY');
  return 2;
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (err) => {
  console.error(`graphtool: error: ${err.message}`);
  process.exitCode = 2;
});
