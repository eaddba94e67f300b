#!/usr/bin/env node
// forumkg report tests: renders a report page in headless Chromium (Debian's chromium package)
// and checks what the browser built against counts computed independently from the graph with
// N3.js: the SVG drawing is there with one <g class="node"> per drawn entity, each table has one
// row per instance of its class, the counts table agrees, every mention is listed with its text,
// every link stays inside the page, and nothing in the DOM can run or fetch anything.
//
// Usage (from the project root):
//   node tests/report/browser.mjs --driver BIN --out DIR (--graph FILE | --synthetic N)
//        [--lang ru|en|fr] [--escape] [--screenshot PNG] [--max-seconds S]
// BIN runs like `forumkg report` (tests/report/driver.c). --synthetic N writes a graph of N
// drawable entities (editions, sessions, officials, regions, practices) to DIR and uses it.
// --escape adds the checks for tests/report/escape.ttl (markup-like labels shown as text).
// Chromium is $FKG_CHROMIUM or `chromium`; when it is missing or cannot run, the test FAILS.
// Prints one line per check and "N passed, N failed"; exit 1 on any failure.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(new URL('../external/package.json', import.meta.url));
const N3 = require('n3');

const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const FKG = 'https://w3id.org/forumkg/ontology#';
const CLASSES = {
  'fkg:ForumSeries': FKG + 'ForumSeries',
  'fkg:ForumEdition': FKG + 'ForumEdition',
  'fkg:Event': FKG + 'Event',
  'fkg:Session': FKG + 'Session',
  'fkg:Official': FKG + 'Official',
  'org:Post': 'http://www.w3.org/ns/org#Post',
  'org:Organization': 'http://www.w3.org/ns/org#Organization',
  'fkg:Region': FKG + 'Region',
  'schema:City': 'https://schema.org/City',
  'fkg:Practice': FKG + 'Practice',
  'fkg:Article': FKG + 'Article',
  'fkg:Mention': FKG + 'Mention',
};
const MAX_NODES = 400; // the report's default --max-nodes

let passed = 0;
let failed = 0;
function check(ok, what) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (ok) passed++;
  else failed++;
  return ok;
}
function finish() {
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}
function fatal(msg) {
  check(false, msg);
  finish();
}

function parseArgs(argv) {
  const o = { lang: null, escape: false, maxSeconds: 120 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      if (i + 1 >= argv.length) fatal(`usage: ${a} needs a value`);
      return argv[++i];
    };
    if (a === '--driver') o.driver = next();
    else if (a === '--graph') o.graph = next();
    else if (a === '--synthetic') o.synthetic = Number(next());
    else if (a === '--out') o.out = next();
    else if (a === '--lang') o.lang = next();
    else if (a === '--screenshot') o.screenshot = next();
    else if (a === '--max-seconds') o.maxSeconds = Number(next());
    else if (a === '--escape') o.escape = true;
    else fatal(`usage: unknown argument ${a}`);
  }
  if (!o.driver || !o.out || (!o.graph && !o.synthetic)) fatal('usage: see the comment at the top');
  return o;
}

// ---- a synthetic graph -------------------------------------------------------------------

/** Writes a graph with n drawable entities and their relations; returns its path. */
function writeSynthetic(n, dir) {
  let seed = 12345;
  const rnd = (k) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % k;
  };
  const E = Math.max(1, Math.round(n * 0.05));
  const S = 4 * E;
  const R = Math.round(n * 0.15);
  const P = Math.round(n * 0.2);
  const O = n - E - S - R - P;
  const id = (s) => `<https://w3id.org/forumkg/id/${s}>`;
  const lit = (s, lang) => `${JSON.stringify(s)}@${lang}`;
  const words = ['социальной', 'поддержки', 'семей', 'с детьми', 'инноваций', 'регионов',
    'долговременного', 'ухода', 'за пожилыми', 'гражданами', 'и инвалидами', 'в сельской', 'местности'];
  const phrase = (k) => Array.from({ length: k }, () => words[rnd(words.length)]).join(' ');
  const out = [`@prefix fkg: <${FKG}> .`, '@prefix schema: <https://schema.org/> .',
    '@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .',
    '@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .',
    '@prefix dcterms: <http://purl.org/dc/terms/> .', ''];
  const art = id('article/00000000000000aa');
  out.push(`${art} a fkg:Article ; dcterms:source "synthetic.txt" .`);
  let mention = 0;
  const mentioned = (s, text) => {
    const b = mention * 10;
    out.push(`${id(`mention/aa/${b}-${b + 5}`)} a fkg:Mention ; fkg:refersTo ${s} ; fkg:inArticle ${art} ;` +
      ` nif:beginIndex ${b} ; nif:endIndex ${b + 5} ; nif:anchorOf ${JSON.stringify(text)} .`);
    mention++;
  };
  out.push(`${id('series/s')} a fkg:ForumSeries ; rdfs:label ${lit('Форум социальных инноваций регионов', 'ru')} .`);
  for (let r = 0; r < R; r++) {
    out.push(`${id(`region/ru-r${r}`)} a fkg:Region ; rdfs:label ${lit(`Область ${r} ${phrase(1)}`, 'ru')} .`);
    mentioned(id(`region/ru-r${r}`), `Область ${r}`);
  }
  for (let o = 0; o < O; o++) {
    out.push(`${id(`person/p${o}`)} a fkg:Official ; rdfs:label ${lit(`Иван${o} Петров${o}`, 'ru')} ;` +
      ` fkg:represents ${id(`region/ru-r${rnd(R)}`)} .`);
    mentioned(id(`person/p${o}`), `Петров${o}`);
  }
  for (let e = 0; e < E; e++) {
    out.push(`${id(`edition/s-${e + 1}`)} a fkg:ForumEdition, fkg:Event ; fkg:series ${id('series/s')} ;` +
      ` fkg:editionNumber ${e + 1} ; schema:startDate "${2015 + e}-06-0${1 + (e % 9)}" ;` +
      ` rdfs:label ${lit(`${e + 1}-й Форум социальных инноваций регионов`, 'ru')} ;` +
      ` fkg:participant ${id(`region/ru-r${rnd(R)}`)}, ${id(`person/p${rnd(O)}`)} ; schema:location ${id(`region/ru-r${rnd(R)}`)} .`);
    mentioned(id(`edition/s-${e + 1}`), `${e + 1}-й Форум`);
    for (let s = 0; s < 4; s++) {
      const sid = id(`session/s-${e + 1}/t${s}`);
      out.push(`${sid} a fkg:Session ; schema:superEvent ${id(`edition/s-${e + 1}`)} ;` +
        ` rdfs:label ${lit(`Сессия «${phrase(3 + rnd(6))}»`, 'ru')} ; fkg:sessionType fkg:RoundTable ;` +
        ` fkg:speaker ${id(`person/p${rnd(O)}`)}, ${id(`person/p${rnd(O)}`)} ; fkg:moderator ${id(`person/p${rnd(O)}`)} .`);
      mentioned(sid, `сессия ${s}`);
    }
  }
  for (let p = 0; p < P; p++) {
    const e = rnd(E);
    out.push(`${id(`practice/x${p}`)} a fkg:Practice ; rdfs:label ${lit(`Практика ${p}: ${phrase(4 + rnd(10))}`, 'ru')} ;` +
      ` fkg:region ${id(`region/ru-r${rnd(R)}`)} ; fkg:presentedBy ${id(`person/p${rnd(O)}`)} ;` +
      ` fkg:presentedAt ${id(`session/s-${e + 1}/t${rnd(4)}`)} .`);
    mentioned(id(`practice/x${p}`), `практика ${p}`);
  }
  const file = path.join(dir, `synthetic-${n}.ttl`);
  fs.writeFileSync(file, out.join('\n') + '\n');
  return file;
}

// ---- expected values, from the graph with N3.js ------------------------------------------

function expectedFromGraph(file) {
  const ext = path.extname(file);
  const format = { '.ttl': 'Turtle', '.nt': 'N-Triples', '.nq': 'N-Quads' }[ext];
  const quads = new N3.Parser({ format, baseIRI: `file://${path.resolve(file)}` })
    .parse(fs.readFileSync(file, 'utf8'));
  const store = new N3.Store();
  // Named graphs are merged: the report reads every graph into one.
  for (const q of quads) store.addQuad(q.subject, q.predicate, q.object);
  const instances = (iri) => new Set(store.getSubjects(RDF_TYPE, N3.DataFactory.namedNode(iri), null)
    .map((t) => t.id));
  const counts = {};
  for (const [curie, iri] of Object.entries(CLASSES)) counts[curie] = instances(iri).size;
  const editions = instances(CLASSES['fkg:ForumEdition']);
  const events = [...instances(CLASSES['fkg:Event'])].filter((x) => !editions.has(x));
  const drawable = new Set();
  for (const c of ['fkg:ForumEdition', 'fkg:Event', 'fkg:Session', 'fkg:Official', 'fkg:Region', 'fkg:Practice'])
    for (const x of instances(CLASSES[c])) drawable.add(x);
  const mentionNodes = instances(CLASSES['fkg:Mention']);
  const refersTo = store.getQuads(null, FKG + 'refersTo', null, null)
    .filter((q) => mentionNodes.has(q.subject.id));
  const mentionedEntities = new Set(refersTo.filter((q) => q.object.termType !== 'Literal').map((q) => q.object.id));
  for (const q of store.getQuads(null, FKG + 'mentionedIn', null, null)) mentionedEntities.add(q.subject.id);
  const anchors = [];
  for (const q of refersTo) {
    const a = store.getObjects(q.subject, N3.DataFactory.namedNode(
      'http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf'), null);
    if (a.length) anchors.push(a[0].value);
  }
  return {
    counts,
    rows: {
      't-editions': editions.size,
      't-events': events.length,
      't-sessions': counts['fkg:Session'],
      't-officials': counts['fkg:Official'],
      't-regions': counts['fkg:Region'],
      't-practices': counts['fkg:Practice'],
    },
    nodes: Math.min(drawable.size, MAX_NODES),
    mentions: refersTo.length,
    entitiesWithMentions: mentionedEntities.size,
    anchors,
  };
}

// ---- reading the DOM ---------------------------------------------------------------------

/** The start and end tags of an HTML serialisation, with their attributes parsed. */
function scanTags(html) {
  const tags = [];
  let i = 0;
  while ((i = html.indexOf('<', i)) >= 0) {
    if (html.startsWith('<!--', i)) {
      const e = html.indexOf('-->', i + 4);
      i = e < 0 ? html.length : e + 3;
      continue;
    }
    if (html[i + 1] === '!' || html[i + 1] === '?') {
      i = html.indexOf('>', i) + 1 || html.length;
      continue;
    }
    const end = html[i + 1] === '/';
    const m = /^<\/?([A-Za-z][^\s/>]*)/.exec(html.slice(i, i + 200));
    if (!m) {
      i++;
      continue;
    }
    const name = m[1].toLowerCase();
    let j = i + m[0].length;
    const attrs = {};
    for (;;) {
      while (/\s/.test(html[j] ?? '')) j++;
      if (j >= html.length || html[j] === '>') break;
      if (html[j] === '/' && html[j + 1] === '>') {
        j++;
        break;
      }
      const an = /^[^\s"'>/=]+/.exec(html.slice(j, j + 200));
      if (!an) {
        j++;
        continue;
      }
      j += an[0].length;
      let value = '';
      let k = j;
      while (/\s/.test(html[k] ?? '')) k++;
      if (html[k] === '=') {
        k++;
        while (/\s/.test(html[k] ?? '')) k++;
        const q = html[k];
        if (q === '"' || q === "'") {
          const close = html.indexOf(q, k + 1);
          value = html.slice(k + 1, close);
          k = close + 1;
        } else {
          const u = /^[^\s>]*/.exec(html.slice(k))[0];
          value = u;
          k += u.length;
        }
        j = k;
      }
      attrs[an[0].toLowerCase()] = value;
    }
    tags.push({ name, end, attrs, at: i });
    i = j + 1;
    if (!end && (name === 'style' || name === 'script')) {
      const close = html.toLowerCase().indexOf(`</${name}`, i);
      i = close < 0 ? html.length : close;
    }
  }
  return tags;
}

/** Text as Chromium serialises it in element content. */
function escText(s) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\u00a0/g, '&nbsp;');
}

function runChromium(args, what) {
  const exe = process.env.FKG_CHROMIUM || 'chromium';
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'fkg-chromium-'));
  const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    `--user-data-dir=${profile}`, '--window-size=1400,2000'];
  try {
    return execFileSync(exe, [...flags, ...args], {
      encoding: 'utf8', maxBuffer: 512 << 20, timeout: 180000, stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (err) {
    if (err.code === 'ENOENT')
      fatal(`${what}: '${exe}' not found: install Debian's chromium (apt-get install chromium)`);
    const tail = String(err.stderr ?? '').trim().split('\n').slice(-5).join('\n');
    fatal(`${what}: '${exe}' failed (${err.signal ?? `exit ${err.status}`}): ${tail}`);
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
  return '';
}

// ---- the test ----------------------------------------------------------------------------

const o = parseArgs(process.argv.slice(2));
fs.mkdirSync(o.out, { recursive: true });
const graph = o.graph ?? writeSynthetic(o.synthetic, o.out);
const page = path.resolve(o.out, 'report.html');

const t0 = Date.now();
try {
  execFileSync(o.driver, [...(o.lang ? ['--lang', o.lang] : []), '-o', page, graph],
    { stdio: ['ignore', 'inherit', 'inherit'] });
} catch (err) {
  fatal(`the report command failed (exit ${err.status})`);
}
const seconds = (Date.now() - t0) / 1000;
check(seconds <= o.maxSeconds, `the page was written in ${seconds.toFixed(1)} s (at most ${o.maxSeconds})`);

const html = fs.readFileSync(page, 'utf8');
const want = expectedFromGraph(graph);

// The file itself: nothing that runs or loads.
function checkInert(text, where) {
  const tags = scanTags(text);
  const forbidden = new Set(['script', 'iframe', 'frame', 'object', 'embed', 'img', 'image', 'link',
    'base', 'form', 'video', 'audio', 'source', 'foreignobject', 'use', 'applet', 'noscript']);
  const bad = tags.filter((t) => !t.end && forbidden.has(t.name)).map((t) => t.name);
  check(bad.length === 0, `${where}: no element that runs or loads anything (${[...new Set(bad)].join(', ') || 'none'})`);
  const handlers = tags.filter((t) => Object.keys(t.attrs).some((a) => a.startsWith('on')));
  check(handlers.length === 0, `${where}: no event-handler attribute (${handlers.length})`);
  const ids = new Set(tags.filter((t) => t.attrs.id).map((t) => t.attrs.id));
  const links = tags.flatMap((t) => ['href', 'xlink:href', 'src', 'srcset', 'action', 'formaction', 'poster']
    .filter((a) => a in t.attrs).map((a) => ({ a, v: t.attrs[a] })));
  const outside = links.filter((l) => !l.v.startsWith('#'));
  check(outside.length === 0, `${where}: every link is a fragment of the page (${outside.slice(0, 3).map((l) => `${l.a}=${l.v}`).join(' ') || 'all'})`);
  const dangling = links.filter((l) => l.v.startsWith('#') && !ids.has(decodeURIComponent(l.v.slice(1))));
  check(dangling.length === 0, `${where}: every #link has its target (${dangling.slice(0, 3).map((l) => l.v).join(' ') || 'all'})`);
  const urls = tags.filter((t) => /url\((?!#)/i.test(t.attrs.style ?? '') || /url\((?!#)/i.test(t.attrs.fill ?? ''));
  check(urls.length === 0, `${where}: no url() of an outside resource`);
  return tags;
}
checkInert(html, 'page file');
check(!/@import|url\((?!#)/i.test(html.slice(html.indexOf('<style>'), html.indexOf('</style>'))),
  'page file: the style sheet loads nothing');

// What Chromium built from it.
const dom = runChromium(['--dump-dom', `file://${page}`], 'dump-dom');
check(dom.length > 1000, `Chromium rendered the page (${dom.length} characters of DOM)`);
const tags = checkInert(dom, 'DOM');
check(!/<script/i.test(dom), 'DOM: no <script anywhere');

const svgStart = tags.findIndex((t) => !t.end && t.name === 'svg' && /\bgraph\b/.test(t.attrs.class ?? ''));
check(svgStart >= 0, 'DOM: the drawing <svg class="graph"> is there');
const nodes = tags.filter((t) => !t.end && t.name === 'g' && (t.attrs.class ?? '').split(/\s+/).includes('node')).length;
check(nodes === want.nodes, `DOM: ${nodes} <g class="node"> for ${want.nodes} drawn entities`);
const clusters = tags.filter((t) => !t.end && t.name === 'g' && (t.attrs.class ?? '') === 'cluster').length;
check(clusters === want.rows['t-editions'] + want.rows['t-events'] || want.nodes === MAX_NODES,
  `DOM: ${clusters} clusters, one per edition or event`);

// Rows per table.
const rows = {};
let table = null;
for (const t of tags) {
  if (t.name === 'table') table = t.end ? null : t.attrs.id ?? null;
  else if (table && !t.end && t.name === 'tr' && (t.attrs.class ?? '').split(/\s+/).includes('row'))
    rows[table] = (rows[table] ?? 0) + 1;
}
for (const [id, n] of Object.entries(want.rows))
  check((rows[id] ?? 0) === n, `DOM: table ${id} has ${rows[id] ?? 0} rows, the graph ${n}`);

// The counts table.
const countRe = /<tr class="row" data-class="([^"]+)">.*?<td class="num">(\d+)<\/td><\/tr>/g;
const shown = {};
for (const m of dom.matchAll(countRe)) shown[m[1]] = Number(m[2]);
for (const [curie, n] of Object.entries(want.counts))
  check(shown[curie] === n, `DOM: count of ${curie} is ${shown[curie]}, the graph has ${n}`);

// Mentions: one list per mentioned entity, one item per mention, each with its text.
const sections = tags.filter((t) => !t.end && t.name === 'section' && t.attrs.class === 'entity').length;
check(sections === want.entitiesWithMentions, `DOM: ${sections} mention lists for ${want.entitiesWithMentions} mentioned entities`);
const items = tags.filter((t) => !t.end && t.name === 'li' && t.attrs.class === 'mention').length;
check(items === want.mentions, `DOM: ${items} mention items for ${want.mentions} fkg:refersTo of mentions`);
const missing = want.anchors.filter((a) => !dom.includes(`<q>${escText(a)}</q>`));
check(missing.length === 0, `DOM: every mention's text is quoted (${missing.length} missing${missing.length ? ': ' + missing[0] : ''})`);

if (o.escape) {
  check(dom.includes('&lt;script&gt;alert(1)&lt;/script&gt;</a>'), 'escape: the script-like label is text in a table cell');
  check(dom.includes('&lt;script&gt;alert(1)&lt;/script&gt;</text>'), 'escape: ... and in the drawing');
  check(dom.includes('"quotes" &amp; ampersands, &amp;amp; &amp;lt;b&amp;gt; an entity-looking text, \'single\'</a>'),
    'escape: quotes, ampersands and entity-like text are shown as they are');
  check(dom.includes('&lt;img src=x onerror=alert(2)&gt;</a>'), 'escape: the img-like label is text');
  check(dom.includes('<q>&lt;script&gt;alert(5)&lt;/script&gt;</q>'), 'escape: the script-like mention text is text');
  check(/<title>A very long practice name[^<]*&lt;\/title&gt;&lt;script&gt;alert\(4\)&lt;\/script&gt;<\/title>/.test(dom),
    'escape: the cut node keeps its full label, escaped, in its <title> tooltip');
  check(dom.includes('Event with a backslash \\N \\G</text>'), 'escape: backslashes are drawn as they are');
}

// A screenshot: the page as a person sees it.
if (o.screenshot) {
  const png = path.resolve(o.screenshot);
  fs.rmSync(png, { force: true });
  runChromium([`--screenshot=${png}`, `file://${page}`], 'screenshot');
  const ok = fs.existsSync(png);
  const buf = ok ? fs.readFileSync(png) : Buffer.alloc(0);
  const isPng = buf.length > 24 && buf.toString('latin1', 1, 4) === 'PNG';
  check(isPng && buf.readUInt32BE(16) === 1400 && buf.readUInt32BE(20) === 2000,
    `screenshot ${png}: a 1400x2000 PNG`);
  // A blank 1400x2000 page compresses to about 13 kB; a drawn one to far more.
  check(buf.length > 40000, `screenshot: not blank (${buf.length} bytes)`);
}
finish();
