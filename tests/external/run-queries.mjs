#!/usr/bin/env node
// Runs the bundled SPARQL queries (ontology/queries/*.rq) with oxigraph, an engine independent of
// the C side's rasqal, over a graph that forumkg wrote, and compares each answer with a pinned
// result, or dumps the answers so that rasqal's can be compared with them.
//
// Usage (from the project root):
//   node tests/external/run-queries.mjs --data FILE --queries ontology/queries \
//        --expected tests/external/expected [--update]
//   node tests/external/run-queries.mjs --data FILE --queries ontology/queries --dump DIR
// (--dump may be given together with --expected.)
// FILE is Turtle (.ttl), N-Triples (.nt), N-Quads (.nq) or TriG (.trig); queries see the union of
// all graphs as their default graph. Exit 0 when every answer equals its expected file, 1 on a
// mismatch or a missing expected file (a diff is printed), 2 on a usage error, a parse error or a
// query that fails.
//
// Canonical TSV, written by --update and --dump and read from --expected:
// - first line: the variables in the SELECT's order, each as ?name, tab-separated;
// - one line per solution, tab-separated, in the same column order; an unbound value is empty;
// - IRIs as <iri>; literals as "lexical" followed by @lang, or ^^<datatype IRI> in full (never a
//   prefix), except xsd:string literals, written plain "x"; numbers are not abbreviated;
//   inside the quotes \ " LF CR TAB are escaped as \\ \" \n \r \t, everything else is raw UTF-8;
//   blank nodes are all written _:b (their labels are not comparable between engines);
// - solution lines sorted by their UTF-8 bytes (LC_ALL=C sort), each line ending in LF;
// - ASK: the single column ?ask and one line, true or false;
// - CONSTRUCT / DESCRIBE: the columns ?subject ?predicate ?object, one line per triple.
// Expected files are compared as multisets of lines, so their row order does not matter.
//
// Dependencies: tests/external/node_modules (`npm ci --prefix tests/external`); bare imports
// resolve there because this file lives in tests/external.

import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as oxigraph from 'oxigraph';

const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';
const RDF_LANGSTRING = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#langString';
const FORMATS = {
  '.ttl': 'text/turtle', '.nt': 'application/n-triples', '.nq': 'application/n-quads', '.trig': 'application/trig',
};
const USAGE = `usage: node tests/external/run-queries.mjs --data FILE --queries DIR
       (--expected DIR [--update] | --dump DIR | both)`;

class UsageError extends Error {}

function escapeLexical(s) {
  return s.replace(/[\\"\n\r\t]/g, (c) => ({ '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' })[c]);
}

function literal(value, lang, datatype) {
  const lex = `"${escapeLexical(value)}"`;
  if (lang) return `${lex}@${lang}`;
  if (!datatype || datatype === XSD_STRING || datatype === RDF_LANGSTRING) return lex;
  return `${lex}^^<${datatype}>`;
}

/** A term of SPARQL 1.1 JSON results in canonical TSV form. */
function jsonTerm(t) {
  if (t === undefined) return '';
  switch (t.type) {
    case 'uri': return `<${t.value}>`;
    case 'bnode': return '_:b';
    case 'literal':
    case 'typed-literal': return literal(t.value, t['xml:lang'], t.datatype);
    case 'triple': return `<< ${jsonTerm(t.value.subject)} ${jsonTerm(t.value.predicate)} ${jsonTerm(t.value.object)} >>`;
    default: throw new Error(`unknown term type in results: ${t.type}`);
  }
}

/** An RDF/JS term (oxigraph) in canonical TSV form. */
function rdfjsTerm(t) {
  switch (t.termType) {
    case 'NamedNode': return `<${t.value}>`;
    case 'BlankNode': return '_:b';
    case 'Literal': return literal(t.value, t.language, t.datatype?.value);
    case 'Quad': return `<< ${rdfjsTerm(t.subject)} ${rdfjsTerm(t.predicate)} ${rdfjsTerm(t.object)} >>`;
    default: throw new Error(`unexpected term type ${t.termType}`);
  }
}

const byBytes = (a, b) => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));

/** Runs one query; returns { header, rows } with rows sorted. */
function answer(store, query) {
  const opts = { use_default_graph_as_union: true };
  const res = JSON.parse(store.query(query, { ...opts, results_format: 'json' }));
  if (Array.isArray(res)) {  // "json" gives JSON-LD for CONSTRUCT and DESCRIBE: take the triples instead
    const quads = store.query(query, opts);
    const rows = quads.map((q) => [q.subject, q.predicate, q.object].map(rdfjsTerm).join('\t'));
    return { header: '?subject\t?predicate\t?object', rows: rows.sort(byBytes) };
  }
  if (typeof res.boolean === 'boolean') return { header: '?ask', rows: [String(res.boolean)] };
  const vars = res.head.vars;
  const rows = res.results.bindings.map((b) => vars.map((v) => jsonTerm(b[v])).join('\t'));
  return { header: vars.map((v) => `?${v}`).join('\t'), rows: rows.sort(byBytes) };
}

const toText = ({ header, rows }) => `${[header, ...rows].join('\n')}\n`;

/** Multiset difference of two row lists: { missing: in want only, extra: in got only }. */
function diffRows(want, got) {
  const count = new Map();
  for (const r of want) count.set(r, (count.get(r) || 0) + 1);
  const extra = [];
  for (const r of got) {
    const n = count.get(r) || 0;
    if (n > 0) count.set(r, n - 1);
    else extra.push(r);
  }
  const missing = [];
  for (const [r, n] of count) for (let i = 0; i < n; i++) missing.push(r);
  return { missing: missing.sort(byBytes), extra: extra.sort(byBytes) };
}

function parseArgs(argv) {
  const opts = { update: false };
  const takes = { '--data': 'data', '--queries': 'queries', '--expected': 'expected', '--dump': 'dump' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--update') opts.update = true;
    else if (a === '--help' || a === '-h') opts.help = true;
    else if (takes[a] && i + 1 < argv.length) opts[takes[a]] = argv[++i];
    else throw new UsageError(`unexpected argument: ${a}`);
  }
  if (opts.help) return opts;
  if (!opts.data || !opts.queries) throw new UsageError('--data FILE and --queries DIR are required');
  if (!opts.expected && !opts.dump) throw new UsageError('give --expected DIR, --dump DIR or both');
  if (opts.update && !opts.expected) throw new UsageError('--update needs --expected DIR');
  return opts;
}

function loadStore(file) {
  const format = FORMATS[path.extname(file).toLowerCase()] ?? 'text/turtle';
  const text = fs.readFileSync(file, 'utf8');
  const store = new oxigraph.Store();
  try {
    store.load(text, { format, base_iri: pathToFileURL(path.resolve(file)).href });
  } catch (err) {
    throw new Error(`${file}: ${err.message || err}`);
  }
  return store;
}

function main(argv) {
  let opts;
  try {
    opts = parseArgs(argv);
  } catch (err) {
    process.stderr.write(`run-queries: ${err.message}\n${USAGE}\n`);
    return 2;
  }
  if (opts.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }

  let store;
  let names;
  try {
    names = fs.readdirSync(opts.queries).filter((n) => n.endsWith('.rq')).sort();
    if (names.length === 0) throw new Error(`no *.rq under ${opts.queries}`);
    store = loadStore(opts.data);
  } catch (err) {
    process.stderr.write(`run-queries: ${err.message || err}\n`);
    return 2;
  }
  if (opts.dump) fs.mkdirSync(opts.dump, { recursive: true });
  if (opts.update) fs.mkdirSync(opts.expected, { recursive: true });

  let mismatches = 0;
  let errors = 0;
  for (const file of names) {
    const name = file.slice(0, -3);
    let result;
    try {
      result = answer(store, fs.readFileSync(path.join(opts.queries, file), 'utf8'));
    } catch (err) {
      errors++;
      process.stderr.write(`run-queries: ${path.join(opts.queries, file)}: ${err.message || err}\n`);
      continue;
    }
    const text = toText(result);
    if (opts.dump) fs.writeFileSync(path.join(opts.dump, `${name}.tsv`), text);
    if (!opts.expected) continue;
    const expFile = path.join(opts.expected, `${name}.tsv`);
    if (opts.update) {
      fs.writeFileSync(expFile, text);
      process.stdout.write(`updated ${expFile} (${result.rows.length} rows)\n`);
      continue;
    }
    if (!fs.existsSync(expFile)) {
      mismatches++;
      process.stdout.write(`FAIL ${name}: no ${expFile} (run with --update to create it)\n`);
      continue;
    }
    const [header, ...rows] = fs.readFileSync(expFile, 'utf8').replace(/\n$/, '').split('\n');
    const { missing, extra } = diffRows(rows, result.rows);
    if (header === result.header && missing.length === 0 && extra.length === 0) {
      process.stdout.write(`ok   ${name} (${result.rows.length} rows)\n`);
      continue;
    }
    mismatches++;
    const out = [`FAIL ${name}: answer differs from ${expFile}`];
    if (header !== result.header) out.push(`  header: expected ${header}`, `          got      ${result.header}`);
    for (const r of missing) out.push(`  - ${r}`);
    for (const r of extra) out.push(`  + ${r}`);
    process.stdout.write(`${out.join('\n')}\n`);
  }
  if (opts.expected && !opts.update && fs.existsSync(opts.expected)) {
    const queries = new Set(names.map((n) => n.slice(0, -3)));
    for (const f of fs.readdirSync(opts.expected).filter((n) => n.endsWith('.tsv')).sort()) {
      if (!queries.has(f.slice(0, -4))) process.stderr.write(`run-queries: warning: ${f} has no query in ${opts.queries}\n`);
    }
  }
  if (opts.expected && !opts.update) {
    process.stdout.write(`queries: ${names.length - mismatches - errors} passed, ${mismatches + errors} failed\n`);
  }
  if (opts.dump) process.stdout.write(`wrote ${names.length - errors} answers to ${opts.dump}\n`);
  if (errors > 0) return 2;
  return mismatches > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
