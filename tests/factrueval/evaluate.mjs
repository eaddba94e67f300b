#!/usr/bin/env node
// forumkg: scores `forumkg extract --facts tsv` against the factRuEval-2016 annotation
// (person-name mentions and Occupation facts). The method follows
// ../shared/factrueval/NOTES.md §5 and is described in docs/factrueval.md.
//
// Usage:
//   node tests/factrueval/evaluate.mjs --forumkg BIN --devset DIR
//        [--tsv FILE] [--json OUT] [--verbose] [--levels FILE] [--expect FILE]
//
//   --forumkg BIN   the binary; run once as `BIN extract --facts tsv DIR`
//   --tsv FILE      read the system output from FILE instead of running a binary
//   --devset DIR    the gold: book_N.{txt,tokens,spans,objects,coref,facts}
//   --json OUT      write the figures and every error to OUT
//   --verbose       per document misses, false positives and partial matches, to stderr
//   --levels FILE   fail (exit 1) when a figure named in FILE is below its level there
//   --expect FILE   fail (exit 1) unless every count/figure in FILE equals the measured one
//                   (the self-test of the evaluator on tests/factrueval/fixture)
// Exit status: 0 ok, 1 below a level or unexpected figures, 2 usage, I/O or run errors.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

// ---------------------------------------------------------------------------------------
// command line

function usage(msg) {
  if (msg) process.stderr.write(`evaluate.mjs: ${msg}\n`);
  process.stderr.write('usage: node evaluate.mjs (--forumkg BIN | --tsv FILE) --devset DIR ' +
    '[--json OUT] [--verbose] [--levels FILE] [--expect FILE]\n');
  process.exit(2);
}

function parseArgs(argv) {
  const o = { verbose: false };
  const takes = new Set(['--forumkg', '--tsv', '--devset', '--json', '--levels', '--expect']);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--verbose' || a === '-v') o.verbose = true;
    else if (a === '--help' || a === '-h') usage();
    else if (takes.has(a)) {
      if (i + 1 >= argv.length) usage(`${a} needs a value`);
      o[a.slice(2)] = argv[++i];
    } else usage(`unknown argument ${a}`);
  }
  if (!o.devset) usage('--devset is required');
  if (!o.forumkg && !o.tsv) usage('--forumkg or --tsv is required');
  return o;
}

// ---------------------------------------------------------------------------------------
// strings

const QUOTES = /[«»“”„‟"'’‘‚`´]/g;
const DASHES = /[‐‑‒–—―−-]/g;

/** NOTES §5.2: lower-case, ё→е, quotes → ", dashes → -, spaces collapsed, trimmed. */
export function norm(s) {
  return s.toLowerCase().replace(/ё/g, 'е').replace(QUOTES, '"').replace(DASHES, '-')
    .replace(/\s+/g, ' ').trim();
}

/** Levenshtein distance over code points. */
export function levenshtein(a, b) {
  const x = Array.from(a), y = Array.from(b);
  if (x.length < y.length) return levenshtein(b, a);
  if (y.length === 0) return x.length;
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 0; i < x.length; i++) {
    const cur = [i + 1];
    for (let j = 0; j < y.length; j++)
      cur.push(Math.min(cur[j] + 1, prev[j + 1] + 1, prev[j] + (x[i] === y[j] ? 0 : 1)));
    prev = cur;
  }
  return prev[y.length];
}

/** Two normalised strings match when their distance is within the tolerance for the length
 * of the shorter one: 0 up to 1 code point, 1 for 2–8, 2 from 9 on (NOTES §5.2). */
export function similar(a, b) {
  if (a === b) return true;
  const n = Math.min(Array.from(a).length, Array.from(b).length);
  const tol = n <= 1 ? 0 : n <= 8 ? 1 : 2;
  if (tol === 0) return false;
  if (Math.abs(Array.from(a).length - Array.from(b).length) > tol) return false;
  return levenshtein(a, b) <= tol;
}

function matchesAny(value, accepted) {
  const v = norm(value);
  if (!v) return false;
  for (const a of accepted) if (similar(v, a)) return true;
  return false;
}

// ---------------------------------------------------------------------------------------
// assignment (Hungarian algorithm, maximum total weight, rectangular matrices)

/** w[i][j] ≥ 0; returns pairs [i, j] with w > 0 of a one-to-one assignment maximising Σw. */
export function maxAssignment(w) {
  const rows = w.length, cols = rows ? w[0].length : 0;
  if (!rows || !cols) return [];
  const flip = rows > cols;
  const n = flip ? cols : rows, m = flip ? rows : cols;
  const cost = (i, j) => -(flip ? w[j][i] : w[i][j]);
  const INF = Infinity;
  const u = new Float64Array(n + 1), v = new Float64Array(m + 1);
  const p = new Int32Array(m + 1), way = new Int32Array(m + 1);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Float64Array(m + 1).fill(INF);
    const used = new Uint8Array(m + 1);
    do {
      used[j0] = 1;
      const i0 = p[j0];
      let delta = INF, j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = cost(i0 - 1, j - 1) - u[i0] - v[j];
        if (cur < minv[j]) { minv[j] = cur; way[j] = j0; }
        if (minv[j] < delta) { delta = minv[j]; j1 = j; }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) { u[p[j]] += delta; v[j] -= delta; } else minv[j] -= delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do { const j1 = way[j0]; p[j0] = p[j1]; j0 = j1; } while (j0);
  }
  const out = [];
  for (let j = 1; j <= m; j++) {
    if (!p[j]) continue;
    const i = p[j] - 1, jj = j - 1;
    const [r, c] = flip ? [jj, i] : [i, jj];
    if (w[r][c] > 0) out.push([r, c]);
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// gold

function readLines(file) {
  if (!fs.existsSync(file)) return [];
  return fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split('\n').map(l => l.replace(/\r$/, ''));
}

function records(lines) {
  const out = [];
  let cur = [];
  for (const l of lines) {
    if (l.trim() === '') { if (cur.length) out.push(cur); cur = []; } else cur.push(l.trimEnd());
  }
  if (cur.length) out.push(cur);
  return out;
}

const PERSON_SPAN_TYPES = new Set(['name', 'surname', 'patronymic', 'nickname']);

function isPunctToken(t) {
  return Array.from(t).length === 1 && !/[\p{L}\p{N}]/u.test(t);
}

function loadDoc(dir, id) {
  const txt = fs.readFileSync(path.join(dir, `${id}.txt`), 'utf8');
  const cps = Array.from(txt);
  const slice = (b, e) => cps.slice(b, e).join('');
  const doc = { id, cps, nfc: txt === txt.normalize('NFC'), tokens: new Map(), tokenList: [],
    spans: new Map(), mentions: new Map(), entities: new Map(), entityOfMention: new Map(),
    facts: [], partOf: new Map() };

  for (const l of readLines(path.join(dir, `${id}.tokens`))) {
    if (!l.trim()) continue;
    const [tid, start, len, ...rest] = l.split(' ');
    const t = { id: tid, start: +start, len: +len, text: rest.join(' ') };
    t.punct = isPunctToken(t.text);
    doc.tokens.set(tid, t);
    doc.tokenList.push(t);
  }
  doc.tokenList.sort((a, b) => a.start - b.start);

  for (const l of readLines(path.join(dir, `${id}.spans`))) {
    if (!l.trim()) continue;
    const cut = l.indexOf('  # ');
    const head = (cut >= 0 ? l.slice(0, cut) : l).trim().split(/\s+/);
    const tail = cut >= 0 ? l.slice(cut + 4).trim().split(/\s+/) : [];
    const [sid, type, start, len, , ntok] = head;
    const n = +ntok;
    const toks = tail.slice(0, n).filter(t => doc.tokens.has(t));
    const s = { id: sid, type, start: +start, len: +len, tokens: toks,
      text: slice(+start, +start + +len) };
    if (!doc.spans.has(sid)) doc.spans.set(sid, []);
    doc.spans.get(sid).push(s);
  }

  for (const l of readLines(path.join(dir, `${id}.objects`))) {
    if (!l.trim()) continue;
    const cut = l.indexOf(' # ');
    const head = (cut >= 0 ? l.slice(0, cut) : l).trim().split(/\s+/);
    const [mid, type, ...sids] = head;
    const personal = type === 'Person';
    const spans = [];
    for (const sid of sids) {
      const cands = doc.spans.get(sid) || [];
      const pick = cands.filter(s => PERSON_SPAN_TYPES.has(s.type) === personal);
      spans.push(...(pick.length ? pick : cands));
    }
    spans.sort((a, b) => a.start - b.start);
    const tokens = new Set();
    for (const s of spans) for (const t of s.tokens) if (!doc.tokens.get(t).punct) tokens.add(t);
    const b = spans.length ? Math.min(...spans.map(s => s.start)) : 0;
    const e = spans.length ? Math.max(...spans.map(s => s.start + s.len)) : 0;
    doc.mentions.set(mid, { id: mid, type, spans, tokens, begin: b, end: e,
      text: [...new Set(spans.map(s => s.text))].join(' '), extentText: slice(b, e) });
  }

  for (const rec of records(readLines(path.join(dir, `${id}.coref`)))) {
    const [eid, ...mids] = rec[0].trim().split(/\s+/);
    const attrs = {};
    for (const l of rec.slice(1)) {
      const m = /^(\S+)\s*(.*)$/.exec(l.trim());
      if (!m) continue;
      const key = m[1].replace(/\d+$/, '');
      if (!m[2].trim()) continue;
      (attrs[key] ||= []).push(m[2].trim());
    }
    const ent = { id: eid, mentions: mids.filter(x => doc.mentions.has(x)), attrs };
    doc.entities.set(eid, ent);
    for (const mid of ent.mentions) doc.entityOfMention.set(mid, eid);
  }

  for (const rec of records(readLines(path.join(dir, `${id}.facts`)))) {
    const [fid, ...typeWords] = rec[0].trim().split(/\s+/);
    const f = { id: fid, type: typeWords.join(' '), args: [] };
    for (const l of rec.slice(1)) {
      const m = /^(\S+)\s*(.*)$/.exec(l.trim());
      if (m) f.args.push({ role: m[1].toLowerCase() === 'job' ? 'position' : m[1].toLowerCase(),
        value: m[2].trim() });
    }
    doc.facts.push(f);
  }
  // isPartOf: Part/Whole, or (dev) two Company arguments, the part first.
  for (const f of doc.facts) {
    if (f.type !== 'isPartOf') continue;
    const objs = f.args.filter(a => /^obj\d+/.test(a.value));
    const part = objs.find(a => a.role === 'part') || objs[0];
    const whole = objs.find(a => a.role === 'whole') || objs[1];
    if (!part || !whole || part === whole) continue;
    const pid = /^obj(\d+)/.exec(part.value)[1];
    if (!doc.partOf.has(pid)) doc.partOf.set(pid, []);
    doc.partOf.get(pid).push(whole.value);
  }
  return doc;
}

export function loadGold(dir) {
  const ids = fs.readdirSync(dir).filter(f => /^book_\d+\.txt$/.test(f))
    .map(f => f.replace(/\.txt$/, '')).sort((a, b) => +a.slice(5) - +b.slice(5));
  return ids.map(id => loadDoc(dir, id));
}

// --- acceptable strings of an argument (NOTES §5.2)

function factNames(value) {
  // "obj48 Лужков Юрий" / "obj963 ОБСЕ | Организация …" / "obj143 Украина | obj144 …"
  const ids = [], names = [];
  for (const alt of value.split('|')) {
    const m = /^\s*obj(\d+)\s*(.*)$/.exec(alt);
    if (m) { ids.push(m[1]); if (m[2].trim()) names.push(m[2].trim()); }
    else if (alt.trim()) names.push(alt.trim());
  }
  return { ids, names };
}

function product(lists) {
  let out = [''];
  for (const l of lists) {
    if (!l || !l.length) return [];
    const next = [];
    for (const o of out) for (const v of l) next.push(o ? `${o} ${v}` : v);
    out = next;
  }
  return out;
}

function entityStrings(doc, eid, { person = false, orgNames = false } = {}) {
  const out = [];
  const ent = doc.entities.get(eid);
  if (!ent) return out;
  for (const mid of ent.mentions) {
    const m = doc.mentions.get(mid);
    out.push(m.text, m.extentText);
  }
  if (person) {
    const a = ent.attrs;
    const lists = { f: a.firstname, l: a.lastname, p: a.patronymic, n: a.nickname };
    for (const combo of ['lfp', 'fpl', 'fp', 'fl', 'lf', 'n', 'f', 'p', 'l', 'fn'])
      out.push(...product(Array.from(combo, c => lists[c])));
  }
  if (orgNames) out.push(...(ent.attrs.name || []));
  return out;
}

function acceptedEntity(doc, value, kind) {
  const { ids, names } = factNames(value);
  const out = [...names];
  for (const id of ids) {
    out.push(...entityStrings(doc, id, { person: kind === 'who', orgNames: kind === 'where' }));
    if (kind === 'where') {
      for (const whole of doc.partOf.get(id) || []) {
        const w = factNames(whole);
        out.push(...w.names);
        for (const wid of w.ids) out.push(...(doc.entities.get(wid)?.attrs.name || []));
      }
    }
  }
  return { ids, display: names[0] || ids.map(i => `obj${i}`).join('|'),
    accepted: [...new Set(out.map(norm).filter(Boolean))] };
}

function acceptedSpans(doc, value) {
  const out = [], texts = [];
  for (const alt of value.split('|')) {
    const m = /^\s*span(\d+)\s*(.*)$/.exec(alt);
    if (!m) { if (alt.trim()) out.push(alt.trim()); continue; }
    if (m[2].trim()) { out.push(m[2].trim()); texts.push(m[2].trim()); }
    for (const s of doc.spans.get(m[1]) || []) out.push(s.text);
  }
  return { display: texts.join(' | '), accepted: [...new Set(out.map(norm).filter(Boolean))] };
}

function goldOccupations(doc) {
  const out = [];
  for (const f of doc.facts) {
    if (f.type !== 'Occupation') continue;
    const arg = r => f.args.find(a => a.role === r);
    const hard = f.args.some(a => a.role === 'сложность' && /повышенная/.test(a.value));
    const who = arg('who'), pos = arg('position'), where = arg('where');
    out.push({ id: f.id, hard,
      modality: (arg('модальность') || {}).value || '',
      who: who ? acceptedEntity(doc, who.value, 'who') : null,
      position: pos ? acceptedSpans(doc, pos.value) : null,
      where: where ? acceptedEntity(doc, where.value, 'where') : null });
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// system output

export function parseTsv(text) {
  const docs = new Map();
  const get = src => {
    const id = path.basename(src).replace(/\.txt$/, '');
    if (!docs.has(id)) docs.set(id, { persons: [], occupations: [] });
    return docs.get(id);
  };
  const bad = [];
  text.split('\n').forEach((line, i) => {
    line = line.replace(/\r$/, '');
    if (!line || (i === 0 && line.startsWith('kind\t'))) return;
    const f = line.split('\t');
    if (f[0] === 'person' && f.length >= 5 && /^\d+$/.test(f[2]) && /^\d+$/.test(f[3]))
      get(f[1]).persons.push({ begin: +f[2], end: +f[3], text: f[4], line: i + 1 });
    else if (f[0] === 'occupation' && f.length >= 7)
      get(f[1]).occupations.push({ who: f[2], position: f[3], where: f[4],
        begin: +f[5], end: +f[6], line: i + 1 });
    else bad.push(i + 1);
  });
  return { docs, bad };
}

function runSystem(bin, devset) {
  const r = spawnSync(bin, ['extract', '--facts', 'tsv', devset],
    { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.error) { process.stderr.write(`evaluate.mjs: cannot run ${bin}: ${r.error.message}\n`); process.exit(2); }
  if (r.status !== 0) {
    process.stderr.write(r.stderr || '');
    process.stderr.write(`evaluate.mjs: ${bin} exited with status ${r.status}\n`);
    process.exit(2);
  }
  return { stdout: r.stdout, stderr: r.stderr };
}

// ---------------------------------------------------------------------------------------
// scoring

const prf = (tpP, nSys, tpR, nGold) => {
  const p = nSys ? tpP / nSys : 0, r = nGold ? tpR / nGold : 0;
  return { p, r, f1: p + r ? 2 * p * r / (p + r) : 0 };
};

function coveredTokens(doc, begin, end) {
  const out = new Set();
  for (const t of doc.tokenList) {
    if (t.start >= end) break;
    if (t.start >= begin && t.start + t.len <= end && !t.punct) out.add(t.id);
  }
  return out;
}

function jaccard(a, b) {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  const uni = a.size + b.size - inter;
  return uni ? inter / uni : 0;
}

const setKey = s => [...s].sort().join(' ');

function scorePersons(gold, sys, errors) {
  const c = { gold: 0, goldAll: 0, ignoredGold: 0, system: 0, systemOutsideGoldDocs: 0,
    systemNoToken: 0, systemTextMismatch: 0, strictTp: 0, strictDropped: 0, partialSum: 0, partialMatched: 0,
    partialDropped: 0 };
  const goldIds = new Set(gold.map(d => d.id));
  for (const [id, d] of sys.docs) if (!goldIds.has(id)) c.systemOutsideGoldDocs += d.persons.length;
  for (const doc of gold) {
    const others = [...doc.mentions.values()].filter(m => ['Org', 'Location', 'LocOrg'].includes(m.type));
    const g = [...doc.mentions.values()].filter(m => m.type === 'Person' && m.tokens.size).map(m => ({
      m, ignored: others.some(o => [...m.tokens].every(t => o.tokens.has(t))) }));
    const s = (sys.docs.get(doc.id)?.persons || []).map(p => ({ p, tokens: coveredTokens(doc, p.begin, p.end) }));
    c.goldAll += g.length;
    c.ignoredGold += g.filter(x => x.ignored).length;
    c.gold += g.filter(x => !x.ignored).length;
    c.systemNoToken += s.filter(x => !x.tokens.size).length;
    // the text field must be the text at [begin, end) (code points of the NFC text)
    const flatWs = t => t.replace(/[\t\n\r]/g, ' ');
    c.systemTextMismatch += s.filter(x => flatWs(doc.cps.slice(x.p.begin, x.p.end).join('')) !== flatWs(x.p.text)).length;

    // strict: equal token sets, one-to-one
    const byKey = new Map();
    g.forEach((x, i) => { const k = setKey(x.m.tokens); (byKey.get(k) || byKey.set(k, []).get(k)).push(i); });
    const strictOf = new Array(s.length).fill(-1);
    s.forEach((x, i) => {
      const l = byKey.get(setKey(x.tokens));
      if (x.tokens.size && l && l.length) strictOf[i] = l.shift();
    });
    let nSys = s.length;
    for (let i = 0; i < s.length; i++) {
      if (strictOf[i] < 0) continue;
      if (g[strictOf[i]].ignored) { c.strictDropped++; nSys--; } else c.strictTp++;
    }
    c.system += s.length;

    // partial: token Jaccard (tp/(tp+fp+fn)), assignment maximising Σ
    const w = s.map(x => g.map(y => jaccard(x.tokens, y.m.tokens)));
    const pairs = maxAssignment(w);
    const gMatched = new Map(), sMatched = new Map();
    for (const [i, j] of pairs) {
      if (g[j].ignored) { c.partialDropped++; sMatched.set(i, -1); continue; }
      c.partialSum += w[i][j]; c.partialMatched++;
      gMatched.set(j, i); sMatched.set(i, j);
    }
    const de = errors(doc.id);
    g.forEach((x, j) => {
      if (x.ignored) return;
      const where = { begin: x.m.begin, end: x.m.end, text: x.m.extentText };
      if (!gMatched.has(j)) de.personMisses.push(where);
      else if (w[gMatched.get(j)][j] < 1)
        de.personPartial.push({ gold: where, system: s[gMatched.get(j)].p, score: w[gMatched.get(j)][j] });
    });
    s.forEach((x, i) => { if (!sMatched.has(i)) de.personFalse.push(x.p); });
  }
  const strictSys = c.system - c.strictDropped, partialSys = c.system - c.partialDropped;
  return { counts: c, strict: prf(c.strictTp, strictSys, c.strictTp, c.gold),
    partial: prf(c.partialSum, partialSys, c.partialSum, c.gold) };
}

const WEIGHT = { who: 1, position: 0.5, where: 1 };

function compareFact(g, s) {
  // returns per-argument outcome and the weighted arg quality n/(n+fp+fn)
  const out = { who: false, position: null, where: null };
  if (!g.who || !matchesAny(s.who, g.who.accepted)) return null;
  out.who = true;
  let n = WEIGHT.who, fp = 0, fn = 0;
  for (const k of ['position', 'where']) {
    const hasG = !!g[k], hasS = !!s[k].trim();
    if (hasG && hasS) {
      out[k] = matchesAny(s[k], g[k].accepted);
      if (out[k]) n += WEIGHT[k]; else { fp += WEIGHT[k]; fn += WEIGHT[k]; }
    } else if (hasG) { out[k] = false; fn += WEIGHT[k]; }
    else if (hasS) { out[k] = false; fp += WEIGHT[k]; }
    else out[k] = true; // both absent: nothing to score, counts as agreeing for the triple
  }
  out.quality = n / (n + fp + fn);
  out.triple = out.position && out.where;
  return out;
}

function scoreOccupations(gold, sys, errors) {
  const c = { goldAll: 0, goldHard: 0, gold: 0, system: 0, systemOutsideGoldDocs: 0,
    systemDropped: 0, matched: 0, qualitySum: 0, tripleTp: 0,
    who: { sys: 0, gold: 0, ok: 0 }, position: { sys: 0, gold: 0, ok: 0 },
    where: { sys: 0, gold: 0, ok: 0 } };
  const goldIds = new Set(gold.map(d => d.id));
  for (const [id, d] of sys.docs) if (!goldIds.has(id)) c.systemOutsideGoldDocs += d.occupations.length;
  for (const doc of gold) {
    // Matching runs against every gold fact; a system fact matched to a hard one is left out of
    // the counts, as a system person matched to a left-out embedded gold person is (§5.1).
    const g = goldOccupations(doc);
    const sAll = sys.docs.get(doc.id)?.occupations || [];
    c.goldAll += g.length;
    c.goldHard += g.filter(f => f.hard).length;
    const cmpAll = sAll.map(x => g.map(y => compareFact(y, x)));
    const dropped = new Set();
    for (const [i, j] of maxAssignment(cmpAll.map(row => row.map(r => (r ? r.quality : 0)))))
      if (g[j].hard) dropped.add(i);
    c.systemDropped += dropped.size;
    const keep = sAll.map((_, i) => i).filter(i => !dropped.has(i));
    const s = keep.map(i => sAll[i]);
    const cmp = keep.map(i => cmpAll[i].map((r, j) => (g[j].hard ? null : r)));
    c.system += s.length;
    for (const f of g) {
      if (f.hard) continue;
      c.gold++; c.who.gold++;
      if (f.position) c.position.gold++;
      if (f.where) c.where.gold++;
    }
    for (const f of s) { c.who.sys++; if (f.position.trim()) c.position.sys++; if (f.where.trim()) c.where.sys++; }

    const pairs = maxAssignment(cmp.map(row => row.map(r => (r ? r.quality : 0))));
    const tpairs = maxAssignment(cmp.map(row => row.map(r => (r && r.triple ? 1 : 0))));
    c.tripleTp += tpairs.length;
    const gMatched = new Map(), sMatched = new Set();
    for (const [i, j] of pairs) {
      const r = cmp[i][j];
      c.matched++; c.qualitySum += r.quality;
      c.who.ok++;
      if (g[j].position && s[i].position.trim() && r.position) c.position.ok++;
      if (g[j].where && s[i].where.trim() && r.where) c.where.ok++;
      gMatched.set(j, i); sMatched.add(i);
    }
    const de = errors(doc.id);
    const gShow = f => ({ id: f.id, who: f.who?.display || '', position: f.position?.display || '',
      where: f.where?.display || '', modality: f.modality });
    const sShow = f => ({ who: f.who, position: f.position, where: f.where, begin: f.begin, end: f.end });
    g.forEach((f, j) => {
      if (f.hard) return;
      if (!gMatched.has(j)) { de.occMisses.push(gShow(f)); return; }
      const i = gMatched.get(j), r = cmp[i][j];
      if (r.quality < 1) de.occPartial.push({ gold: gShow(f), system: sShow(s[i]), quality: r.quality,
        position: r.position, where: r.where });
    });
    s.forEach((f, i) => {
      if (sMatched.has(i)) return;
      // a false positive whose person has other gold facts is worth telling apart
      const whoKnown = g.some(x => !x.hard && x.who && matchesAny(f.who, x.who.accepted));
      de.occFalse.push({ ...sShow(f), whoInGold: whoKnown });
    });
  }
  const arg = k => prf(c[k].ok, c[k].sys, c[k].ok, c[k].gold);
  return { counts: c, who: arg('who'), position: arg('position'), where: arg('where'),
    overall: prf(c.qualitySum, c.system, c.qualitySum, c.gold),
    triple: prf(c.tripleTp, c.system, c.tripleTp, c.gold) };
}

// ---------------------------------------------------------------------------------------
// report

const f4 = x => x.toFixed(4);

function table(res) {
  const { persons: P, occupations: O, docs } = res;
  const pc = P.counts, oc = O.counts;
  const row = (name, m, extra = '') =>
    `  ${name.padEnd(24)} ${f4(m.p)}  ${f4(m.r)}  ${f4(m.f1)}${extra ? '   ' + extra : ''}`;
  const head = `  ${''.padEnd(24)} P       R       F1`;
  const L = [];
  L.push(`factRuEval-2016 ${res.set}: ${docs} documents`);
  L.push('');
  L.push(`Person mentions: gold ${pc.gold} (of ${pc.goldAll}; ${pc.ignoredGold} inside Org/Location/LocOrg left out), system ${pc.system}`);
  L.push(head);
  L.push(row('strict (token sets =)', P.strict, `tp ${pc.strictTp}`));
  L.push(row('partial (official)', P.partial, `Σscore ${pc.partialSum.toFixed(2)} over ${pc.partialMatched} pairs`));
  L.push(`  system mentions matched to left-out gold (not counted): strict ${pc.strictDropped}, partial ${pc.partialDropped}; covering no token: ${pc.systemNoToken}; text ≠ text at offsets: ${pc.systemTextMismatch}`);
  L.push('');
  L.push(`Occupation facts, regular mode: gold ${oc.gold} (of ${oc.goldAll}; ${oc.goldHard} hard left out), system ${oc.system} (+${oc.systemDropped} matched to hard gold, not counted), matched ${oc.matched}`);
  L.push(head);
  L.push(row('who', O.who, `${oc.who.ok} / sys ${oc.who.sys} / gold ${oc.who.gold}`));
  L.push(row('position', O.position, `${oc.position.ok} / sys ${oc.position.sys} / gold ${oc.position.gold}`));
  L.push(row('where', O.where, `${oc.where.ok} / sys ${oc.where.sys} / gold ${oc.where.gold}`));
  L.push(row('overall (official-like)', O.overall, `Σquality ${oc.qualitySum.toFixed(2)}`));
  L.push(row('strict triple', O.triple, `tp ${oc.tripleTp}`));
  return L.join('\n');
}

function verboseReport(errs) {
  const L = [];
  const q = s => JSON.stringify(s);
  for (const [id, e] of [...errs].sort((a, b) => +a[0].slice(5) - +b[0].slice(5))) {
    const n = Object.values(e).reduce((a, x) => a + x.length, 0);
    if (!n) continue;
    L.push(`== ${id}`);
    for (const x of e.personMisses) L.push(`  person miss     [${x.begin},${x.end}) ${q(x.text)}`);
    for (const x of e.personFalse) L.push(`  person false    [${x.begin},${x.end}) ${q(x.text)}`);
    for (const x of e.personPartial)
      L.push(`  person partial  gold [${x.gold.begin},${x.gold.end}) ${q(x.gold.text)} ~ system [${x.system.begin},${x.system.end}) ${q(x.system.text)} ${x.score.toFixed(2)}`);
    const gf = x => `${q(x.who)} / ${q(x.position)} / ${q(x.where)}${x.modality ? ` (${x.modality})` : ''}`;
    const sf = x => `${q(x.who)} / ${q(x.position)} / ${q(x.where)} [${x.begin},${x.end})`;
    for (const x of e.occMisses) L.push(`  occ miss        ${x.id} ${gf(x)}`);
    for (const x of e.occFalse) L.push(`  occ false       ${sf(x)}${x.whoInGold ? ' (person has other gold facts)' : ''}`);
    for (const x of e.occPartial)
      L.push(`  occ partial     ${x.gold.id} ${gf(x.gold)} ~ ${sf(x.system)} q=${x.quality.toFixed(2)}` +
        `${x.position ? '' : ' position≠'}${x.where ? '' : ' where≠'}`);
  }
  return L.join('\n');
}

// figures used by --levels and --expect, by flat name
function flat(res) {
  const { persons: P, occupations: O } = res;
  const out = { documents: res.docs };
  for (const [k, v] of Object.entries(P.counts)) out[`person_${k}`] = v;
  for (const [k, v] of Object.entries(O.counts)) {
    if (typeof v === 'object') for (const [k2, v2] of Object.entries(v)) out[`occupation_${k}_${k2}`] = v2;
    else out[`occupation_${k}`] = v;
  }
  for (const m of ['p', 'r', 'f1']) {
    out[`person_strict_${m}`] = P.strict[m];
    out[`person_partial_${m}`] = P.partial[m];
    for (const a of ['who', 'position', 'where', 'overall', 'triple']) out[`occupation_${a}_${m}`] = O[a][m];
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// main

function main() {
  const o = parseArgs(process.argv.slice(2));
  const t0 = Date.now();
  if (!fs.existsSync(o.devset)) usage(`no such directory: ${o.devset}`);
  const gold = loadGold(o.devset);
  if (!gold.length) usage(`no book_N.txt files in ${o.devset}`);
  const nonNfc = gold.filter(d => !d.nfc).map(d => d.id);
  if (nonNfc.length) process.stderr.write(`evaluate.mjs: warning: not NFC: ${nonNfc.join(' ')} (offsets may disagree)\n`);

  const out = o.tsv ? { stdout: fs.readFileSync(o.tsv, 'utf8'), stderr: '' } : runSystem(o.forumkg, o.devset);
  const sys = parseTsv(out.stdout);
  if (sys.bad.length)
    process.stderr.write(`evaluate.mjs: warning: ${sys.bad.length} malformed output lines (first: line ${sys.bad[0]})\n`);

  const errs = new Map();
  const errors = id => {
    if (!errs.has(id)) errs.set(id, { personMisses: [], personFalse: [], personPartial: [],
      occMisses: [], occFalse: [], occPartial: [] });
    return errs.get(id);
  };
  const res = { set: path.basename(path.resolve(o.devset)), docs: gold.length,
    persons: scorePersons(gold, sys, errors), occupations: scoreOccupations(gold, sys, errors) };
  const figures = flat(res);

  console.log(table(res));
  if (res.persons.counts.systemOutsideGoldDocs || res.occupations.counts.systemOutsideGoldDocs)
    console.log(`  (system lines for documents without gold, ignored: ${res.persons.counts.systemOutsideGoldDocs} persons, ${res.occupations.counts.systemOutsideGoldDocs} occupations)`);
  if (o.verbose) process.stderr.write(verboseReport(errs) + '\n');

  let status = 0;
  if (o.levels) {
    const levels = JSON.parse(fs.readFileSync(o.levels, 'utf8'));
    console.log('');
    for (const [k, min] of Object.entries(levels)) {
      if (k.startsWith('_')) continue;
      if (!(k in figures)) { console.log(`level ${k}: unknown figure`); status = 1; continue; }
      const ok = figures[k] + 1e-9 >= min;
      console.log(`level ${k.padEnd(26)} ${f4(figures[k])} ${ok ? '>=' : '<'} ${min}${ok ? '' : '   FAIL'}`);
      if (!ok) status = 1;
    }
  }
  if (o.expect) {
    const expect = JSON.parse(fs.readFileSync(o.expect, 'utf8'));
    let bad = 0;
    for (const [k, want] of Object.entries(expect)) {
      if (k.startsWith('_')) continue;
      const got = figures[k];
      const ok = typeof want === 'number' && typeof got === 'number' && Math.abs(got - want) < 5e-5;
      if (!ok) { bad++; console.log(`expect ${k}: got ${got}, want ${want}`); }
    }
    console.log(`expect: ${Object.keys(expect).filter(k => !k.startsWith('_')).length - bad} of ${Object.keys(expect).filter(k => !k.startsWith('_')).length} figures as expected`);
    if (bad) status = 1;
  }
  if (o.json) {
    const doc = { set: res.set, documents: res.docs, figures,
      errors: Object.fromEntries([...errs].filter(([, e]) => Object.values(e).some(x => x.length))) };
    fs.writeFileSync(o.json, JSON.stringify(doc, null, 1) + '\n');
  }
  console.log(`(${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  process.exit(status);
}

// run when executed, not when imported (the functions above are exported for ad-hoc analysis)
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main();
