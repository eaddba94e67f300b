// Shared helpers of the identity tests (tests/identity/*.mjs): running forumkg, parsing its
// output with N3.js (installed in tests/external/node_modules, resolved with createRequire so
// that this folder needs no node_modules of its own), canonical N-Triples strings of terms and
// a small pass/fail report.

import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

const require = createRequire(new URL('../external/package.json', import.meta.url));
export const N3 = require('n3');

export const NS = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  fkg: 'https://w3id.org/forumkg/ontology#',
  nif: 'http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#',
  dcterms: 'http://purl.org/dc/terms/',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
};
export const RDF_TYPE = `${NS.rdf}type`;

/** Parses command-line options of the form --name value into an object. */
export function options(argv, usage) {
  const o = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--') || i + 1 >= argv.length) {
      process.stderr.write(`unexpected argument: ${a}\n${usage}\n`);
      process.exit(2);
    }
    o[a.slice(2)] = argv[++i];
  }
  return o;
}

/** Runs `forumkg extract ARGS...`; returns its standard output, or exits 1 on failure. */
export function extract(forumkg, args) {
  const r = spawnSync(forumkg, ['extract', ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (r.error || r.status !== 0) {
    process.stdout.write(
      `FAIL forumkg extract ${args.join(' ')}: ${r.error ? r.error.message : `exit ${r.status}`}\n${r.stderr ?? ''}`,
    );
    process.exit(1);
  }
  return r.stdout;
}

/** The *.txt files under `dir`, recursively, sorted by path (as forumkg walks them). */
export function textFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const name of fs.readdirSync(d).sort()) {
      if (name.startsWith('.')) continue;
      const p = path.join(d, name);
      if (fs.statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.txt')) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

/** Parses RDF text; format is 'N-Triples', 'N-Quads' or 'Turtle'. Throws on a parse error. */
export function parse(text, format, baseIRI) {
  return new N3.Parser({ format, baseIRI }).parse(text);
}

/** A term in N-Triples syntax; blank nodes keep their label (callers decide what that means). */
export function termString(t) {
  switch (t.termType) {
    case 'NamedNode':
      return `<${t.value}>`;
    case 'BlankNode':
      return `_:${t.value}`;
    case 'DefaultGraph':
      return '';
    case 'Literal': {
      const v = JSON.stringify(t.value);
      if (t.language) return `${v}@${t.language}`;
      if (t.datatype && t.datatype.value !== `${NS.xsd}string`) return `${v}^^<${t.datatype.value}>`;
      return v;
    }
    default:
      return String(t.value);
  }
}

/** The canonical N-Triples line of a quad's triple (its graph left out). */
export function tripleString(q) {
  return `${termString(q.subject)} ${termString(q.predicate)} ${termString(q.object)} .`;
}

/** Counts checks and prints one line per failure (and per pass when verbose). */
export class Report {
  constructor(name) {
    this.name = name;
    this.passed = 0;
    this.failed = 0;
  }

  check(ok, what, detail = '') {
    if (ok) {
      this.passed++;
      process.stdout.write(`ok   ${what}\n`);
    } else {
      this.failed++;
      process.stdout.write(`FAIL ${what}${detail ? `\n${detail}` : ''}\n`);
    }
    return ok;
  }

  /** Prints the summary; returns the exit status. */
  done() {
    process.stdout.write(`${this.name}: ${this.passed} passed, ${this.failed} failed\n`);
    return this.failed ? 1 : 0;
  }
}

/** At most `n` items of a list, one per line, indented, with a count of the rest. */
export function sample(items, n = 20) {
  const shown = items.slice(0, n).map((s) => `    ${s}`);
  if (items.length > n) shown.push(`    … and ${items.length - n} more`);
  return shown.join('\n');
}
