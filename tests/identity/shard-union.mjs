#!/usr/bin/env node
// Identity test: the graph of a corpus equals the union of the graphs of any split of it into
// shards, in any order (CONTRACT.md, Identity: IRIs are pure functions of normalised keys, so
// merging is set union). The folder is extracted once whole as N-Triples, then in several
// splits (each file alone; first half / second half; odd / even files; the whole list
// reversed), each shard's files given as separate arguments in the given order and again in
// reverse order; the shards' outputs are concatenated and compared with the whole as SETS of
// triples after parsing with N3.js.
//
// Usage: node tests/identity/shard-union.mjs --forumkg BIN --texts DIR
// Exit 0 when every split gives the same set, 1 otherwise, 2 on a usage error.

import { extract, options, parse, Report, sample, textFiles, tripleString } from './lib.mjs';

const USAGE = 'usage: node tests/identity/shard-union.mjs --forumkg BIN --texts DIR';
const opt = options(process.argv.slice(2), USAGE);
if (!opt.forumkg || !opt.texts) {
  process.stderr.write(`${USAGE}\n`);
  process.exit(2);
}

const report = new Report(`shard-union ${opt.texts}`);

/** The set of canonical triples of an N-Triples text; blank nodes are reported separately. */
function tripleSet(text, what) {
  let quads;
  try {
    quads = parse(text, 'N-Triples');
  } catch (err) {
    report.check(false, `${what}: N-Triples parse`, `    ${err.message}`);
    return new Set();
  }
  const blanks = quads.filter((q) => [q.subject, q.object].some((t) => t.termType === 'BlankNode'));
  if (blanks.length) {
    report.check(false, `${what}: no blank nodes (their labels cannot be compared across runs)`,
      sample(blanks.map(tripleString), 5));
  }
  return new Set(quads.map(tripleString));
}

const files = textFiles(opt.texts);
if (files.length < 2) {
  report.check(false, `at least two .txt files in ${opt.texts} (found ${files.length})`);
  process.exit(report.done());
}

const whole = tripleSet(extract(opt.forumkg, ['-f', 'ntriples', opt.texts]), 'whole folder');
report.check(whole.size > 0, `whole folder: ${files.length} files, ${whole.size} distinct triples`);

const half = Math.ceil(files.length / 2);
const splits = {
  'each file alone': files.map((f) => [f]),
  'first half / second half': [files.slice(0, half), files.slice(half)],
  'odd / even files': [files.filter((_, i) => i % 2 === 0), files.filter((_, i) => i % 2 === 1)],
  'one shard, files reversed': [[...files].reverse()],
};

for (const [name, shards] of Object.entries(splits)) {
  for (const order of ['forward', 'reversed']) {
    // Reversed: the shards are run last first, each with its files in reverse order.
    const runs = order === 'forward' ? shards : [...shards].reverse().map((s) => [...s].reverse());
    let concatenated = '';
    for (const shard of runs) concatenated += extract(opt.forumkg, ['-f', 'ntriples', ...shard]);
    const union = tripleSet(concatenated, `${name} (${order})`);
    const missing = [...whole].filter((t) => !union.has(t)).sort();
    const extra = [...union].filter((t) => !whole.has(t)).sort();
    let detail = '';
    if (missing.length) detail += `  in the whole-folder graph only (${missing.length}):\n${sample(missing)}\n`;
    if (extra.length) detail += `  in the union of the shards only (${extra.length}):\n${sample(extra)}`;
    report.check(missing.length === 0 && extra.length === 0,
      `${name} (${order}, ${runs.length} shard${runs.length > 1 ? 's' : ''}): union equals the whole`,
      detail.trimEnd());
  }
}

process.exit(report.done());
