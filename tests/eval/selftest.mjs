#!/usr/bin/env node
// Self-test of tests/eval/evaluate.mjs: a hand-written two-article graph (TriG below, written out
// as N-Quads), matching gold files and a fake forumkg (a shell script that cats the N-Quads) in a
// temporary folder; the evaluator's --json numbers must equal the counts worked out by hand in the
// comments. Every matching rule has a near miss next to a hit. Exit 0 when every check passes,
// 1 otherwise. Run from the project root: node tests/eval/selftest.mjs
//
// Dependencies: n3 from tests/external/node_modules (`npm ci --prefix tests/external`), resolved
// with createRequire like evaluate.mjs does.

import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { foldSurname, stems, titleTokens, jaccard } from './evaluate.mjs';

const require = createRequire(new URL('../external/package.json', import.meta.url));
const N3 = require('n3');
const EVALUATE = fileURLToPath(new URL('./evaluate.mjs', import.meta.url));

let passed = 0;
let failed = 0;
function check(name, ok, detail = '') {
  if (ok) {
    passed++;
  } else {
    failed++;
    process.stdout.write(`FAIL ${name}${detail ? `: ${detail}` : ''}\n`);
  }
}
function eq(name, got, want) {
  const g = JSON.stringify(got);
  const w = JSON.stringify(want);
  check(name, g === w, `got ${g}, want ${w}`);
}

// -------------------------------------------------------------------------------------------
// Text helpers

eq('fold Kahramanyan', foldSurname('Kahramanyan'), foldSurname('Kagramanyan'));
eq('fold Dmitriy/Dmitry/Dmitrii', [foldSurname('Dmitriy'), foldSurname('Dmitrii')], [foldSurname('Dmitry'), foldSurname('Dmitry')]);
eq('fold Matviyenko', foldSurname('Matviyenko'), foldSurname('Matvienko'));
eq('fold Vorobyev/Vorobyov/Vorobev', [foldSurname('Vorobyev'), foldSurname('Vorobyov')], ['vorobev', 'vorobev']);
eq('fold prime and diacritics', [foldSurname('Kolʹtsov'), foldSurname("Malkhas'yan"), foldSurname('Avdéyev')],
  ['koltsov', 'malkgasyan', 'avdeev']);
check('fold keeps Sudavtsov apart from Sudavtsev', foldSurname('Sudavtsov') !== foldSurname('Sudavtsev'));
eq('stems', [...stems('Форум социальных инноваций на 2025 год')], ['форум', 'социа', 'иннов', '2025', 'год']);
eq('title tokens', [...titleTokens('«Демография 2.0. Перезагрузка»')], ['демография', '2', '0', 'перезагрузка']);
eq('jaccard', jaccard(new Set(['a', 'b']), new Set(['b', 'c'])), 1 / 3);

// -------------------------------------------------------------------------------------------
// The fixture. Counts per field are worked out in the comments; a "near miss" must not match.

const TRIG = String.raw`
@base <https://w3id.org/forumkg/id/> .
@prefix fkg: <https://w3id.org/forumkg/ontology#> .
@prefix schema: <https://schema.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

<article/aaaa> {
  <article/aaaa> a fkg:Article ; dcterms:source "a1.txt" ; dcterms:language "ru" .

  # regions: YAR, KHM hit; KEM false positive; MOW exists but is not mentioned (miss)
  <region/ru-yar> a fkg:Region ; fkg:isoCode "RU-YAR" ; fkg:mentionedIn <article/aaaa> .
  <region/ru-khm> a fkg:Region ; fkg:isoCode "RU-KHM" ; fkg:mentionedIn <article/aaaa> .
  <region/ru-kem> a fkg:Region ; fkg:isoCode "RU-KEM" ; fkg:mentionedIn <article/aaaa> .
  <region/ru-mow> a fkg:Region ; fkg:isoCode "RU-MOW" .
  <region/ru-ta> a fkg:Region ; fkg:isoCode "RU-TA" .

  # officials: g/h, end -y, iy, yo/ye folds hit; Sudavtsov and a Cyrillic-only name miss
  <person/kagramanyan-igor> a fkg:Official ; fkg:mentionedIn <article/aaaa> ;
    schema:familyName "Каграманян"@ru, "Kahramanyan"@ru-Latn ; fkg:represents <region/ru-yar> .
  <person/mironov-dmitry> a fkg:Official ; fkg:mentionedIn <article/aaaa> ;
    schema:familyName "Mironov"@en ; fkg:represents <region/ru-yar>, <region/ru-khm> .
  <person/sudavtsov-dmitry> a fkg:Official ; fkg:mentionedIn <article/aaaa> ; schema:familyName "Sudavtsov"@en .
  <person/matvienko-valentina> a fkg:Official ; fkg:mentionedIn <article/aaaa> ; schema:familyName "Matvienko"@ru-Latn .
  <person/vorobyov-andrey> a fkg:Official ; fkg:mentionedIn <article/aaaa> ; schema:familyName "Vorobyov"@ru-Latn .
  <person/ponomareva-tereza> a fkg:Official ; fkg:mentionedIn <article/aaaa> ; schema:familyName "Пономарева"@ru ;
    fkg:represents <region/ru-khm> .
  <person/zhukovsky-ivan> a fkg:Official ; fkg:mentionedIn <article/aaaa> ; schema:familyName "Zhukovsky"@en ;
    fkg:represents <region/ru-ta> .

  # events
  <series/fsir> a fkg:ForumSeries ; fkg:mentionedIn <article/aaaa> ;
    rdfs:label "Форум социальных инноваций регионов"@ru, "Forum of Social Innovations of the Regions"@en ;
    schema:startDate "2015"^^xsd:gYear .
  <edition/fsir-5> a fkg:ForumEdition, fkg:Event ; fkg:mentionedIn <article/aaaa> ; fkg:series <series/fsir> ;
    fkg:editionNumber 5 ; schema:startDate "--09-05"^^xsd:gMonthDay ; schema:endDate "--09-09"^^xsd:gMonthDay ;
    schema:organizer <org/sovfed>, <org/mosduma> ;
    fkg:participant <person/vorobyov-andrey>, <region/ru-khm>, <person/zhukovsky-ivan> .
  <edition/fsir-3> a fkg:ForumEdition, fkg:Event ; fkg:mentionedIn <article/aaaa> ; fkg:series <series/fsir> ;
    fkg:editionNumber 3 ; schema:organizer <org/sovfed> .
  <event/budushchee> a fkg:Event ; fkg:mentionedIn <article/aaaa> ; schema:name "Всероссийский форум «Будущее»"@ru ;
    schema:startDate "2018-03-01"^^xsd:date ; schema:organizer <org/asi> .
  <event/tsifrovizatsiya> a fkg:Event ; fkg:mentionedIn <article/aaaa> ;
    schema:name "стратегическая сессия по цифровизации"@ru .

  # sessions
  <session/fsir-5/pyat-shagov> a fkg:Session ; fkg:mentionedIn <article/aaaa> ;
    schema:name "«Пять шагов к привычной жизни» — поддержка участников СВО"@ru ;
    fkg:sessionType fkg:Discussion ; schema:superEvent <edition/fsir-5> ;
    fkg:moderator <person/kagramanyan-igor> ; fkg:speaker <person/matvienko-valentina> .
  <session/fsir-5/tsifrovaya> a fkg:Session ; fkg:mentionedIn <article/aaaa> ;
    schema:name "Цифровая трансформация социальной сферы: сервисы, каналы, медиа, люди"@ru ;
    fkg:sessionType fkg:StrategicSession ; schema:superEvent <edition/fsir-5> .
  <session/fsir-5/plenary> a fkg:Session ; fkg:mentionedIn <article/aaaa> ;
    fkg:sessionType fkg:Plenary ; schema:superEvent <edition/fsir-5> .
  <session/fsir-3/round-table> a fkg:Session ; fkg:mentionedIn <article/aaaa> ;
    fkg:sessionType fkg:RoundTable ; schema:superEvent <edition/fsir-3> .
  <session/panel> a fkg:Session ; fkg:mentionedIn <article/aaaa> ; fkg:sessionType fkg:Panel .
  <session/regionalnyy-aspekt> a fkg:Session ; fkg:mentionedIn <article/aaaa> ;
    schema:name "Региональный аспект реализации социальной политики"@ru ; fkg:sessionType fkg:Discussion .
  <session/fsir-5/expert-session> a fkg:Session ; fkg:mentionedIn <article/aaaa> ;
    fkg:sessionType fkg:ExpertSession ; schema:superEvent <edition/fsir-5> .

  # practices
  <practice/pasport> a fkg:Practice ; fkg:mentionedIn <article/aaaa> ;
    rdfs:label "Социальный паспорт мобилизованных граждан"@ru ;
    fkg:presentedBy <person/kagramanyan-igor>, <org/sovfed> ; fkg:speaker <person/kagramanyan-igor> .
  <practice/krug> a fkg:Practice ; fkg:mentionedIn <article/aaaa> ; rdfs:label "метод круга доверия"@ru .
  <practice/palliativ> a fkg:Practice ; fkg:mentionedIn <article/aaaa> ;
    rdfs:label "организация паллиативной медицинской помощи на дому"@ru ; fkg:presentedBy <region/ru-kem> .
  <practice/model> a fkg:Practice ; fkg:mentionedIn <article/aaaa> ;
    rdfs:label "модель межведомственного сопровождения ветеранов и участников"@ru ; fkg:presentedBy <region/ru-khm> .

  <org/sovfed> a org:Organization ; rdfs:label "Совет Федерации Федерального Собрания РФ"@ru, "Federation Council"@en .
  <org/mosduma> a org:Organization ; rdfs:label "Московская городская дума"@ru .
  <org/asi> a org:Organization ; rdfs:label "Агентство стратегических инициатив"@ru, "Agency for Strategic Initiatives"@en .
}

<article/bbbb> {
  <article/bbbb> a fkg:Article ; dcterms:source "b2.txt" ; dcterms:language "fr" .

  # regions: STA hit; YAR hit through the other graph's isoCode; a region without isoCode misses SPE
  <region/ru-sta> a fkg:Region ; fkg:isoCode "RU-STA" ; fkg:mentionedIn <article/bbbb> .
  <region/ru-yar> fkg:mentionedIn <article/bbbb> .
  <region/ru-spe> a fkg:Region ; owl:sameAs <http://www.wikidata.org/entity/Q656> ; fkg:mentionedIn <article/bbbb> .

  # officials: Kagramanyan described in the other graph (hit, but represents nothing here);
  # Sobianin vs Sobyanin (ia/ya is not folded: miss)
  <person/kagramanyan-igor> fkg:mentionedIn <article/bbbb> .
  <person/sobianin-serguei> a fkg:Official ; fkg:mentionedIn <article/bbbb> ; schema:familyName "Sobianin"@fr ;
    fkg:represents <region/ru-mow> .

  # events: edition with no gold number matched by start date; edition 3 vs number-less output misses
  <edition/fsir-4> a fkg:ForumEdition, fkg:Event ; fkg:mentionedIn <article/bbbb> ; fkg:series <series/fsir> ;
    fkg:editionNumber 4 ; schema:startDate "2019-06-19"^^xsd:date ; schema:endDate "2019-06-21"^^xsd:date ;
    schema:organizer <org/sovfed> .
  <edition/fsir-x> a fkg:ForumEdition, fkg:Event ; fkg:mentionedIn <article/bbbb> ; fkg:series <series/fsir> ;
    schema:startDate "2018"^^xsd:gYear .
  <org/sovfed> rdfs:label "Conseil de la Fédération"@fr .

  <session/fsir-4/nouvelles-approches> a fkg:Session ; fkg:mentionedIn <article/bbbb> ;
    schema:name "Nouvelles approches et possibilités d'interaction interdépartementale"@fr ;
    fkg:sessionType fkg:ExpertSession, fkg:Panel ; schema:superEvent <edition/fsir-4> ;
    fkg:speaker <person/kagramanyan-igor> .
  # a relation about the first article's plenary, stated in this graph: counts here (as a false
  # positive), not in the first article
  <session/fsir-5/plenary> fkg:speaker <person/mironov-dmitry> .

  <practice/projets> a fkg:Practice ; fkg:mentionedIn <article/bbbb> ; rdfs:label "projets sociaux"@fr .
}

<article/zzzz> {
  <article/zzzz> a fkg:Article ; dcterms:source "z9.txt" .
  <region/ru-ta> fkg:mentionedIn <article/zzzz> .
}
`;

const GOLD = {
  a1: {
    doc: 'a1',
    lang: 'ru',
    events: [
      { id: 'e1', kind: 'forum_edition', name: 'V Форум социальных инноваций регионов',
        series: 'Форум социальных инноваций регионов', edition: 5, start: '--09-05', end: '--09-08',
        city: 'Москва', organizers: ['Совет Федерации', 'Правительство Москвы'] },
      { id: 'e2', kind: 'forum_edition', name: 'второй Форум', series: 'Форум социальных инноваций регионов',
        edition: 2, start: null, end: null, city: null, organizers: [] },
      { id: 'e3', kind: 'forum_series', name: 'Форум социальных инноваций регионов',
        series: 'Форум социальных инноваций регионов', edition: null, start: '2015', end: null, city: null, organizers: [] },
      { id: 'e4', kind: 'other_event', name: 'Всероссийский форум «Будущее»', series: null, edition: null,
        start: '2018-03-01', end: '2018-03-02', city: 'Москва', organizers: ['Агентство стратегических инициатив'] },
      { id: 'e5', kind: 'other_event', name: 'стратегическая сессия «Образ будущего социальных услуг 2025»',
        series: null, edition: null, start: null, end: null, city: null, organizers: [] },
    ],
    sessions: [
      { id: 's1', title: 'Пять шагов к привычной жизни: поддержка участников специальной военной операции',
        type: 'discussion', event: 'e1', date: null },
      { id: 's2', title: 'Цифровая трансформация социальной сферы: сервисы и коммуникации',
        type: 'strategic_session', event: 'e1', date: null },
      { id: 's3', title: null, type: 'plenary', event: 'e1', date: null },
      { id: 's4', title: null, type: 'round_table', event: 'e1', date: null },
      { id: 's5', title: null, type: 'panel', event: null, date: null },
      { id: 's6', title: 'Региональный аспект реализации социальной политики', type: 'round_table', event: null, date: null },
      { id: 's7', title: null, type: 'expert_session', event: null, date: null },
    ],
    officials: [
      { id: 'p1', name: 'Игорь Каграманян', surname_latin: 'Kagramanyan', region: 'RU-YAR' },
      { id: 'p2', name: 'Дмитрий Миронов', surname_latin: 'Mironov', region: 'RU-YAR' },
      { id: 'p3', name: 'Дмитрий Судавцев', surname_latin: 'Sudavtsev', region: null },
      { id: 'p4', name: 'Валентина Матвиенко', surname_latin: 'Matviyenko', region: null },
      { id: 'p5', name: 'Андрей Воробьев', surname_latin: 'Vorobyev', region: 'RU-MOS' },
      { id: 'p6', name: 'Тереза Пономарева', surname_latin: 'Ponomareva', region: 'RU-KHM' },
      { id: 'p7', name: 'Иван Жуковский', surname_latin: 'Zhukovskiy', region: 'RU-TA' },
    ],
    regions: ['RU-YAR', 'RU-KHM', 'RU-MOW'],
    practices: [
      { id: 'x1', label: 'социальный паспорт мобилизованного', region: null, by: 'p1' },
      { id: 'x2', label: 'техника «Круг поддержки»', region: null, by: null },
      { id: 'x3', label: 'организация паллиативной помощи', region: 'RU-KEM', by: null },
      { id: 'x4', label: 'модель межведомственного сопровождения семей', region: 'RU-YAR', by: null },
    ],
    relations: [
      { type: 'moderator', who: 'p1', what: 's1' },
      { type: 'speaker', who: 'p4', what: 's1' },
      { type: 'speaker', who: 'p2', what: 's3' },
      { type: 'participant', who: 'p5', what: 'e1' },
      { type: 'participant', who: 'RU-KHM', what: 'e1' },
      { type: 'participant', who: 'p7', what: 'e3' },
      { type: 'organizer', who: 'Совет Федерации', what: 'e1' },
      { type: 'presented', who: 'p1', what: 'x1' },
      { type: 'presented', who: 'RU-KEM', what: 'x3' },
      { type: 'presented', who: 'RU-YAR', what: 'x4' },
    ],
  },
  b2: {
    doc: 'b2',
    lang: 'fr',
    events: [
      { id: 'e1', kind: 'forum_edition', name: 'Forum des innovations sociales régionales',
        series: 'Форум социальных инноваций регионов', edition: null, start: '2019-06-19', end: '2019-06-21',
        city: null, organizers: ['Conseil de la Fédération'] },
      { id: 'e2', kind: 'forum_edition', name: '3ème Forum', series: 'Форум социальных инноваций регионов',
        edition: 3, start: null, end: null, city: null, organizers: [] },
    ],
    sessions: [
      { id: 's1', title: 'Nouvelles approches et possibilités d’interaction interdépartementale',
        type: 'expert_session', event: 'e1', date: null },
    ],
    officials: [
      { id: 'p1', name: 'Igor Kagramanyan', surname_latin: 'Kagramanyan', region: 'RU-YAR' },
      { id: 'p2', name: 'Sergueï Sobianine', surname_latin: 'Sobyanin', region: 'RU-MOW' },
    ],
    regions: ['RU-STA', 'RU-SPE', 'RU-YAR'],
    practices: [],
    relations: [{ type: 'speaker', who: 'p1', what: 's1' }],
  },
  // text and gold but no graph: every gold item is a miss
  c3: {
    doc: 'c3',
    lang: 'ru',
    events: [{ id: 'e1', kind: 'other_event', name: 'Круглый стол', series: null, edition: null,
      start: null, end: null, city: null, organizers: [] }],
    sessions: [{ id: 's1', title: null, type: 'round_table', event: null, date: null }],
    officials: [{ id: 'p1', name: 'Василий Логинов', surname_latin: 'Loginov', region: 'RU-TA' }],
    regions: ['RU-TA'],
    practices: [{ id: 'x1', label: 'политика адресной социальной защиты', region: 'RU-TA', by: 'p1' }],
    relations: [{ type: 'moderator', who: 'p1', what: 's1' }],
  },
};

// Hand counts (a1 + b2 + c3):
// regions         a1 2/1/1 (KEM fp, MOW not mentioned)  b2 2/1/1 (SPE has no isoCode)  c3 0/0/1
// officials       a1 5/2/2 (Sudavtsov, Пономарева)       b2 1/1/1 (Sobianin)            c3 0/0/1
// official_region a1 3/1/1 (Mironov +KHM, Vorobyov none) b2 0/0/1 (no represents here)
// events          a1 3/2/2 (fsir-3 vs #2, e5 overlap .25) b2 1/1/1 (#3 vs number-less)  c3 0/0/1
// event_dates     a1 3/1/2 (end --09-09, e4 no end)       b2 2/0/0
// sessions        a1 4/3/3 (title .5, round table of fsir-3, expert with event)
//                 b2 1/0/0                                                             c3 0/0/1
// session_type    a1 3/1/1 (s6 discussion)               b2 0/1/1 (two types)
// practices       a1 3/1/1 (круг/круга stems differ; .5 boundary matches)
//                 b2 0/1/0                                                             c3 0/0/1
// relations       a1 8/4/4 (12 gold incl. 3 organisers; pasport→org and practice speaker ignored)
//                 b2 2/1/0 (plenary speaker stated here)                               c3 0/0/1
const EXPECTED = {
  regions: [4, 2, 3],
  officials: [6, 3, 4],
  official_region: [3, 1, 2],
  events: [4, 3, 4],
  event_dates: [5, 1, 2],
  sessions: [5, 3, 4],
  session_type: [3, 2, 2],
  practices: [3, 2, 2],
  relations: [10, 5, 5],
};

// -------------------------------------------------------------------------------------------
// Run

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'forumkg-eval-'));
try {
  const texts = path.join(tmp, 'texts');
  const gold = path.join(tmp, 'gold');
  fs.mkdirSync(path.join(texts, 'sub'), { recursive: true });
  fs.mkdirSync(gold);
  for (const d of ['a1', 'c3', 'z9']) fs.writeFileSync(path.join(texts, `${d}.txt`), 'text\n');
  fs.writeFileSync(path.join(texts, 'sub', 'b2.txt'), 'text\n');
  for (const [d, g] of Object.entries(GOLD)) fs.writeFileSync(path.join(gold, `${d}.json`), JSON.stringify(g));

  const quads = new N3.Parser({ format: 'TriG' }).parse(TRIG);
  const nq = new N3.Writer({ format: 'N-Quads' }).quadsToString(quads);
  const nqFile = path.join(tmp, 'fixture.nq');
  fs.writeFileSync(nqFile, nq);
  const fake = path.join(tmp, 'forumkg');
  fs.writeFileSync(fake, `#!/bin/sh
# fake forumkg: checks the command line the evaluator uses, then prints the fixture
[ "$1" = extract ] && [ "$2" = -f ] && [ "$3" = nquads ] && [ -d "$4" ] && [ $# -eq 4 ] || { echo "fake forumkg: bad arguments: $*" >&2; exit 64; }
cat '${nqFile}'
`, { mode: 0o755 });
  const failing = path.join(tmp, 'forumkg-fails');
  fs.writeFileSync(failing, '#!/bin/sh\necho "forumkg: something broke" >&2\nexit 3\n', { mode: 0o755 });
  const broken = path.join(tmp, 'forumkg-broken');
  fs.writeFileSync(broken, '#!/bin/sh\necho "<a> <b> <c> <g> ."\n', { mode: 0o755 });

  const thresholds = path.join(tmp, 'thresholds.json');
  fs.writeFileSync(thresholds, JSON.stringify({
    low: { regions: 0.5, overall: 0.5 },
    high: { regions: 0.5, relations: 0.9, sessions: 0.99 },
    typo: { region: 0.5 },
  }));

  const run = (...args) => spawnSync(process.execPath, [EVALUATE, ...args], { encoding: 'utf8' });
  const base = ['--texts', texts, '--gold', gold];
  const jsonOut = path.join(tmp, 'out.json');

  const r = run('--forumkg', fake, ...base, '--json', jsonOut, '--verbose');
  eq('exit status', r.status, 0);
  if (r.status !== 0) process.stdout.write(r.stdout + r.stderr);
  const res = r.status === 0 ? JSON.parse(fs.readFileSync(jsonOut, 'utf8')) : { fields: {} };
  eq('documents', res.documents, 3);
  let sum = [0, 0, 0];
  for (const [field, want] of Object.entries(EXPECTED)) {
    const f = res.fields[field] || {};
    eq(`${field} tp/fp/fn`, [f.tp, f.fp, f.fn], want);
    sum = sum.map((v, i) => v + want[i]);
  }
  eq('overall tp/fp/fn', [res.overall?.tp, res.overall?.fp, res.overall?.fn], sum);
  const reg = res.fields.regions || {};
  eq('regions P/R/F1', [reg.p, reg.r, reg.f1].map((x) => x?.toFixed(3)), ['0.667', '0.571', '0.615']);
  eq('per-document a1 relations', res.perDocument?.a1?.relations, { tp: 8, fp: 4, fn: 4 });
  check('table printed', /^relations\s+10\s+5\s+5\s+0\.667\s+0\.667\s+0\.667$/m.test(r.stdout), r.stdout);
  check('warns: graph without gold', /z9\.txt has no gold/.test(r.stderr), r.stderr);
  check('warns: gold without graph', /no graph for c3\.txt/.test(r.stderr), r.stderr);
  check('verbose names a miss', /officials: missed p6 Тереза Пономарева/.test(r.stderr), r.stderr);
  check('verbose names a false positive', /regions: false positive <region\/ru-spe>/.test(r.stderr), r.stderr);

  // Same numbers from a saved N-Quads file.
  const r2 = run('--nquads', nqFile, ...base, '--json', jsonOut);
  const res2 = r2.status === 0 ? JSON.parse(fs.readFileSync(jsonOut, 'utf8')) : {};
  eq('--nquads gives the same numbers', res2.fields, res.fields);

  const low = run('--forumkg', fake, ...base, '--thresholds', thresholds, '--set', 'low');
  eq('thresholds met: exit 0', low.status, 0);
  const high = run('--forumkg', fake, ...base, '--thresholds', thresholds, '--set', 'high');
  eq('thresholds missed: exit 1', high.status, 1);
  check('thresholds missed: names the fields',
    /below minimum \(high\): relations F1 0\.667 < 0\.900/.test(high.stdout) && /sessions F1/.test(high.stdout)
    && !/below minimum \(high\): regions/.test(high.stdout), high.stdout);
  eq('unknown threshold field: exit 2', run('--forumkg', fake, ...base, '--thresholds', thresholds, '--set', 'typo').status, 2);
  eq('unknown set: exit 2', run('--forumkg', fake, ...base, '--thresholds', thresholds, '--set', 'nope').status, 2);
  eq('--set without --thresholds: exit 2', run('--forumkg', fake, ...base, '--set', 'low').status, 2);
  eq('missing --gold: exit 2', run('--forumkg', fake, '--texts', texts).status, 2);
  const fails = run('--forumkg', failing, ...base);
  eq('binary fails: exit 2', fails.status, 2);
  check('binary fails: its stderr is shown', /something broke/.test(fails.stderr), fails.stderr);
  eq('binary missing: exit 2', run('--forumkg', path.join(tmp, 'nope'), ...base).status, 2);
  const bad = run('--forumkg', broken, ...base);
  eq('unparsable N-Quads: exit 2', bad.status, 2);
  check('unparsable N-Quads: names the line', /line 1/.test(bad.stderr), bad.stderr);
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}

process.stdout.write(`evaluate selftest: ${passed} passed, ${failed} failed\n`);
process.exitCode = failed > 0 ? 1 : 0;
