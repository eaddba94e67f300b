#!/usr/bin/env node
// Identity tests on the shape of forumkg's output (CONTRACT.md, ARCHITECTURE.md "Graph shape"):
//
//   node tests/identity/graph-shape.mjs no-blank-nodes --data FILE
//       no term of FILE (Turtle, N-Triples or N-Quads by extension) is a blank node: graphs of
//       different runs merge by plain union only when every node has an IRI.
//   node tests/identity/graph-shape.mjs nquads-graphs --data FILE.nq --texts DIR
//       FILE is `forumkg extract -f nquads DIR`: no triple is in the default graph, there is
//       exactly one named graph per article (per .txt file of DIR), its name is the IRI of
//       that article (the fkg:Article whose dcterms:source names a file of DIR), and the
//       article is described in its own graph and in no other.
// Exit 0 when all hold, 1 otherwise, 2 on a usage error or an unreadable file.

import fs from 'node:fs';
import path from 'node:path';
import { NS, options, parse, RDF_TYPE, Report, sample, termString, textFiles, tripleString } from './lib.mjs';

const USAGE = `usage: node tests/identity/graph-shape.mjs no-blank-nodes --data FILE
       node tests/identity/graph-shape.mjs nquads-graphs --data FILE.nq --texts DIR`;
const [mode, ...rest] = process.argv.slice(2);
const opt = options(rest, USAGE);
if (!opt.data || !['no-blank-nodes', 'nquads-graphs'].includes(mode) || (mode === 'nquads-graphs' && !opt.texts)) {
  process.stderr.write(`${USAGE}\n`);
  process.exit(2);
}

const FORMATS = { '.ttl': 'Turtle', '.nt': 'N-Triples', '.nq': 'N-Quads', '.trig': 'TriG' };
const format = FORMATS[path.extname(opt.data).toLowerCase()] ?? 'Turtle';
let quads;
try {
  quads = parse(fs.readFileSync(opt.data, 'utf8'), format, `file://${path.resolve(opt.data)}`);
} catch (err) {
  process.stderr.write(`${opt.data}: error: ${format} parse error: ${err.message}\n`);
  process.exit(2);
}
const report = new Report(`${mode} ${opt.data}`);

if (mode === 'no-blank-nodes') {
  const blank = quads.filter((q) => [q.subject, q.object, q.graph].some((t) => t.termType === 'BlankNode'));
  report.check(quads.length > 0, `${opt.data} parses (${quads.length} triples)`);
  report.check(blank.length === 0, `no blank nodes among ${quads.length} triples`,
    sample(blank.map((q) => `${tripleString(q)} ${termString(q.graph)}`)));
} else {
  const files = textFiles(opt.texts).map((f) => path.basename(f));
  const inDefault = quads.filter((q) => q.graph.termType === 'DefaultGraph');
  report.check(quads.length > 0, `${opt.data} parses as N-Quads (${quads.length} quads)`);
  report.check(inDefault.length === 0, 'no triple in the default graph', sample(inDefault.map(tripleString)));

  const graphs = new Map(); // graph name → quads
  for (const q of quads) {
    if (q.graph.termType === 'DefaultGraph') continue;
    const g = termString(q.graph);
    if (!graphs.has(g)) graphs.set(g, []);
    graphs.get(g).push(q);
  }
  // The articles: subjects typed fkg:Article, in any graph; the graphs that describe each.
  const articleGraphs = new Map(); // article → Set of graphs typing it
  const sourceOf = new Map();
  for (const q of quads) {
    const s = termString(q.subject);
    if (q.predicate.value === RDF_TYPE && q.object.value === `${NS.fkg}Article`) {
      if (!articleGraphs.has(s)) articleGraphs.set(s, new Set());
      articleGraphs.get(s).add(termString(q.graph));
    }
    if (q.predicate.value === `${NS.dcterms}source`) sourceOf.set(s, q.object.value);
  }
  report.check(graphs.size === files.length,
    `one named graph per article: ${graphs.size} graphs for ${files.length} .txt files`,
    sample([...graphs.keys()]));
  const namesNotArticles = [...graphs.keys()].filter((g) => !articleGraphs.has(g));
  report.check(namesNotArticles.length === 0, 'every graph name is the IRI of an fkg:Article',
    sample(namesNotArticles));
  const misplaced = [...articleGraphs].filter(([a, gs]) => gs.size !== 1 || !gs.has(a))
    .map(([a, gs]) => `${a} typed fkg:Article in graphs ${[...gs].join(', ') || '(none)'}`);
  report.check(misplaced.length === 0, 'each article is described in its own graph and in no other',
    sample(misplaced));
  const sources = [...articleGraphs.keys()].map((a) => sourceOf.get(a)).sort();
  const missing = files.filter((f) => !sources.includes(f));
  report.check(missing.length === 0, `every .txt file of ${opt.texts} has its article graph`, sample(missing));
  // Mentions sit in the graph of their article.
  const stray = quads.filter((q) => q.predicate.value === `${NS.fkg}inArticle` && termString(q.object) !== termString(q.graph));
  report.check(stray.length === 0, 'every fkg:inArticle triple is in the graph of that article',
    sample(stray.map((q) => `${tripleString(q)} ${termString(q.graph)}`)));
}

process.exit(report.done());
