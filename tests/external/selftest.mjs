#!/usr/bin/env node
// Self-test of check-graph.mjs and run-queries.mjs on small hand-written graphs, shapes and
// queries in a temporary folder: exit codes, the reported violation, the parse-error line, the
// canonical TSV (escapes, datatypes, column order, sorting) and the diff on a mismatch.
// Run from the project root: node tests/external/selftest.mjs (exit 0 when every check passes).

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const CHECK = path.join(here, 'check-graph.mjs');
const QUERIES = path.join(here, 'run-queries.mjs');

let passed = 0;
let failed = 0;
function check(name, ok, detail = '') {
  if (ok) passed++;
  else {
    failed++;
    process.stdout.write(`FAIL ${name}${detail ? `:\n${detail}` : ''}\n`);
  }
}
const node = (script, ...args) => spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });

const PREFIXES = `@prefix fkg: <https://w3id.org/forumkg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix schema: <https://schema.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix sh: <http://www.w3.org/ns/shacl#> .
@base <https://w3id.org/forumkg/id/> .
`;

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'forumkg-ext-'));
try {
  const put = (name, text) => {
    const p = path.join(tmp, name);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, text);
    return p;
  };
  const shapes = put('shapes.ttl', `${PREFIXES}
fkg:RegionShape a sh:NodeShape ; sh:targetClass fkg:Region ;
  sh:property [ sh:path fkg:isoCode ; sh:minCount 1 ; sh:pattern "^RU-[A-Z]{1,3}$" ] ;
  sh:property [ sh:path rdfs:label ; sh:minCount 1 ; sh:severity sh:Warning ] .
`);
  const good = put('good.ttl', `${PREFIXES}
<region/ru-yar> a fkg:Region ; fkg:isoCode "RU-YAR" ;
  rdfs:label "Ярославская область"@ru, "Yaroslavl Oblast"@en, "tab\\there \\"q\\" back\\\\slash" .
<region/ru-ta> a fkg:Region ; fkg:isoCode "RU-TA" ; rdfs:label "Tatarstan"@en .
<edition/fsir-5> a fkg:ForumEdition ; fkg:editionNumber 5 ; schema:startDate "--09-05"^^xsd:gMonthDay .
`);
  const bad = put('bad.ttl', `${PREFIXES}
<region/ru-yar> a fkg:Region ; fkg:isoCode "ru-yar" ; rdfs:label "Yaroslavl"@en .
<region/nolabel> a fkg:Region ; fkg:isoCode "RU-TA" .
`);
  const broken = put('broken.ttl', `${PREFIXES}<region/ru-yar> a fkg:Region ;\n  fkg:isoCode "RU-YAR"\n  <x> .\n`);
  const quads = put('split.nq', [
    '<https://w3id.org/forumkg/id/region/ru-ta> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/forumkg/ontology#Region> <https://w3id.org/forumkg/id/article/1> .',
    '<https://w3id.org/forumkg/id/region/ru-ta> <https://w3id.org/forumkg/ontology#isoCode> "RU-TA" <https://w3id.org/forumkg/id/article/2> .',
    '<https://w3id.org/forumkg/id/region/ru-ta> <http://www.w3.org/2000/01/rdf-schema#label> "Tatarstan"@en <https://w3id.org/forumkg/id/article/2> .',
    ''].join('\n'));

  // check-graph
  let r = node(CHECK, good, '--shapes', shapes);
  check('check-graph good: exit 0', r.status === 0 && /conforms/.test(r.stdout), r.stdout + r.stderr);
  r = node(CHECK, quads, '--shapes', shapes);
  check('check-graph N-Quads graphs merged: exit 0', r.status === 0, r.stdout + r.stderr);
  r = node(CHECK, bad, '--shapes', shapes);
  check('check-graph bad: exit 1', r.status === 1, r.stdout + r.stderr);
  check('check-graph bad: reports the violation',
    /Violation: .*pattern[\s\S]*focus node: <https:\/\/w3id\.org\/forumkg\/id\/region\/ru-yar>\s+path:\s+<https:\/\/w3id\.org\/forumkg\/ontology#isoCode>/.test(r.stdout),
    r.stdout);
  check('check-graph bad: warning printed, not counted', /1 violation\(s\), 1 warning/.test(r.stdout), r.stdout);
  r = node(CHECK, broken, '--shapes', shapes);
  check('check-graph parse error: exit 2 with the line', r.status === 2 && /broken\.ttl:9: error:/.test(r.stderr), r.stderr);
  check('check-graph usage: exit 2', node(CHECK, good).status === 2);

  // run-queries
  const qdir = path.join(tmp, 'queries');
  put('queries/labels.rq', `PREFIX fkg: <https://w3id.org/forumkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?label ?region WHERE { ?region a fkg:Region . OPTIONAL { ?region rdfs:label ?label } }`);
  put('queries/editions.rq', `PREFIX fkg: <https://w3id.org/forumkg/ontology#>
PREFIX schema: <https://schema.org/>
SELECT ?e ?n ?d WHERE { ?e fkg:editionNumber ?n ; schema:startDate ?d }`);
  put('queries/any.rq', 'ASK { ?s ?p ?o }');
  const expected = path.join(tmp, 'expected');
  const dump = path.join(tmp, 'dump');

  r = node(QUERIES, '--data', good, '--queries', qdir, '--expected', expected);
  check('run-queries no expected files: exit 1', r.status === 1 && /--update/.test(r.stdout), r.stdout + r.stderr);
  r = node(QUERIES, '--data', good, '--queries', qdir, '--expected', expected, '--update');
  check('run-queries --update: exit 0', r.status === 0, r.stdout + r.stderr);
  r = node(QUERIES, '--data', good, '--queries', qdir, '--expected', expected);
  check('run-queries after --update: exit 0', r.status === 0 && /3 passed, 0 failed/.test(r.stdout), r.stdout + r.stderr);
  const labels = fs.readFileSync(path.join(expected, 'labels.tsv'), 'utf8');
  const want = [
    '?label\t?region',
    '"Tatarstan"@en\t<https://w3id.org/forumkg/id/region/ru-ta>',
    '"Yaroslavl Oblast"@en\t<https://w3id.org/forumkg/id/region/ru-yar>',
    '"tab\\there \\"q\\" back\\\\slash"\t<https://w3id.org/forumkg/id/region/ru-yar>',
    '"Ярославская область"@ru\t<https://w3id.org/forumkg/id/region/ru-yar>',
    ''].join('\n');
  check('canonical TSV: escapes, lang tags, byte order', labels === want, `${labels}---\n${want}`);
  const editions = fs.readFileSync(path.join(expected, 'editions.tsv'), 'utf8');
  check('canonical TSV: datatypes in full', editions === '?e\t?n\t?d\n<https://w3id.org/forumkg/id/edition/fsir-5>\t'
    + '"5"^^<http://www.w3.org/2001/XMLSchema#integer>\t"--09-05"^^<http://www.w3.org/2001/XMLSchema#gMonthDay>\n', editions);
  check('canonical TSV: ASK', fs.readFileSync(path.join(expected, 'any.tsv'), 'utf8') === '?ask\ntrue\n');

  // a changed graph: one label missing, one added
  const changed = put('changed.ttl', fs.readFileSync(good, 'utf8').replace('"Tatarstan"@en', '"Tatarstan"@fr'));
  r = node(QUERIES, '--data', changed, '--queries', qdir, '--expected', expected, '--dump', dump);
  check('run-queries mismatch: exit 1', r.status === 1, r.stdout + r.stderr);
  check('run-queries mismatch: diff', /FAIL labels[\s\S]*  - "Tatarstan"@en\t[\s\S]*  \+ "Tatarstan"@fr\t/.test(r.stdout), r.stdout);
  check('run-queries --dump writes the answer', fs.readFileSync(path.join(dump, 'labels.tsv'), 'utf8').includes('"Tatarstan"@fr'));

  // quads: the union of the named graphs is the default graph
  r = node(QUERIES, '--data', quads, '--queries', qdir, '--dump', dump);
  check('run-queries N-Quads union', r.status === 0
    && fs.readFileSync(path.join(dump, 'labels.tsv'), 'utf8') === '?label\t?region\n"Tatarstan"@en\t<https://w3id.org/forumkg/id/region/ru-ta>\n',
  r.stdout + r.stderr);

  r = node(QUERIES, '--data', broken, '--queries', qdir, '--dump', dump);
  check('run-queries parse error: exit 2', r.status === 2 && /line 9/.test(r.stderr), r.stderr);
  put('queries/zz-bad.rq', 'SELEC ?x');
  r = node(QUERIES, '--data', good, '--queries', qdir, '--dump', dump);
  check('run-queries bad query: exit 2', r.status === 2 && /zz-bad\.rq/.test(r.stderr), r.stderr);
  check('run-queries usage: exit 2', node(QUERIES, '--data', good).status === 2);
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}

process.stdout.write(`external selftest: ${passed} passed, ${failed} failed\n`);
process.exitCode = failed > 0 ? 1 : 0;
