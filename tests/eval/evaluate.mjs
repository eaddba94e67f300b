#!/usr/bin/env node
// The project's evaluator: runs `forumkg extract -f nquads DIR` once, splits the N-Quads by named
// graph (one graph per article), pairs each article with its gold file (gold/SCHEMA.md) and scores
// the extracted items field by field, micro-averaged over all documents.
//
// Usage (from the project root):
//   node tests/eval/evaluate.mjs --forumkg build/forumkg --texts DIR --gold DIR
//        [--thresholds tests/eval/thresholds.json --set seeds|dev] [--json OUT] [--verbose]
//   --nquads FILE may stand instead of --forumkg: score an N-Quads file written earlier.
// Exit status: 0 scored (and every field at or above its minimum), 1 a field below its minimum,
// 2 usage error, the binary failed, or unreadable N-Quads / gold.
//
// Dependencies: the one npm package used here (n3) is installed in tests/external
// (`npm ci --prefix tests/external`); it is resolved from there with createRequire, so the script
// runs from any working directory and tests/eval needs no node_modules of its own.
//
// Reading the graph. An article is the named graph that holds `<graph> dcterms:source "name.txt"`;
// its items are the nodes `?x fkg:mentionedIn <article>` of that graph. Per-article facts
// (fkg:mentionedIn, start/end dates, fkg:represents and every relation triple) are read from the
// article's own graph only. Descriptive terms of a node (rdf:type, rdfs:label, schema:name,
// schema:familyName, fkg:isoCode, fkg:series, fkg:editionNumber, fkg:sessionType,
// schema:superEvent) are read from the article's graph, or, when it has none for that node and
// property, from all graphs together.
//
// Matching (SCHEMA.md, and the lead's brief where SCHEMA.md is silent):
// - one-to-one, greedy: all candidate (gold, output) pairs sorted by score, best first (ties by
//   gold order, then output IRI), each side used once;
// - stems: NFC, lower case, words = runs of Unicode letters/digits, words of >= 3 characters,
//   first five characters of each; stem overlap = Jaccard of the stem sets;
// - session titles: lower-cased word tokens (any length), Jaccard >= 0.6;
// - surnames: foldSurname() below, applied to gold `surname_latin` and to every output
//   schema:familyName literal that holds no Cyrillic letter; equal folds match;
// - regions: keyed by fkg:isoCode only (the gold holds ISO codes); a region without one is a
//   false positive;
// - events: an output fkg:ForumEdition is an edition, a fkg:ForumSeries a series, any other
//   fkg:Event (not a fkg:Session) an other event; the edition number is fkg:editionNumber, its
//   series labels the rdfs:label and schema:name values of its fkg:series;
// - event_dates: each distinct output value of a slot counts once toward the output total;
// - session_type: a pair is right when the output session has exactly one fkg:sessionType and it
//   is the gold type; a wrong pair counts one fp and one fn;
// - relations: speaker/moderator count when the subject is a Session or Event (edition, series),
//   participant/presented when the object is an Official or a Region; other triples with these
//   predicates are ignored, neither right nor wrong.
// Rates: P = tp/(tp+fp), R = tp/(tp+fn), F1 their harmonic mean; a rate whose denominator is 0 is
// 1 when the other side is empty too (nothing to find, nothing found) and 0 otherwise.
// Thresholds are minimum F1 values per field (the key "overall" is allowed too).

import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const FKG = 'https://w3id.org/forumkg/ontology#';
const SCHEMA = 'https://schema.org/';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const RDFS_LABEL = 'http://www.w3.org/2000/01/rdf-schema#label';
const DCT_SOURCE = 'http://purl.org/dc/terms/source';

const P = {
  type: RDF_TYPE,
  label: RDFS_LABEL,
  altLabel: 'http://www.w3.org/2004/02/skos/core#altLabel',
  source: DCT_SOURCE,
  name: SCHEMA + 'name',
  familyName: SCHEMA + 'familyName',
  startDate: SCHEMA + 'startDate',
  endDate: SCHEMA + 'endDate',
  superEvent: SCHEMA + 'superEvent',
  organizer: SCHEMA + 'organizer',
  mentionedIn: FKG + 'mentionedIn',
  isoCode: FKG + 'isoCode',
  represents: FKG + 'represents',
  series: FKG + 'series',
  editionNumber: FKG + 'editionNumber',
  sessionType: FKG + 'sessionType',
  speaker: FKG + 'speaker',
  moderator: FKG + 'moderator',
  participant: FKG + 'participant',
  presentedBy: FKG + 'presentedBy',
};

const C = {
  Region: FKG + 'Region',
  Official: FKG + 'Official',
  Event: FKG + 'Event',
  ForumEdition: FKG + 'ForumEdition',
  ForumSeries: FKG + 'ForumSeries',
  Session: FKG + 'Session',
  Practice: FKG + 'Practice',
};

const SESSION_TYPES = {
  [FKG + 'Plenary']: 'plenary',
  [FKG + 'RoundTable']: 'round_table',
  [FKG + 'StrategicSession']: 'strategic_session',
  [FKG + 'ExpertSession']: 'expert_session',
  [FKG + 'Discussion']: 'discussion',
  [FKG + 'Panel']: 'panel',
  [FKG + 'ThematicSite']: 'thematic_site',
  [FKG + 'OtherSession']: 'other',
};

export const FIELDS = ['regions', 'officials', 'official_region', 'events', 'event_dates',
  'sessions', 'session_type', 'practices', 'relations'];

const STEM_MIN = 0.5;   // practices, events, series, organisers
const TITLE_MIN = 0.6;  // session titles

// ---------------------------------------------------------------------------------------------
// Text helpers

const WORD_RE = /[\p{L}\p{N}]+/gu;

function words(text) {
  return String(text).normalize('NFC').toLowerCase().match(WORD_RE) || [];
}

/** Stem set: first five characters of each lower-cased word of three or more characters. */
export function stems(text) {
  const out = new Set();
  for (const w of words(text)) {
    const cps = [...w];
    if (cps.length >= 3) out.add(cps.slice(0, 5).join(''));
  }
  return out;
}

/** Title token set: every lower-cased word, punctuation dropped. */
export function titleTokens(text) {
  return new Set(words(text));
}

export function jaccard(a, b) {
  if (a.size === 0 || b.size === 0) return 0;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

function bestOverlap(goldTexts, outTexts, tokenize) {
  let best = 0;
  for (const g of goldTexts) {
    if (g == null) continue;
    const gs = tokenize(g);
    for (const o of outTexts) best = Math.max(best, jaccard(gs, tokenize(o)));
  }
  return best;
}

const LATIN_SPECIAL = { 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ø': 'o', 'ł': 'l', 'đ': 'd', 'ð': 'd', 'þ': 'th', 'ı': 'i' };

/**
 * Folds a Latin surname so that the usual transliteration variants compare equal:
 *   1. lower case; ß æ œ ø ł đ ð þ ı spelled out; NFD and combining marks dropped (é→e, ë→e);
 *   2. per word (split at spaces and hyphens), every character outside a–z dropped, so
 *      apostrophes and the soft-sign prime vanish (Malkhas'yan, Kolʹtsov → malkhasyan, koltsov);
 *   3. "ye" and "yo" → "e" (Vorobyev/Vorobev, Avdeyev/Avdeev, Khokhoyeva/Khokhoeva);
 *   4. at the word end "iy", "yy", "ii", "y" → "i" (Dmitriy, Dmitry, Dmitrii → dmitri);
 *   5. "iy" → "i" elsewhere (Matviyenko/Matvienko);
 *   6. "h" → "g" (Kahramanyan/Kagramanyan; applied to both sides, so kh, zh, sh stay distinct
 *      from each other).
 * The words are then joined without separator.
 */
export function foldSurname(text) {
  let s = String(text).toLowerCase();
  s = s.replace(/[ßæœøłđðþı]/g, (ch) => LATIN_SPECIAL[ch]);
  s = s.normalize('NFD').replace(/\p{M}/gu, '');
  return s.split(/[\s\-‐-―]+/u)
    .map((w) => w.replace(/[^a-z]/g, ''))
    .filter((w) => w.length > 0)
    .map((w) => w.replace(/y[eo]/g, 'e')
      .replace(/(?:iy|yy|ii|y)$/, 'i')
      .replace(/iy/g, 'i')
      .replace(/h/g, 'g'))
    .join('');
}

const CYRILLIC_RE = /\p{Script=Cyrillic}/u;
const LATIN_RE = /\p{Script=Latin}/u;

// ---------------------------------------------------------------------------------------------
// Graph access

function termKey(t) {
  if (t.termType === 'Literal') return `L${t.value}\u0000${t.language}\u0000${t.datatype.value}`;
  return `${t.termType[0]}${t.value}`;
}

/** A small s→p→objects and p→o→subjects index over some quads (duplicates collapsed). */
class Index {
  constructor(quads) {
    this.sp = new Map();
    this.po = new Map();
    this.quads = [];
    const seen = new Set();
    for (const q of quads) {
      const k = `${termKey(q.subject)} ${q.predicate.value} ${termKey(q.object)}`;
      if (seen.has(k)) continue;
      seen.add(k);
      this.quads.push(q);
      const sk = `${q.subject.value} ${q.predicate.value}`;
      if (!this.sp.has(sk)) this.sp.set(sk, []);
      this.sp.get(sk).push(q.object);
      const ok = `${q.predicate.value} ${termKey(q.object)}`;
      if (!this.po.has(ok)) this.po.set(ok, []);
      this.po.get(ok).push(q.subject);
    }
  }

  objects(s, p) {
    return this.sp.get(`${s} ${p}`) || [];
  }

  subjects(p, o) {
    return this.po.get(`${p} ${termKey(o)}`) || [];
  }
}

/** One article's view: its own graph, with the union of all graphs for descriptive terms. */
class ArticleView {
  constructor(article, own, all) {
    this.article = article;
    this.own = own;
    this.all = all;
  }

  /** Per-article facts: the article's graph only. */
  local(s, p) {
    return this.own.objects(s, p);
  }

  /** Descriptive terms: the article's graph, else every graph. */
  desc(s, p) {
    const here = this.own.objects(s, p);
    return here.length > 0 ? here : this.all.objects(s, p);
  }

  types(s) {
    return new Set(this.desc(s, P.type).map((t) => t.value));
  }

  values(s, p) {
    return this.desc(s, p).map((t) => t.value);
  }

  isoCodes(s) {
    return this.values(s, P.isoCode).map((v) => v.trim().toUpperCase());
  }
}

/** Parses N-Quads text; throws an Error naming the line on a syntax error. */
export function parseNQuads(N3, text) {
  try {
    return new N3.Parser({ format: 'N-Quads' }).parse(text);
  } catch (err) {
    throw new Error(`N-Quads parse error: ${err.message}`);
  }
}

/**
 * Groups quads by graph and finds each graph's article. Returns
 * { views: Map<docName, ArticleView>, warnings: [] } where docName is dcterms:source without
 * directory and ".txt".
 */
export function articleViews(quads) {
  const all = new Index(quads);
  const byGraph = new Map();
  for (const q of quads) {
    if (q.graph.termType !== 'NamedNode') continue;
    if (!byGraph.has(q.graph.value)) byGraph.set(q.graph.value, []);
    byGraph.get(q.graph.value).push(q);
  }
  const views = new Map();
  const warnings = [];
  for (const [g, gq] of byGraph) {
    const own = new Index(gq);
    let sources = own.objects(g, P.source);
    let articleIri = g;
    if (sources.length === 0) {
      const other = own.quads.find((q) => q.predicate.value === P.source);
      if (!other) {
        warnings.push(`graph <${g}> has no dcterms:source; skipped`);
        continue;
      }
      articleIri = other.subject.value;
      sources = own.objects(articleIri, P.source);
    }
    const source = sources[0].value;
    const doc = path.basename(source).replace(/\.txt$/i, '');
    if (views.has(doc)) {
      warnings.push(`two graphs have dcterms:source "${source}"; <${g}> skipped`);
      continue;
    }
    views.set(doc, new ArticleView({ termType: 'NamedNode', value: articleIri }, own, all));
  }
  return { views, warnings };
}

// ---------------------------------------------------------------------------------------------
// Output items of one article

function shortIri(iri) {
  const i = iri.indexOf('/id/');
  return i >= 0 ? iri.slice(i + 4) : iri;
}

function mentioned(view) {
  if (!view) return [];
  const seen = new Map();
  for (const t of view.own.subjects(P.mentionedIn, view.article)) seen.set(t.value, t);
  return [...seen.values()].sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}

const NIF = 'http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#';
function mentionSpans(view, id) {
  const spans = [];
  for (const m of view.own.subjects(FKG + 'refersTo', { termType: 'NamedNode', value: id })) {
    const b = view.own.objects(m.value, NIF + 'beginIndex')[0];
    const e = view.own.objects(m.value, NIF + 'endIndex')[0];
    if (b && e) spans.push([Number(b.value), Number(e.value)]);
  }
  return spans;
}

function seriesOnlyInEditions(view, id) {
  const editions = [];
  for (const x of mentioned(view)) {
    if (view.types(x.value).has(C.ForumEdition)) editions.push(...mentionSpans(view, x.value));
  }
  const own = mentionSpans(view, id);
  return own.length > 0 && own.every(([b, e]) => editions.some(([eb, ee]) => eb <= b && e <= ee));
}

export function outputItems(view) {
  const out = { regions: [], officials: [], events: [], sessions: [], practices: [], relations: [] };
  if (!view) return out;
  for (const x of mentioned(view)) {
    const types = view.types(x.value);
    const id = x.value;
    if (types.has(C.Region)) {
      out.regions.push({ id, iso: view.isoCodes(id) });
    }
    if (types.has(C.Official)) {
      const latin = view.desc(id, P.familyName)
        .filter((t) => t.termType === 'Literal' && !CYRILLIC_RE.test(t.value) && LATIN_RE.test(t.value))
        .map((t) => t.value);
      const regions = new Set();
      for (const r of view.local(id, P.represents)) {
        const iso = view.isoCodes(r.value);
        if (iso.length === 0) regions.add(`<${shortIri(r.value)}>`);
        for (const code of iso) regions.add(code);
      }
      out.officials.push({ id, latin, folds: new Set(latin.map(foldSurname)), regions });
    }
    const isSession = types.has(C.Session);
    if (!isSession && (types.has(C.Event) || types.has(C.ForumEdition) || types.has(C.ForumSeries))) {
      const kind = types.has(C.ForumEdition) ? 'edition' : types.has(C.ForumSeries) ? 'series' : 'other';
      // A series named only inside editions' names ("V Форум социальных инноваций регионов")
      // is not an event the text talks about: gold lists a series only when the text speaks
      // of the series itself.
      if (kind === 'series' && seriesOnlyInEditions(view, id)) continue;
      const seriesLabels = [];
      for (const s of view.desc(id, P.series)) {
        seriesLabels.push(...view.values(s.value, P.label), ...view.values(s.value, P.name));
      }
      if (kind === 'series') seriesLabels.push(...view.values(id, P.label), ...view.values(id, P.name));
      const numbers = view.values(id, P.editionNumber).map((v) => Number.parseInt(v, 10))
        .filter((n) => Number.isFinite(n));
      out.events.push({
        id,
        kind,
        names: [...view.values(id, P.name), ...view.values(id, P.label)],
        seriesLabels,
        number: numbers.length > 0 ? numbers[0] : null,
        start: [...new Set(view.local(id, P.startDate).map((t) => t.value))],
        end: [...new Set(view.local(id, P.endDate).map((t) => t.value))],
      });
    }
    if (isSession) {
      out.sessions.push({
        id,
        titles: view.values(id, P.name),
        types: [...new Set(view.desc(id, P.sessionType).map((t) => SESSION_TYPES[t.value] || `<${t.value}>`))],
        superEvents: new Set(view.values(id, P.superEvent)),
      });
    }
    if (types.has(C.Practice)) {
      out.practices.push({ id, labels: view.values(id, P.label) });
    }
  }
  // Relation triples: the article's own graph only.
  const isEventLike = (t) => t.has(C.Session) || t.has(C.Event) || t.has(C.ForumEdition) || t.has(C.ForumSeries);
  const isAgent = (t) => t.has(C.Official) || t.has(C.Region);
  const rel = [
    [P.speaker, 'speaker', (x) => isEventLike(view.types(x)), () => true],
    [P.moderator, 'moderator', (x) => isEventLike(view.types(x)), () => true],
    [P.participant, 'participant', () => true, (w) => isAgent(view.types(w))],
    [P.organizer, 'organizer', () => true, () => true],
    [P.presentedBy, 'presented', () => true, (w) => isAgent(view.types(w))],
  ];
  const seen = new Set();
  for (const q of view.own.quads) {
    for (const [pred, type, okWhat, okWho] of rel) {
      if (q.predicate.value !== pred || q.object.termType === 'Literal') continue;
      const what = q.subject.value;
      const who = q.object.value;
      const key = `${type} ${what} ${who}`;
      if (seen.has(key) || !okWhat(what) || !okWho(who)) continue;
      seen.add(key);
      const whoTypes = view.types(who);
      out.relations.push({
        type,
        what,
        who,
        whoIsRegion: whoTypes.has(C.Region),
        whoIso: view.isoCodes(who),
        // (any of its labels: the names, and the short names the article wrote)
        whoLabels: [
          ...view.values(who, P.label),
          ...view.values(who, P.name),
          ...view.values(who, P.altLabel),
        ],
      });
    }
  }
  out.relations.sort((a, b) => {
    const ka = `${a.type} ${a.what} ${a.who}`;
    const kb = `${b.type} ${b.what} ${b.who}`;
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Matching and scoring

/**
 * One-to-one greedy matching. score(g, o) returns a number (a candidate) or null.
 * Returns { g2o: Map<goldIndex, outIndex>, o2g: Map<outIndex, goldIndex> }.
 */
export function greedyMatch(golds, outs, score) {
  const cands = [];
  golds.forEach((g, i) => outs.forEach((o, j) => {
    const s = score(g, o);
    if (s != null) cands.push({ i, j, s });
  }));
  cands.sort((a, b) => b.s - a.s || a.i - b.i || a.j - b.j);
  const g2o = new Map();
  const o2g = new Map();
  for (const { i, j } of cands) {
    if (g2o.has(i) || o2g.has(j)) continue;
    g2o.set(i, j);
    o2g.set(j, i);
  }
  return { g2o, o2g };
}

function newCounts() {
  const c = {};
  for (const f of FIELDS) c[f] = { tp: 0, fp: 0, fn: 0 };
  return c;
}

function clip(s, n = 70) {
  s = String(s);
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

/** Adds tp/fp/fn for a plain matched field and notes the misses and false positives. */
function tally(counts, notes, field, golds, outs, m, describeGold, describeOut) {
  counts[field].tp += m.g2o.size;
  counts[field].fn += golds.length - m.g2o.size;
  counts[field].fp += outs.length - m.o2g.size;
  golds.forEach((g, i) => { if (!m.g2o.has(i)) notes.push(`${field}: missed ${describeGold(g)}`); });
  outs.forEach((o, j) => { if (!m.o2g.has(j)) notes.push(`${field}: false positive ${describeOut(o)}`); });
}

const ISO_RE = /^[A-Z]{2}-[A-Z0-9]{1,3}$/;

/**
 * Scores one document. gold is the parsed gold JSON, view the article's ArticleView or null
 * (no graph: every gold item is a miss). Returns { counts, notes }.
 */
export function scoreDocument(gold, view) {
  const out = outputItems(view);
  const counts = newCounts();
  const notes = [];
  const g = {
    regions: gold.regions || [],
    officials: gold.officials || [],
    events: gold.events || [],
    sessions: gold.sessions || [],
    practices: gold.practices || [],
    relations: gold.relations || [],
  };

  // regions
  const goldRegions = g.regions.map((r) => String(r).toUpperCase());
  const mReg = greedyMatch(goldRegions, out.regions, (iso, o) => (o.iso.includes(iso) ? 1 : null));
  tally(counts, notes, 'regions', goldRegions, out.regions, mReg,
    (iso) => iso, (o) => `<${shortIri(o.id)}> ${o.iso.join('|') || '(no isoCode)'}`);

  // officials
  const mOff = greedyMatch(g.officials, out.officials,
    (p, o) => (p.surname_latin && o.folds.has(foldSurname(p.surname_latin)) ? 1 : null));
  tally(counts, notes, 'officials', g.officials, out.officials, mOff,
    (p) => `${p.id} ${p.name} (${p.surname_latin})`,
    (o) => `<${shortIri(o.id)}> ${o.latin.join('|') || '(no Latin familyName)'}`);
  const offOut = new Map();  // gold official id → output IRI
  for (const [i, j] of mOff.g2o) offOut.set(g.officials[i].id, out.officials[j].id);

  // official_region, over matched official pairs
  for (const [i, j] of mOff.g2o) {
    const p = g.officials[i];
    const o = out.officials[j];
    const want = p.region ? String(p.region).toUpperCase() : null;
    const c = counts.official_region;
    if (want && o.regions.has(want)) c.tp++;
    if (want && !o.regions.has(want)) {
      c.fn++;
      notes.push(`official_region: missed ${p.id} ${p.surname_latin} represents ${want}`);
    }
    for (const r of o.regions) {
      if (r !== want) {
        c.fp++;
        notes.push(`official_region: false positive ${p.id} ${p.surname_latin} represents ${r} (gold ${want ?? 'null'})`);
      }
    }
  }

  // events
  const eventScore = (e, o) => {
    if (e.kind === 'forum_edition') {
      if (o.kind !== 'edition') return null;
      const s = bestOverlap([e.series ?? e.name], o.seriesLabels, stems);
      if (s < STEM_MIN) return null;
      let same;
      if (e.edition != null && o.number != null) same = Number(e.edition) === o.number;
      else if (e.start != null && o.start.length > 0) same = o.start.includes(e.start);
      else same = e.edition == null && o.number == null;
      return same ? s : null;
    }
    if (e.kind === 'forum_series') {
      if (o.kind !== 'series') return null;
      const s = bestOverlap([e.series, e.name], o.seriesLabels, stems);
      return s >= STEM_MIN ? s : null;
    }
    if (o.kind !== 'other') return null;
    const s = bestOverlap([e.name], o.names, stems);
    return s >= STEM_MIN ? s : null;
  };
  const mEv = greedyMatch(g.events, out.events, eventScore);
  tally(counts, notes, 'events', g.events, out.events, mEv,
    (e) => `${e.id} ${e.kind} "${clip(e.name)}"${e.edition != null ? ` #${e.edition}` : ''}${e.start ? ` ${e.start}` : ''}`,
    (o) => `<${shortIri(o.id)}> ${o.kind}${o.number != null ? ` #${o.number}` : ''}`
      + ` "${clip(o.names[0] ?? o.seriesLabels[0] ?? '')}"${o.start.length ? ` ${o.start.join('|')}` : ''}`);
  const evOut = new Map();  // gold event id → output IRI
  for (const [i, j] of mEv.g2o) evOut.set(g.events[i].id, out.events[j].id);

  // event_dates, over matched event pairs
  for (const [i, j] of mEv.g2o) {
    const e = g.events[i];
    const o = out.events[j];
    for (const slot of ['start', 'end']) {
      const want = e[slot] ?? null;
      const got = o[slot];
      const c = counts.event_dates;
      const hit = want != null && got.includes(want);
      if (hit) c.tp++;
      if (want != null && !hit) {
        c.fn++;
        notes.push(`event_dates: missed ${e.id} ${slot} ${want} (output ${got.join('|') || 'none'})`);
      }
      for (const v of got) {
        if (v !== want) {
          c.fp++;
          notes.push(`event_dates: false positive ${e.id} ${slot} ${v} (gold ${want ?? 'null'})`);
        }
      }
    }
  }

  // sessions
  const sessionScore = (s, o) => {
    if (s.title != null && s.title !== '') {
      if (o.titles.length === 0) return null;
      const x = bestOverlap([s.title], o.titles, titleTokens);
      return x >= TITLE_MIN ? x : null;
    }
    if (o.titles.length > 0 || !o.types.includes(s.type)) return null;
    if (s.event == null) return o.superEvents.size === 0 ? 1 : null;
    const ev = evOut.get(s.event);
    return ev !== undefined && o.superEvents.has(ev) ? 1 : null;
  };
  const mSes = greedyMatch(g.sessions, out.sessions, sessionScore);
  tally(counts, notes, 'sessions', g.sessions, out.sessions, mSes,
    (s) => `${s.id} ${s.type} ${s.title != null ? `"${clip(s.title)}"` : `(untitled, event ${s.event ?? 'null'})`}`,
    (o) => `<${shortIri(o.id)}> ${o.types.join('|') || '(no type)'} ${o.titles.length ? `"${clip(o.titles[0])}"` : '(untitled)'}`);
  const sesOut = new Map();
  for (const [i, j] of mSes.g2o) sesOut.set(g.sessions[i].id, out.sessions[j].id);

  // session_type, over matched session pairs (P and R both over the pairs)
  for (const [i, j] of mSes.g2o) {
    const s = g.sessions[i];
    const o = out.sessions[j];
    if (o.types.length === 1 && o.types[0] === s.type) {
      counts.session_type.tp++;
    } else {
      counts.session_type.fp++;
      counts.session_type.fn++;
      notes.push(`session_type: ${s.id} gold ${s.type}, output ${o.types.join('|') || 'none'}`);
    }
  }

  // practices
  const mPr = greedyMatch(g.practices, out.practices, (x, o) => {
    const s = bestOverlap([x.label], o.labels, stems);
    return s >= STEM_MIN ? s : null;
  });
  tally(counts, notes, 'practices', g.practices, out.practices, mPr,
    (x) => `${x.id} "${clip(x.label)}"`,
    (o) => `<${shortIri(o.id)}> "${clip(o.labels[0] ?? '')}"`);
  const prOut = new Map();
  for (const [i, j] of mPr.g2o) prOut.set(g.practices[i].id, out.practices[j].id);

  // relations: gold organiser facts are each event's `organizers` plus explicit organizer
  // relations, counted once per (event, name).
  const goldRel = [];
  const orgSeen = new Set();
  const addOrganizer = (what, who) => {
    const key = `${what}\u0000${String(who).normalize('NFC').trim().toLowerCase()}`;
    if (orgSeen.has(key)) return;
    orgSeen.add(key);
    goldRel.push({ type: 'organizer', who, what });
  };
  for (const e of g.events) for (const name of e.organizers || []) addOrganizer(e.id, name);
  for (const r of g.relations) {
    if (r.type === 'organizer') addOrganizer(r.what, r.who);
    else goldRel.push(r);
  }
  const whatOut = (id) => evOut.get(id) ?? sesOut.get(id) ?? prOut.get(id);
  const relScore = (r, o) => {
    if (r.type !== o.type) return null;
    const what = whatOut(r.what);
    if (what === undefined || what !== o.what) return null;
    if (r.type === 'organizer') {
      const s = bestOverlap([r.who], o.whoLabels, stems);
      return s >= STEM_MIN ? s : null;
    }
    if (ISO_RE.test(String(r.who))) return o.whoIsRegion && o.whoIso.includes(r.who) ? 1 : null;
    const who = offOut.get(r.who);
    return who !== undefined && who === o.who ? 1 : null;
  };
  const mRel = greedyMatch(goldRel, out.relations, relScore);
  tally(counts, notes, 'relations', goldRel, out.relations, mRel,
    (r) => `${r.type} ${r.type === 'organizer' ? `"${clip(r.who, 50)}"` : r.who} → ${r.what}`,
    (o) => `${o.type} <${shortIri(o.who)}> → <${shortIri(o.what)}>`);

  return { counts, notes };
}

export function rates({ tp, fp, fn }) {
  const p = tp + fp > 0 ? tp / (tp + fp) : (fn > 0 ? 0 : 1);
  const r = tp + fn > 0 ? tp / (tp + fn) : (fp > 0 ? 0 : 1);
  const f1 = p + r > 0 ? (2 * p * r) / (p + r) : 0;
  return { tp, fp, fn, p, r, f1 };
}

// ---------------------------------------------------------------------------------------------
// Command line

class UsageError extends Error {}

function parseArgs(argv) {
  const opts = { verbose: false };
  const takes = { '--forumkg': 'forumkg', '--nquads': 'nquads', '--texts': 'texts', '--gold': 'gold',
    '--thresholds': 'thresholds', '--set': 'set', '--json': 'json' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--verbose' || a === '-v') opts.verbose = true;
    else if (a === '--help' || a === '-h') opts.help = true;
    else if (takes[a]) {
      if (i + 1 >= argv.length) throw new UsageError(`${a} needs a value`);
      opts[takes[a]] = argv[++i];
    } else throw new UsageError(`unknown argument: ${a}`);
  }
  if (opts.help) return opts;
  if (!opts.forumkg === !opts.nquads) throw new UsageError('give exactly one of --forumkg BINARY and --nquads FILE');
  if (!opts.texts || !opts.gold) throw new UsageError('--texts DIR and --gold DIR are required');
  if (!opts.thresholds !== !opts.set) throw new UsageError('--thresholds FILE and --set NAME go together');
  return opts;
}

const USAGE = `usage: node tests/eval/evaluate.mjs --forumkg BINARY --texts DIR --gold DIR
       [--thresholds FILE --set NAME] [--json OUT] [--verbose]
  (--nquads FILE instead of --forumkg scores an N-Quads file written earlier)`;

function listTexts(dir) {
  const names = new Set();
  const walk = (d) => {
    for (const ent of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, ent.name);
      if (ent.isDirectory()) walk(p);
      else if (ent.name.endsWith('.txt')) names.add(ent.name.slice(0, -4));
    }
  };
  walk(dir);
  return names;
}

function loadN3() {
  const require = createRequire(new URL('../external/package.json', import.meta.url));
  try {
    return require('n3');
  } catch {
    throw new Error('n3 not found: run `npm ci --prefix tests/external` first');
  }
}

function runBinary(opts) {
  if (opts.nquads) return fs.readFileSync(opts.nquads, 'utf8');
  const res = spawnSync(opts.forumkg, ['extract', '-f', 'nquads', opts.texts],
    { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (res.error) throw new Error(`cannot run ${opts.forumkg}: ${res.error.message}`);
  if (opts.verbose && res.stderr) process.stderr.write(res.stderr);
  if (res.status !== 0) {
    if (!opts.verbose && res.stderr) process.stderr.write(res.stderr);
    throw new Error(`${opts.forumkg} extract exited with ${res.status ?? res.signal}`);
  }
  return res.stdout;
}

function formatTable(rows) {
  const lines = [`${'field'.padEnd(16)}${'tp'.padStart(6)}${'fp'.padStart(6)}${'fn'.padStart(6)}`
    + `${'P'.padStart(8)}${'R'.padStart(8)}${'F1'.padStart(8)}`];
  for (const [name, r] of rows) {
    lines.push(`${name.padEnd(16)}${String(r.tp).padStart(6)}${String(r.fp).padStart(6)}${String(r.fn).padStart(6)}`
      + `${r.p.toFixed(3).padStart(8)}${r.r.toFixed(3).padStart(8)}${r.f1.toFixed(3).padStart(8)}`);
  }
  return lines.join('\n');
}

function main(argv) {
  let opts;
  try {
    opts = parseArgs(argv);
  } catch (err) {
    process.stderr.write(`evaluate: ${err.message}\n${USAGE}\n`);
    return 2;
  }
  if (opts.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const warn = (m) => process.stderr.write(`evaluate: warning: ${m}\n`);

  let thresholds = null;
  let quads;
  const golds = new Map();
  try {
    for (const d of [opts.texts, opts.gold]) {
      if (!fs.statSync(d, { throwIfNoEntry: false })?.isDirectory()) throw new UsageError(`not a directory: ${d}`);
    }
    if (opts.thresholds) {
      const all = JSON.parse(fs.readFileSync(opts.thresholds, 'utf8'));
      thresholds = all[opts.set];
      if (!thresholds) throw new UsageError(`no set "${opts.set}" in ${opts.thresholds}`);
      for (const k of Object.keys(thresholds)) {
        if (!FIELDS.includes(k) && k !== 'overall') throw new UsageError(`unknown field "${k}" in ${opts.thresholds}`);
      }
    }
    const texts = listTexts(opts.texts);
    for (const f of fs.readdirSync(opts.gold).filter((n) => n.endsWith('.json')).sort()) {
      const doc = f.slice(0, -5);
      if (!texts.has(doc)) {
        warn(`gold ${f} has no ${doc}.txt under ${opts.texts}; skipped`);
        continue;
      }
      try {
        golds.set(doc, JSON.parse(fs.readFileSync(path.join(opts.gold, f), 'utf8')));
      } catch (err) {
        throw new Error(`${path.join(opts.gold, f)}: ${err.message}`);
      }
    }
    if (golds.size === 0) throw new UsageError(`no gold file under ${opts.gold} matches a text under ${opts.texts}`);
    const N3 = loadN3();
    quads = parseNQuads(N3, runBinary(opts));
  } catch (err) {
    process.stderr.write(`evaluate: ${err.message}\n`);
    if (err instanceof UsageError) process.stderr.write(`${USAGE}\n`);
    return 2;
  }

  const { views, warnings } = articleViews(quads);
  warnings.forEach(warn);
  for (const doc of [...views.keys()].sort()) {
    if (!golds.has(doc)) warn(`article ${doc}.txt has no gold; skipped`);
  }

  const total = newCounts();
  const perDocument = {};
  for (const [doc, gold] of golds) {
    const view = views.get(doc) ?? null;
    if (!view) warn(`no graph for ${doc}.txt: every gold item counts as missed`);
    const { counts, notes } = scoreDocument(gold, view);
    perDocument[doc] = counts;
    for (const f of FIELDS) for (const k of ['tp', 'fp', 'fn']) total[f][k] += counts[f][k];
    if (opts.verbose && notes.length > 0) {
      process.stderr.write(`== ${doc}\n${notes.map((n) => `  ${n}\n`).join('')}`);
    }
  }

  const fields = {};
  for (const f of FIELDS) fields[f] = rates(total[f]);
  const sum = { tp: 0, fp: 0, fn: 0 };
  for (const f of FIELDS) for (const k of ['tp', 'fp', 'fn']) sum[k] += total[f][k];
  const overall = rates(sum);

  process.stdout.write(`forumkg evaluation: documents ${golds.size}, texts ${opts.texts}, gold ${opts.gold}\n`);
  process.stdout.write(`${formatTable([...Object.entries(fields), ['overall', overall]])}\n`);

  const failed = [];
  if (thresholds) {
    for (const [k, min] of Object.entries(thresholds)) {
      const got = k === 'overall' ? overall.f1 : fields[k].f1;
      if (got < min) failed.push({ field: k, f1: got, min });
    }
    if (failed.length === 0) {
      process.stdout.write(`thresholds "${opts.set}": all ${Object.keys(thresholds).length} fields at or above their minimum F1\n`);
    } else {
      for (const x of failed) {
        process.stdout.write(`below minimum (${opts.set}): ${x.field} F1 ${x.f1.toFixed(3)} < ${x.min.toFixed(3)}\n`);
      }
    }
  }

  if (opts.json) {
    const doc = { documents: golds.size, fields, overall, perDocument };
    if (thresholds) doc.thresholds = { set: opts.set, minimum: thresholds, failed };
    fs.writeFileSync(opts.json, `${JSON.stringify(doc, null, 2)}\n`);
  }
  return failed.length > 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
