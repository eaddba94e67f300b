#!/usr/bin/env node
// Validates a graph that forumkg wrote against the project's SHACL shapes, with an implementation
// that shares no code with the C side (N3.js parses, rdf-validate-shacl validates).
//
// Usage (from the project root):
//   node tests/external/check-graph.mjs FILE --shapes ontology/shapes.ttl
// FILE is Turtle (.ttl), N-Triples (.nt), N-Quads (.nq) or TriG (.trig); the named graphs of a quad
// file are validated together as one data graph.
// Prints "conforms" or one block per result (focus node, path, message); exit 0 when no result has
// severity sh:Violation (sh:Warning / sh:Info results are printed, not failed), 1 on any violation,
// 2 on a usage error, an unreadable file or a parse error (reported as FILE:LINE: error: ...).
//
// Dependencies: tests/external/node_modules (`npm ci --prefix tests/external`); bare imports
// resolve there because this file lives in tests/external.

import fs from 'node:fs';
import path from 'node:path';
import N3 from 'n3';
import SHACLValidator from 'rdf-validate-shacl';

const SH = 'http://www.w3.org/ns/shacl#';
const USAGE = 'usage: node tests/external/check-graph.mjs FILE --shapes SHAPES.ttl';
const FORMATS = { '.ttl': 'Turtle', '.nt': 'N-Triples', '.nq': 'N-Quads', '.trig': 'TriG' };

class InputError extends Error {}

/** Parses an RDF file into an N3.Store, all graphs merged into the default graph. */
function loadGraph(file) {
  const format = FORMATS[path.extname(file).toLowerCase()] ?? 'Turtle';
  let text;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw new InputError(`${file}: error: ${err.message}`);
  }
  let quads;
  try {
    quads = new N3.Parser({ format, baseIRI: `file://${path.resolve(file)}` }).parse(text);
  } catch (err) {
    const line = err.context?.line;
    const msg = err.message.replace(/ on line \d+\.?$/, '');
    throw new InputError(`${file}:${line ?? '?'}: error: ${format} parse error: ${msg}`);
  }
  const { quad, defaultGraph } = N3.DataFactory;
  return new N3.Store(quads.map((q) => quad(q.subject, q.predicate, q.object, defaultGraph())));
}

function show(term) {
  if (!term) return '(none)';
  if (term.termType === 'NamedNode') return `<${term.value}>`;
  if (term.termType === 'BlankNode') return `_:${term.value}`;
  if (term.termType === 'Literal') {
    const v = JSON.stringify(term.value);
    if (term.language) return `${v}@${term.language}`;
    if (term.datatype && term.datatype.value !== 'http://www.w3.org/2001/XMLSchema#string') {
      return `${v}^^<${term.datatype.value}>`;
    }
    return v;
  }
  return String(term.value);
}

/** Names a shape; a blank-node property shape by the node shape that holds it. */
function showShape(shapes, shape) {
  if (shape?.termType !== 'BlankNode') return `shape ${show(shape)}`;
  const owners = shapes.getSubjects(N3.DataFactory.namedNode(`${SH}property`), shape, null);
  return owners.length > 0 ? `a property shape of ${show(owners[0])}` : 'an anonymous shape';
}

const local = (term) => (term?.value?.startsWith(SH) ? term.value.slice(SH.length) : show(term));

async function main(argv) {
  let file = null;
  let shapesFile = null;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--shapes' && i + 1 < argv.length) shapesFile = argv[++i];
    else if (argv[i] === '--help' || argv[i] === '-h') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    } else if (!argv[i].startsWith('--') && file === null) file = argv[i];
    else {
      process.stderr.write(`check-graph: unexpected argument: ${argv[i]}\n${USAGE}\n`);
      return 2;
    }
  }
  if (!file || !shapesFile) {
    process.stderr.write(`check-graph: a data FILE and --shapes SHAPES are required\n${USAGE}\n`);
    return 2;
  }

  let data;
  let shapes;
  try {
    shapes = loadGraph(shapesFile);
    data = loadGraph(file);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    process.stderr.write(`check-graph: ${err.message}\n`);
    return 2;
  }

  const validator = new SHACLValidator(shapes);
  const report = await validator.validate(data);
  if (report.conforms) {
    process.stdout.write(`${file}: conforms (${data.size} triples, ${shapesFile})\n`);
    return 0;
  }
  let violations = 0;
  for (const r of report.results) {
    const severity = local(r.severity);
    if (severity === 'Violation') violations++;
    const message = r.message.map((m) => m.value).join('; ') || local(r.sourceConstraintComponent);
    const lines = [
      `${severity}: ${message}`,
      `  focus node: ${show(r.focusNode)}`,
      `  path:       ${r.path?.termType === 'BlankNode' ? '(complex path)' : show(r.path)}`,
    ];
    if (r.value) lines.push(`  value:      ${show(r.value)}`);
    lines.push(`  constraint: ${local(r.sourceConstraintComponent)} in ${showShape(shapes, r.sourceShape)}`);
    process.stdout.write(`${lines.join('\n')}\n`);
  }
  const others = report.results.length - violations;
  process.stdout.write(`${file}: ${violations} violation(s)${others ? `, ${others} warning(s)/info` : ''}\n`);
  return violations > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (err) => {
  process.stderr.write(`check-graph: ${err.stack || err.message}\n`);
  process.exitCode = 2;
});
