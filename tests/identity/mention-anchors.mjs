#!/usr/bin/env node
// Identity test: every fkg:Mention points at the text it quotes, and every entity is anchored.
// For each mention of the graph, the source text (dcterms:source of its fkg:inArticle, found by
// name under --texts) is decoded in the charset of the article's dcterms:format, stripped of a
// BOM, with LF line ends and other control characters as U+FFFD, NFC-normalised
// (String.prototype.normalize('NFC')), as forumkg normalises it; the code points
// [nif:beginIndex, nif:endIndex) must equal nif:anchorOf. The article's fkg:sha256 must be the
// SHA-256 of the file's bytes, and the mentioned entity must be fkg:mentionedIn that article.
// Every entity (a subject with an rdf:type other than fkg:Mention / fkg:Article, and the types
// an article carries, schema:NewsArticle and prov:Entity) must have at least one mention and
// one fkg:mentionedIn.
//
// Usage: node tests/identity/mention-anchors.mjs --data FILE.ttl --texts DIR
// Exit 0 when all hold, 1 otherwise (the failing mentions and entities are listed), 2 on a
// usage error or an unreadable graph.

import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { NS, options, parse, RDF_TYPE, Report, sample, termString, textFiles } from './lib.mjs';

const USAGE = 'usage: node tests/identity/mention-anchors.mjs --data FILE.ttl --texts DIR';
const opt = options(process.argv.slice(2), USAGE);
if (!opt.data || !opt.texts) {
  process.stderr.write(`${USAGE}\n`);
  process.exit(2);
}

let quads;
try {
  quads = parse(fs.readFileSync(opt.data, 'utf8'), 'Turtle', `file://${path.resolve(opt.data)}`);
} catch (err) {
  process.stderr.write(`${opt.data}: error: ${err.message}\n`);
  process.exit(2);
}

// Index: subject → predicate → [objects].
const bySubject = new Map();
for (const q of quads) {
  const s = termString(q.subject);
  if (!bySubject.has(s)) bySubject.set(s, new Map());
  const props = bySubject.get(s);
  if (!props.has(q.predicate.value)) props.set(q.predicate.value, []);
  props.get(q.predicate.value).push(q.object);
}
const values = (s, p) => bySubject.get(s)?.get(p) ?? [];
const one = (s, p) => values(s, p)[0];

const report = new Report(`mention-anchors ${opt.data}`);
const sources = new Map(textFiles(opt.texts).map((f) => [path.basename(f), f]));

const MENTION = `${NS.fkg}Mention`;
const ARTICLE = `${NS.fkg}Article`;
const ARTICLE_TYPES = new Set([ARTICLE, 'https://schema.org/NewsArticle', 'http://www.w3.org/ns/prov#Entity']);

// Articles: their decoded NFC text as an array of code points.
const articleText = new Map();
const articleProblems = [];
function textOf(article) {
  if (articleText.has(article)) return articleText.get(article);
  let result = null;
  const source = one(article, `${NS.dcterms}source`)?.value;
  const file = source && sources.get(source);
  if (!file) {
    articleProblems.push(`${article}: dcterms:source ${JSON.stringify(source)} not found under ${opt.texts}`);
  } else {
    const bytes = fs.readFileSync(file);
    const sha = crypto.createHash('sha256').update(bytes).digest('hex');
    const stated = one(article, `${NS.fkg}sha256`)?.value;
    if (stated !== sha) articleProblems.push(`${article}: fkg:sha256 ${stated} but ${file} hashes to ${sha}`);
    if (!article.includes(sha.slice(0, 16))) articleProblems.push(`${article}: IRI does not hold the first 16 hex digits ${sha.slice(0, 16)}`);
    const format = one(article, `${NS.dcterms}format`)?.value ?? '';
    const charset = /charset=([^;\s]+)/i.exec(format)?.[1] ?? 'UTF-8';
    let text;
    try {
      text = new TextDecoder(charset.toLowerCase(), { fatal: true }).decode(bytes);
    } catch (err) {
      articleProblems.push(`${article}: ${file} does not decode as ${charset}: ${err.message}`);
    }
    // forumkg's normalised text: no BOM, LF line ends, other control characters as U+FFFD, NFC.
    if (text !== undefined)
      result = Array.from(
        text
          .replace(/^\uFEFF/, '')
          .replace(/\r\n?/g, '\n')
          .replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, '\uFFFD')
          .normalize('NFC'),
      );
  }
  articleText.set(article, result);
  return result;
}

// Mentions.
const types = (s) => values(s, RDF_TYPE).map((t) => t.value);
const mentions = [...bySubject.keys()].filter((s) => types(s).includes(MENTION));
const badMentions = [];
const mentionsOf = new Map(); // entity → count
for (const m of mentions) {
  const article = one(m, `${NS.fkg}inArticle`);
  const entity = one(m, `${NS.fkg}refersTo`);
  const b = Number(one(m, `${NS.nif}beginIndex`)?.value);
  const e = Number(one(m, `${NS.nif}endIndex`)?.value);
  const anchor = one(m, `${NS.nif}anchorOf`)?.value;
  if (!article || !entity || !Number.isInteger(b) || !Number.isInteger(e) || anchor === undefined) {
    badMentions.push(`${m}: incomplete (inArticle, refersTo, beginIndex, endIndex, anchorOf)`);
    continue;
  }
  const ent = termString(entity);
  mentionsOf.set(ent, (mentionsOf.get(ent) ?? 0) + 1);
  if (!values(ent, `${NS.fkg}mentionedIn`).some((a) => a.value === article.value)) {
    badMentions.push(`${m}: refers to ${ent}, which is not fkg:mentionedIn ${termString(article)}`);
  }
  const cps = textOf(termString(article));
  if (!cps) continue;
  if (!(b >= 0 && b < e && e <= cps.length)) {
    badMentions.push(`${m}: [${b}, ${e}) outside the text (${cps.length} code points)`);
    continue;
  }
  const got = cps.slice(b, e).join('');
  if (got !== anchor) {
    badMentions.push(`${m}: text[${b}, ${e}) is ${JSON.stringify(got)}, anchorOf is ${JSON.stringify(anchor)}`);
  }
}
report.check(mentions.length > 0, `the graph has mentions (${mentions.length})`);
report.check(articleProblems.length === 0, `articles: sources found, sha256 and IRI match the bytes (${articleText.size} articles)`,
  sample(articleProblems));
report.check(badMentions.length === 0,
  `every mention's code points [begin, end) of the NFC source equal nif:anchorOf, and its entity is mentionedIn its article (${mentions.length} mentions)`,
  sample(badMentions, 40));

// Entities.
const entities = [...bySubject.keys()].filter((s) => {
  const ts = types(s);
  return ts.length > 0 && !ts.includes(MENTION) && !ts.some((t) => ARTICLE_TYPES.has(t));
});
const noMention = entities.filter((s) => !mentionsOf.has(s));
const noMentionedIn = entities.filter((s) => values(s, `${NS.fkg}mentionedIn`).length === 0);
const describe = (s) => `${s} (${types(s).map((t) => t.replace(/^.*[#/]/, '')).join(', ')})`;
report.check(noMention.length === 0, `every entity has at least one fkg:Mention (${entities.length} entities)`,
  sample(noMention.map(describe), 40));
report.check(noMentionedIn.length === 0, `every entity has at least one fkg:mentionedIn (${entities.length} entities)`,
  sample(noMentionedIn.map(describe), 40));

process.exit(report.done());
