#!/usr/bin/env node
// Times oxigraph on the bundled queries, for scripts/bench-query: loads one graph, runs each query
// given once and prints "NAME<TAB>SECONDS<TAB>ROWS" per query (and "load<TAB>SECONDS<TAB>QUADS"
// first). A query that runs past --timeout seconds cannot be stopped inside oxigraph, so each
// query is run in a child process of its own and reported as "timeout".
//
// Usage: node tests/external/time-queries.mjs --data FILE [--timeout S] QUERY.rq...

import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import * as oxigraph from 'oxigraph';

const FORMATS = { '.ttl': 'text/turtle', '.nt': 'application/n-triples', '.nq': 'application/n-quads' };
const seconds = (t0) => (Number(process.hrtime.bigint() - t0) / 1e9).toFixed(3);

function load(file) {
  const t0 = process.hrtime.bigint();
  const store = new oxigraph.Store();
  store.load(fs.readFileSync(file, 'utf8'), { format: FORMATS[path.extname(file)] ?? 'text/turtle' });
  return { store, time: seconds(t0) };
}

function main(argv) {
  let data = null;
  let timeout = 600;
  let child = false;
  const queries = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--data') data = argv[++i];
    else if (argv[i] === '--timeout') timeout = Number(argv[++i]);
    else if (argv[i] === '--child') child = true;
    else queries.push(argv[i]);
  }
  if (!data || queries.length === 0) {
    process.stderr.write('usage: node tests/external/time-queries.mjs --data FILE [--timeout S] QUERY.rq...\n');
    return 2;
  }
  if (child) {  // one query: load, run, print the row
    const { store } = load(data);
    const t0 = process.hrtime.bigint();
    const res = JSON.parse(store.query(fs.readFileSync(queries[0], 'utf8'),
      { use_default_graph_as_union: true, results_format: 'json' }));
    process.stdout.write(`${seconds(t0)}\t${res.results.bindings.length}\n`);
    return 0;
  }
  const { store, time } = load(data);
  process.stdout.write(`load\t${time}\t${store.size}\n`);
  const self = fileURLToPath(import.meta.url);
  for (const q of queries) {
    const name = path.basename(q, '.rq');
    const r = spawnSync(process.execPath, [self, '--child', '--data', data, q],
      { encoding: 'utf8', timeout: timeout * 1000, maxBuffer: 1 << 20 });
    const line = r.status === 0 ? r.stdout.trim() : (r.error?.code === 'ETIMEDOUT' || r.signal ? 'timeout\t' : 'error\t');
    process.stdout.write(`${name}\t${line}\n`);
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
