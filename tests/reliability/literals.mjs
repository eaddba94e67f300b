#!/usr/bin/env node
// forumkg reliability: parses one graph that forumkg wrote from tests/reliability/data/escape.txt
// with N3.js (no code shared with raptor2) and checks that the hostile literals come back with
// their exact values: quotes, backslashes, a newline, U+0001, U+202E/U+202C, emoji with ZWJ and
// combining marks. A C0 control may also come back as U+FFFD (a writer that replaces characters
// some syntaxes cannot carry, keeping code-point offsets), but never silently vanish.
//   usage: node literals.mjs N3_MODULE_DIR FORMAT FILE     FORMAT: Turtle, N-Triples, N-Quads
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const [n3dir, format, file] = process.argv.slice(2);
if (!file) {
  console.error('usage: node literals.mjs N3_MODULE_DIR FORMAT FILE');
  process.exit(2);
}
const N3 = createRequire(path.resolve(n3dir, 'package.json'))(path.resolve(n3dir));

const expected = [
  'Семья "Дом" \\ дети и \u202eвнуки\u202c \u{1F468}\u200D\u{1F469}\u200D\u{1F467} \u0001 путь', // session title
  '«Активное \\"долголетие\\"»', // practice, backslashes before quotes
  'техника «Школа \u0001 \u{1F600} ухода»', // practice with a control character and an emoji
  'социальный паспорт \u202eсемьи\u202c', // practice with bidi controls
  'модель «Мо\u0301й\nдом»', // practice, a newline inside guillemets, a combining acute
  'Дмитрий Миро\u0301нов', // a name with a combining mark NFC cannot compose
  'Ольга Епиф\u04D3нова', // а + U+0308 composed by NFC
];

let quads;
try {
  quads = new N3.Parser({ format }).parse(fs.readFileSync(file, 'utf8'));
} catch (err) {
  console.error(`${file}: ${format} parse error: ${err.message}`);
  process.exit(1);
}
const literals = new Set(quads.filter((q) => q.object.termType === 'Literal').map((q) => q.object.value));
const relax = (s) => s.replace(/[\u0001-\u0008\u000B\u000C\u000E-\u001F]/g, '\uFFFD');
const relaxed = new Set([...literals].map(relax));
let missing = 0;
for (const want of expected) {
  if (literals.has(want) || relaxed.has(relax(want))) continue;
  console.error(`missing literal: ${JSON.stringify(want)}`);
  const head = want.slice(0, 6);
  for (const got of literals) if (got.startsWith(head)) console.error(`  closest: ${JSON.stringify(got)}`);
  missing++;
}
console.log(`${quads.length} statements, ${expected.length - missing} of ${expected.length} hostile literals intact`);
process.exit(missing ? 1 : 0);
