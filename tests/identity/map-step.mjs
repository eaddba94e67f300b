// forumkg as a map step: documents arrive as JSON lines on standard input, split into shards
// the way Hadoop Streaming or Spark's RDD.pipe would split them; the union of the shards'
// N-Quads must equal one run over the files (compared as sets of parsed quads).
// Usage: node tests/identity/map-step.mjs --forumkg BIN --texts DIR [--texts DIR...] [--shards N]
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, '../external/package.json'));
const N3 = require('n3');

const args = process.argv.slice(2);
const bin = args[args.indexOf('--forumkg') + 1];
const dirs = args.flatMap((a, i) => (a === '--texts' ? [args[i + 1]] : []));
const shards = args.includes('--shards') ? Number(args[args.indexOf('--shards') + 1]) : 3;
if (!bin || dirs.length === 0) {
  console.error('usage: map-step.mjs --forumkg BIN --texts DIR [--texts DIR...] [--shards N]');
  process.exit(2);
}

const files = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.txt')).sort().map((f) => join(d, f)));
const lines = files.map((f) => JSON.stringify({ name: basename(f), text: readFileSync(f, 'utf8') }));

function quads(text) {
  const set = new Set();
  for (const q of new N3.Parser({ format: 'N-Quads' }).parse(text)) {
    set.add(`${q.subject.value} ${q.predicate.value} ${q.object.termType}:${q.object.value}@${q.object.language || ''}^${q.object.datatype ? q.object.datatype.value : ''} ${q.graph.value}`);
  }
  return set;
}

const whole = quads(execFileSync(bin, ['extract', '-f', 'nquads', ...files], { encoding: 'utf8', maxBuffer: 1 << 28 }));
const union = new Set();
for (let s = 0; s < shards; s++) {
  const input = lines.filter((_, i) => i % shards === s).join('\n') + '\n';
  const out = execFileSync(bin, ['extract', '--jsonl', '-', '-f', 'nquads'], { input, encoding: 'utf8', maxBuffer: 1 << 28 });
  for (const q of quads(out)) union.add(q);
}
let missing = 0;
let extra = 0;
for (const q of whole) if (!union.has(q)) missing++;
for (const q of union) if (!whole.has(q)) extra++;
const ok = missing === 0 && extra === 0 && whole.size > 0;
console.log(`${files.length} documents, ${shards} JSON-lines shards: ${whole.size} quads in one run, ${union.size} in the union; missing ${missing}, extra ${extra}`);
console.log(`${ok ? 1 : 0} passed, ${ok ? 0 : 1} failed`);
process.exit(ok ? 0 : 1);
