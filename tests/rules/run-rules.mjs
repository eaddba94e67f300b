// forumkg rule tests: each case is an article of our own writing (cases/NAME.txt, never a
// dev-set or seed sentence) and a list of SPARQL ASK checks (cases/NAME.ask): blocks
// separated by blank lines, each led by a "# " line naming the rule and the pattern it
// checks. A block starting "# not:" must answer false (a precision check). The article is
// extracted with `forumkg extract -f ntriples` and loaded into oxigraph (an independent
// SPARQL engine). Prints one line per check and "N passed, N failed"; exit 1 on failure.
// Usage: node tests/rules/run-rules.mjs --forumkg BIN [--cases DIR] [--only NAME]
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, '../external/package.json'));
const oxigraph = require('oxigraph');

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const bin = opt('--forumkg');
const casesDir = opt('--cases', join(here, 'cases'));
const only = opt('--only');
if (!bin) {
  console.error('usage: run-rules.mjs --forumkg BIN [--cases DIR] [--only NAME]');
  process.exit(2);
}

const PREFIXES = `PREFIX fkg: <https://w3id.org/forumkg/ontology#>
PREFIX schema: <https://schema.org/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX wd: <http://www.wikidata.org/entity/>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
`;

let passed = 0;
let failed = 0;
const names = readdirSync(casesDir).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();
for (const name of names) {
  if (only && name !== only) continue;
  const txt = join(casesDir, `${name}.txt`);
  const nt = execFileSync(bin, ['extract', '-f', 'ntriples', txt], { encoding: 'utf8' });
  const store = new oxigraph.Store();
  store.load(nt, { format: 'application/n-triples' });
  const blocks = readFileSync(join(casesDir, `${name}.ask`), 'utf8').split(/\n\s*\n/);
  for (const block of blocks) {
    const lines = block.trim().split('\n');
    if (!lines[0] || !lines[0].startsWith('#')) continue;
    const title = lines[0].replace(/^#\s*/, '');
    const negative = title.startsWith('not:');
    let answer;
    try {
      answer = store.query(PREFIXES + lines.slice(1).join('\n'));
    } catch (err) {
      console.log(`FAIL ${name}: ${title}: query error: ${err.message}`);
      failed++;
      continue;
    }
    if (answer === !negative) {
      passed++;
      console.log(`ok   ${name}: ${title}`);
    } else {
      failed++;
      console.log(`FAIL ${name}: ${title}`);
    }
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
