/* forumkg: extract stage, the lexicon layers and the token helpers every rule uses. A layer
 * records, for each token and each lexicon kind, the longest phrase of that kind starting
 * there; rules then read layers instead of matching again. */
#include "extract_int.h"
#include "forumkg/text.h"

#include <string.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

/* Function words that may sit inside a name or post phrase (of, the, de, la, по …): a short
 * closed class, kept with the cue words in cues.tsv under the role list-intro? No: their
 * own test is the token's length and case, which is enough for the three languages. */
int
fkg_tok_function_word(const FkgWork *w, int32_t i)
{
  static const char *const words[] = {"de",  "du",  "des", "d'",  "la",  "le", "les", "l'",  "of",
                                      "the", "for", "on",  "au",  "aux", "à",  "et",  "and", "по",
                                      "при", "и",   "в",   "для", "с",   "en", "in",  NULL};
  return fkg_tok_is_any(w, i, words);
}

int
fkg_tok_venue(const FkgWork *w, int32_t i)
{
  static const char *const words[] = {"на", "в",   "во", "at",   "in",      "during",
                                      "au", "aux", "à",  "lors", "pendant", NULL};
  return fkg_tok_is_any(w, i, words);
}

int
fkg_tok_locative(const FkgWork *w, int32_t i)
{
  static const char *const words[] = {"в", "во", "на", "in", "dans", "en", "au", "à", NULL};
  return fkg_tok_is_any(w, i, words);
}

static int opens_quote(const FkgWork *w, int32_t i);

/* Whether match `k` of `m` is another language's word that only looks like one of the
 * document's own: Latin keys drop accents and a final e, so French «ministère» (a body) and
 * English "Minister" (a post) share a key. When the document's language reads the same words
 * as a thing of another kind, the foreign reading goes. Foreign matches that agree with the
 * document's reading, or stand alone (présidente as a post), are kept. */
static int
false_friend(const FkgWork *w, const FkgLexMatch *m, int nm, int k)
{
  const FkgLexEntry *e = m[k].entry;
  if (e->lang < 0 || e->lang == (int)w->doc->lang || e->kind == FKG_LX_CUE) return 0;
  for (int j = 0; j < nm; j++) {
    const FkgLexEntry *o = m[j].entry;
    if (o->lang == (int)w->doc->lang && o->kind != e->kind && o->kind != FKG_LX_CUE &&
        m[j].last == m[k].last)
      return 1;
  }
  return 0;
}

/* A straight single quote, U+0027, as a token of its own (an apostrophe inside a word is not
 * one: ICU keeps "Envoy's" and "l'Université" whole). */
static int
is_single_straight(const FkgToken *t)
{
  return t->lower[0] == '\'' && !t->lower[1];
}

int
fkg_quotes_open(const FkgWork *w, int32_t first, int32_t last)
{
  int depth = 0, straight = 0, single = 0;
  for (int32_t k = first; k < last; k++) {
    const FkgToken *t = tok(w, k);
    if (t->lower[0] == '"' && !t->lower[1])
      straight = !straight;
    else if (is_single_straight(t))
      /* An apostrophe after a plural (the Regions' forum) closes nothing that is not open. */
      single = single ? 0 : opens_quote(w, k);
    else if (t->flags & FKG_TOK_QOPEN)
      depth++;
    else if ((t->flags & FKG_TOK_QCLOSE) && depth > 0)
      depth--;
  }
  return depth + straight + single;
}

int32_t
fkg_sent_first(const FkgWork *w, int32_t i)
{
  return w->doc->sents[tok(w, i)->sent].first;
}

int32_t
fkg_sent_last(const FkgWork *w, int32_t i)
{
  return w->doc->sents[tok(w, i)->sent].last;
}

/* A straight quote, double or single: which way it goes is read from the space around it. */
static int
is_straight_quote(const FkgToken *t)
{
  /* asked of every token: no strcmp */
  return (t->lower[0] == '"' || t->lower[0] == '\'') && !t->lower[1];
}

static int
opens_quote(const FkgWork *w, int32_t i)
{
  const FkgToken *t = tok(w, i);
  if (t->flags & FKG_TOK_QOPEN) return 1;
  if (!is_straight_quote(t)) return 0;
  /* A straight quote opens when text follows it directly and space or punctuation
   * precedes it. */
  int before = i == 0 || (t->flags & FKG_TOK_SPACE) || (tok(w, i - 1)->flags & FKG_TOK_PUNCT);
  int after = i + 1 < w->doc->ntoks && !(tok(w, i + 1)->flags & FKG_TOK_SPACE) &&
              !(tok(w, i + 1)->flags & (FKG_TOK_QOPEN | FKG_TOK_QCLOSE));
  /* …but not before a full stop, a comma or a bracket that ends a clause: the quote of
   * 'titled "Where Is the Limit?".' closes after its own question mark. */
  const char *next = i + 1 < w->doc->ntoks ? tok(w, i + 1)->lower : "";
  if (after && (tok(w, i + 1)->flags & FKG_TOK_PUNCT) && next[0] && !next[1] &&
      strchr(".,;:!?)]", next[0]))
    after = 0;
  return before && after;
}

int
fkg_quote_span(const FkgWork *w, int32_t i, int32_t *cfirst, int32_t *clast, int32_t *close)
{
  if (i < 0 || i >= w->doc->ntoks || !opens_quote(w, i)) return 0;
  const char *open = tok(w, i)->surface;
  int guillemet = strcmp(open, "«") == 0;
  int low9 = strcmp(open, "„") == 0;
  /* 'Title' and ‘Title’, British style: only a single quote closes them, so that a double
   * quote inside is text; and only they are closed by a straight single one, which after a
   * plural is an apostrophe (the Regions' forum). */
  int single = is_single_straight(tok(w, i)) || strcmp(open, "‘") == 0;
  int depth = 0;
  /* A title may hold a full stop ("Демография 2.0. Перезагрузка"), so the search goes past
   * the sentence end, but never past a line break. */
  for (int32_t j = i + 1; j < w->doc->ntoks && j < i + 80; j++) {
    const FkgToken *t = tok(w, j);
    if (t->flags & FKG_TOK_NL) return 0;
    if (!(t->flags & (FKG_TOK_QOPEN | FKG_TOK_QCLOSE))) continue;
    int closes;
    if (guillemet) {
      if (strcmp(t->surface, "«") == 0) {
        depth++;
        continue;
      }
      closes = strcmp(t->surface, "»") == 0 && depth-- == 0;
    } else if (low9) {
      closes = strcmp(t->surface, "“") == 0 || strcmp(t->surface, "”") == 0;
    } else {
      /* Straight or English quotes; scraped text mixes them with a closing guillemet. */
      int single_mark = is_single_straight(t) || strcmp(t->surface, "’") == 0;
      closes = !opens_quote(w, j) && strcmp(t->surface, "«") != 0 && single_mark == single;
    }
    if (!closes) continue;
    if (j == i + 1) return 0;
    *cfirst = i + 1;
    *clast = j;
    *close = j;
    return 1;
  }
  return 0;
}

char *
fkg_join(FkgArena *a, const char *s1, const char *s2, const char *s3, const char *s4)
{
  const char *part[4] = {s1, s2, s3, s4};
  size_t len[4], total = 0;
  for (int k = 0; k < 4; k++)
    total += len[k] = part[k] ? strlen(part[k]) : 0;
  char *out = fkg_arena_alloc_uninit(a, total + 1);
  if (!out) return NULL;
  char *o = out;
  for (int k = 0; k < 4; k++) {
    if (len[k]) memcpy(o, part[k], len[k]);
    o += len[k];
  }
  *o = '\0';
  return out;
}

char *
fkg_tokens_text(FkgWork *w, int32_t first, int32_t last)
{
  if (first >= last) return NULL;
  return fkg_doc_utf8(w->doc, tok(w, first)->b, tok(w, last - 1)->e);
}

/* Whether a group noun (делегация, colleagues, délégation) ends right before token i. */
static int
group_before(const FkgWork *w, int32_t i)
{
  int32_t end;
  for (int32_t k = i - 1; k >= 0 && k >= i - 3; k--)
    if (fkg_tok_cue(w, k, FKG_CUE_GROUP, &end) && end == i) return 1;
  return 0;
}

/* Whether a post title (gouverneur, ministre de la Santé) ends right before token i. */
static int
post_ends_at(const FkgWork *w, int32_t i)
{
  for (int32_t k = i - 1; k >= 0 && k >= i - 6; k--)
    if (layer(w, k, FKG_LX_POST)->entry && layer(w, k, FKG_LX_POST)->last == i) return 1;
  return 0;
}

/* Whether the demonym at tokens [at, last) stands beside a group noun: before it in Russian
 * and English (нижегородская делегация, the Tyumen delegation), after it in French (la
 * délégation tioumenaise), across further coordinated demonyms (с чувашскими и удмуртскими
 * коллегами, Udmurt and Orenburg participants, les spécialistes bachkirs et tatars). A French
 * noun phrase puts the adjective after the noun and a Russian one before it: "специалисты
 * пермского центра" is the centre's. */
static int
beside_group(const FkgWork *w, int32_t at, int32_t last)
{
  static const char *const conj[] = {"и", "and", "et", ",", NULL};
  int32_t n = w->doc->ntoks;
  if (w->doc->lang == FKG_LANG_FR) {
    /* (a post title before it: "le gouverneur tioumenais") */
    if (at > 0 && post_ends_at(w, at)) return 1;
    for (int hop = 0; hop < 3; hop++) {
      if (group_before(w, at)) return 1;
      if (at < 2 || !fkg_tok_is_any(w, at - 1, conj) || !(tok(w, at - 2)->flags & FKG_TOK_WORD))
        return 0;
      at -= 2;
    }
    return 0;
  }
  /* (…and so does a practice noun after it: "ульяновская практика «…»", "the Tyumen model";
   * not in French, where the demonym follows the noun inside the practice's name, "le projet
   * daghestanais « … »") */
  if (fkg_tok_cue(w, last, FKG_CUE_PRACTICE, NULL)) return 1;
  /* (…and a post title: "курский губернатор", "the Tyumen governor", across an English
   * title's lower-case modifiers: "Chuvash health minister") */
  for (int32_t k = last; k < n && k < last + 4; k++) {
    if (layer(w, k, FKG_LX_POST)->entry) return 1;
    if (w->doc->lang != FKG_LANG_EN || (tok(w, k)->flags & FKG_TOK_CAP) ||
        !(tok(w, k)->flags & FKG_TOK_WORD) || fkg_tok_function_word(w, k))
      break;
  }
  for (int hop = 0; hop < 3; hop++) {
    if (fkg_tok_cue(w, last, FKG_CUE_GROUP, NULL)) return 1;
    if (last + 2 >= n || !fkg_tok_is_any(w, last, conj) ||
        !(tok(w, last + 1)->flags & FKG_TOK_WORD))
      return 0;
    last += 2;
    /* (a hyphenated adjective: ханты - мансийскими) */
    while (last + 1 < n && fkg_tok_is(w, last, "-") && (tok(w, last + 1)->flags & FKG_TOK_WORD))
      last += 2;
  }
  return 0;
}

int
fkg_region_group(const FkgWork *w, int32_t i)
{
  if (w->region_at[i] < 0) return 0;
  if (w->doc->lang == FKG_LANG_FR) return group_before(w, i);
  int32_t end = i;
  while (end < w->doc->ntoks && w->region_at[end] == w->region_at[i])
    end++;
  return fkg_tok_cue(w, end, FKG_CUE_GROUP, NULL);
}

/* A region's demonym matched at tokens [at, last), kept until the document's cues are known. */
typedef struct {
  int32_t at, last;
  const FkgLexEntry *entry;
} FkgPendingDemonym;

FkgStatus
fkg_layers_build(FkgWork *w)
{
  w->lex_at = fkg_arena_alloc(&w->doc->arena, sizeof(FkgTokLex *) * ((size_t)w->doc->ntoks + 1));
  w->no_lex = fkg_arena_alloc(&w->doc->arena, sizeof(FkgTokLex));
  if (!w->lex_at || !w->no_lex) return FKG_BAD_ALLOC;
  w->in_quote = fkg_arena_alloc(&w->doc->arena, (size_t)w->doc->ntoks + 1);
  if (!w->in_quote) return FKG_BAD_ALLOC;
  for (int32_t i = 0; i < w->doc->ntoks; i++) {
    int32_t cf, cl, close;
    /* Only a quote mark opens a quotation: other tokens skip the call. */
    if (!(tok(w, i)->flags & FKG_TOK_QOPEN) && !is_straight_quote(tok(w, i))) continue;
    if (fkg_quote_span(w, i, &cf, &cl, &close)) {
      for (int32_t k = cf; k < cl; k++)
        w->in_quote[k] = 1;
      i = close;
    }
  }
  unsigned mask = 0;
  for (int k = 0; k < FKG_LX_COUNT; k++)
    mask |= FKG_LX_MASK(k);
  /* A region's demonym waits until every cue is known: it names the region only beside a
   * group noun, which may come after it. */
  FkgPendingDemonym *demonym = NULL;
  int32_t ndemonyms = 0, demonym_cap = 0;
  for (int32_t i = 0; i < w->doc->ntoks; i++) {
    if (!(tok(w, i)->flags & (FKG_TOK_WORD | FKG_TOK_NUM))) continue;
    FkgLexMatch m[64];
    int nm = fkg_lexicon_match(w->lex, w->doc, i, mask, m, 64);
    if (nm == 0) continue;
    FkgTokLex *x = fkg_arena_alloc(&w->doc->arena, sizeof(FkgTokLex));
    if (!x) return FKG_BAD_ALLOC;
    w->lex_at[i] = x;
    for (int k = 0; k < nm; k++) {
      if (false_friend(w, m, nm, k)) continue;
      if (m[k].entry->proper && !(tok(w, i)->flags & FKG_TOK_CAP)) continue;
      /* A series' name does not end inside a quotation it entered: "пленарного заседания
       * форума «Социальные инновации: от эксперимента к системе»" titles a session. */
      if (m[k].entry->kind == FKG_LX_SERIES && !w->in_quote[i] && m[k].last < w->doc->ntoks &&
          w->in_quote[m[k].last - 1] && w->in_quote[m[k].last])
        continue;
      if (m[k].entry->kind == FKG_LX_REGION && m[k].entry->value == 1) {
        if (ndemonyms == demonym_cap) {
          /* (in the document's arena, doubled when full: the old block stays there) */
          int32_t cap = demonym_cap ? demonym_cap * 2 : 32;
          FkgPendingDemonym *grown =
              fkg_arena_alloc_uninit(&w->doc->arena, sizeof *grown * (size_t)cap);
          if (!grown) return FKG_BAD_ALLOC;
          if (ndemonyms) memcpy(grown, demonym, sizeof *grown * (size_t)ndemonyms);
          demonym = grown;
          demonym_cap = cap;
        }
        demonym[ndemonyms].at = i;
        demonym[ndemonyms].last = m[k].last;
        demonym[ndemonyms++].entry = m[k].entry;
        continue;
      }
      /* Cue words can carry several roles at one token: keep the longest end of each role. */
      if (m[k].entry->kind == FKG_LX_CUE) {
        int32_t *c = &x->cue_last[m[k].entry->value];
        if (m[k].last > *c) *c = m[k].last;
        continue;
      }
      FkgLayer *l = &x->layer[m[k].entry->kind];
      /* Longest first: keep the first of each kind, but prefer an entry in the document's
       * language among equally long ones. */
      if (!l->entry) {
        l->entry = m[k].entry;
        l->last = m[k].last;
      } else if (l->last == m[k].last && l->entry->lang != (int)w->doc->lang &&
                 m[k].entry->lang == (int)w->doc->lang) {
        l->entry = m[k].entry;
      }
    }
  }
  for (int32_t d = 0; d < ndemonyms; d++) {
    FkgLayer *l = &w->lex_at[demonym[d].at]->layer[FKG_LX_REGION];
    if (l->entry || !beside_group(w, demonym[d].at, demonym[d].last)) continue;
    l->entry = demonym[d].entry;
    l->last = demonym[d].last;
  }
  /* The title and lead: the first two sentences of four words or more. */
  w->lead_last = w->doc->nsents - 1;
  for (int32_t s = 0, long_ones = 0; s < w->doc->nsents; s++) {
    int words = 0;
    for (int32_t i = w->doc->sents[s].first; i < w->doc->sents[s].last && words < 4; i++)
      words += (tok(w, i)->flags & FKG_TOK_WORD) != 0;
    if (words >= 4 && ++long_ones == 2) {
      w->lead_last = s;
      break;
    }
  }
  /* Rules ask whether a sentence holds a cue of some role, sentence by sentence and role by
   * role: answer once per sentence. */
  _Static_assert(FKG_CUE_COUNT <= 64, "one bit per cue role in sent_cues");
  w->sent_cues = fkg_arena_alloc(&w->doc->arena, sizeof(uint64_t) * ((size_t)w->doc->nsents + 1));
  if (!w->sent_cues) return FKG_BAD_ALLOC;
  for (int32_t s = 0; s < w->doc->nsents; s++) {
    uint64_t bits = 0;
    for (int32_t i = w->doc->sents[s].first; i < w->doc->sents[s].last; i++) {
      const FkgTokLex *x = w->lex_at[i];
      for (int r = 0; x && r < FKG_CUE_COUNT; r++)
        if (x->cue_last[r]) bits |= (uint64_t)1 << r;
    }
    w->sent_cues[s] = bits;
  }
  return FKG_SUCCESS;
}

/* Russian finite verbs and infinitives end a noun phrase: past (-ла, -ло, -ли), present
 * (-ет, -ит, -ют, -ят, -ется, -ится), infinitive (-ть), reflexive past (-лся, -лась, -лись),
 * and the masculine past -л. Capitalised words are names, never verbs here, and neither is a
 * word the lexicon knows as a noun: a practice or institution noun (модели, школа), the start of a
 * post, an organisation, a place or an event. */
int
fkg_tok_verb_like(const FkgWork *w, int32_t i)
{
  const FkgToken *t = tok(w, i);
  if (!(t->flags & FKG_TOK_CYR) || (t->flags & FKG_TOK_CAP)) return 0;
  const FkgTokLex *x = w->lex_at[i];
  if (x) {
    if (x->cue_last[FKG_CUE_PRACTICE] || x->cue_last[FKG_CUE_INSTITUTION]) return 0;
    for (int k = 0; k < FKG_LX_COUNT; k++)
      if (k != FKG_LX_CUE && x->layer[k].entry) return 0;
  }
  static const char *const sufs[] = {"ла", "ло",  "ли",   "ет",   "ит",   "ют",   "ят",
                                     "ть", "лся", "лась", "лись", "ется", "ится", "ал",
                                     "ил", "ел",  "ял",   "ул",   "ёл",   NULL};
  size_t n = strlen(t->lower);
  for (int k = 0; sufs[k]; k++) {
    size_t m = strlen(sufs[k]);
    /* the last byte first: it rules out most suffixes without a compare */
    if (n > m + 3 && t->lower[n - 1] == sufs[k][m - 1] && strcmp(t->lower + n - m, sufs[k]) == 0)
      return 1;
  }
  return 0;
}

int32_t
fkg_last_person_before(const FkgWork *w, int32_t i)
{
  for (int32_t k = i - 1; k >= 0; k--)
    if (w->person_at[k] >= 0) return w->people[w->person_at[k]].ent;
  return -1;
}

int32_t
fkg_post_holder_before(const FkgWork *w, int32_t at)
{
  const FkgLayer *l = layer(w, at, FKG_LX_POST);
  if (!l->entry) return -1;
  const char *key = fkg_lexicon_cell(w->lex, FKG_LX_POST, l->entry->row, "key");
  for (int32_t k = at - 1; k >= 0; k--) {
    if (w->person_at[k] < 0) continue;
    int32_t pe = w->people[w->person_at[k]].ent;
    for (int32_t r = fkg_facts_first_rel(w->facts, FKG_R_HOLDS, pe); r >= 0;
         r = w->facts->rels[r].next_ks) {
      const FkgEntity *post = &w->facts->ents[w->facts->rels[r].o];
      if (post->row >= 0 && !strcmp(fkg_lexicon_cell(w->lex, FKG_LX_POST, post->row, "key"), key))
        return pe;
    }
  }
  return -1;
}

int32_t
fkg_referent_before(const FkgWork *w, int sent)
{
  static const char *const art[] = {"the", "le", "la", "l'", "l’", NULL};
  int32_t lo = w->doc->sents[sent].first, at = lo;
  /* "The minister presented …", "La ministre a présenté …": the post after the article. */
  if (at + 1 < w->doc->sents[sent].last && fkg_tok_is_any(w, at, art)) at++;
  int32_t holder = at < w->doc->sents[sent].last ? fkg_post_holder_before(w, at) : -1;
  return holder >= 0 ? holder : fkg_last_person_before(w, lo);
}

/* Whether token i is a bracket next to a region's name: Республики Саха (Якутия), whose two
 * names are two mentions of one region. */
int
fkg_tok_in_region_brackets(const FkgWork *w, int32_t i)
{
  int32_t open = fkg_tok_is(w, i, "(") ? i : fkg_tok_is(w, i, ")") ? i - 2 : -1;
  return open >= 1 && open + 2 < w->doc->ntoks && fkg_tok_is(w, open, "(") &&
         fkg_tok_is(w, open + 2, ")") && w->region_at[open - 1] >= 0 && w->region_at[open + 1] >= 0;
}

/* Whether sentence s, which names a person, points back at the sentence before as the place
 * of what it tells: French y (X y prendra la parole) or en before an auxiliary (X en sera le
 * modérateur), or a pronoun subject first in the sentence (It was moderated by X; Elle a été
 * modérée par X; Его модератором выступил X). */
int
fkg_sentence_points_back(const FkgWork *w, const FkgSentence *s)
{
  static const char *const first[] = {"it", "il", "elle", "его", "её", "ее", NULL};
  static const char *const aux[] = {"sera", "est", "était", "a", "fut", "seront", "sont", NULL};
  if (s->first < s->last && fkg_tok_is_any(w, s->first, first)) return 1;
  /* "В нём выступят …", "На ней обсудили …": the thing named before is where it happens. */
  static const char *const in[] = {"в", "во", "на", NULL};
  static const char *const it[] = {"нём", "нем", "ней", NULL};
  if (s->first + 1 < s->last && fkg_tok_is_any(w, s->first, in) &&
      fkg_tok_is_any(w, s->first + 1, it))
    return 1;
  /* "I will speak there about …": there, not the existential "there will be …" */
  static const char *const be[] = {"is",    "are",  "was",   "were",  "will", "would",
                                   "has",   "have", "had",   "'s",    "’s",   "may",
                                   "might", "must", "could", "seems", "seem", NULL};
  if (w->doc->lang == FKG_LANG_EN)
    for (int32_t i = s->first + 1; i + 1 < s->last; i++)
      if (fkg_tok_is(w, i, "there") && !w->in_quote[i] && !fkg_tok_is_any(w, i + 1, be) &&
          (tok(w, i - 1)->flags & FKG_TOK_WORD) && !(tok(w, i - 1)->flags & FKG_TOK_CAP) &&
          !fkg_tok_is_any(w, i - 1, be))
        return 1;
  if (w->doc->lang != FKG_LANG_FR) return 0;
  for (int32_t i = s->first; i < s->last; i++)
    if (!w->in_quote[i] &&
        (fkg_tok_is(w, i, "y") || (fkg_tok_is(w, i, "en") && fkg_tok_is_any(w, i + 1, aux))))
      return 1;
  return 0;
}

/* A Russian noun in the nominative plural by its ending (начальники, министры, заместители):
 * a group, not the one person named before. */
static int
ru_plural_noun(const char *low)
{
  static const char *const ends[] = {"и", "ы", NULL};
  return fkg_ends_with_any(low, ends, 2);
}

int
fkg_tok_session_noun(const FkgWork *w, int32_t i)
{
  static const char *const types[] = {"session", NULL};
  return fkg_tok_event_type(w, i, types);
}

int
fkg_tok_gathering(const FkgWork *w, int32_t i)
{
  static const char *const types[] = {"meeting", "visit", NULL};
  return fkg_tok_event_type(w, i, types);
}

int
fkg_tok_definite_article(const FkgWork *w, int32_t i)
{
  static const char *const articles[] = {"le", "la", "l'", "l’", "les", "the", NULL};
  return fkg_tok_is_any(w, i, articles);
}

int32_t
fkg_line_first(const FkgWork *w, int32_t i)
{
  while (i > 0 && !(tok(w, i)->flags & FKG_TOK_NL))
    i--;
  return i;
}

int32_t
fkg_line_entry_start(const FkgWork *w, int32_t ls)
{
  int mark = fkg_bullet(w, ls);
  /* (any other mark before the entry: "► Иванов …", but not a quotation's opening) */
  if (mark == 0 && (tok(w, ls)->flags & FKG_TOK_PUNCT) && !(tok(w, ls)->flags & FKG_TOK_QOPEN))
    mark = 1;
  return ls + mark < w->doc->ntoks && !(tok(w, ls + mark)->flags & FKG_TOK_NL) ? ls + mark : ls;
}

int
fkg_tok_symbol(const FkgWork *w, int32_t i)
{
  const FkgToken *t = tok(w, i);
  if (!(t->flags & FKG_TOK_PUNCT)) return 0;
  const char *s = t->surface;
  int32_t at = 0, len = (int32_t)strlen(s);
  UChar32 c;
  U8_NEXT(s, at, len, c);
  return c > 0 && u_charType(c) == U_OTHER_SYMBOL;
}

int
fkg_tok_clause_end(const FkgWork *w, int32_t i)
{
  const FkgToken *t = tok(w, i);
  return (t->flags & FKG_TOK_PUNCT) && t->lower[0] && strchr(".;:!?", t->lower[0]);
}

int32_t
fkg_topic_label_at(const FkgWork *w, int32_t at)
{
  int32_t end;
  if (!fkg_tok_cue(w, at, FKG_CUE_TOPIC_LABEL, &end) && !fkg_tok_cue(w, at, FKG_CUE_TITLE, &end))
    return -1;
  return end + 1 < w->doc->ntoks && fkg_tok_is(w, end, ":") &&
                 !(tok(w, end + 1)->flags & FKG_TOK_NL)
             ? end + 1
             : -1;
}

int
fkg_programme_label(const FkgWork *w, int32_t i, int32_t *colon)
{
  static const FkgCueRole roles[] = {FKG_CUE_SPEAKERS_LABEL, FKG_CUE_MODERATORS_LABEL,
                                     FKG_CUE_PARTICIPANTS_LABEL};
  for (int k = 0; k < 3; k++) {
    int32_t end;
    if (fkg_tok_cue(w, i, roles[k], &end) && end < w->doc->ntoks && fkg_tok_is(w, end, ":")) {
      *colon = end;
      return (int)roles[k];
    }
  }
  return -1;
}

int
fkg_region_named(const FkgWork *w, int32_t first, int32_t last)
{
  for (int32_t i = first; i < last; i++)
    if (w->region_at[i] >= 0) return 1;
  return 0;
}

int32_t
fkg_one_region(const FkgWork *w, int32_t first, int32_t last)
{
  int32_t region = -1;
  for (int32_t i = first; i < last; i++)
    if (w->region_at[i] >= 0) {
      if (region >= 0 && region != w->region_at[i]) return -1;
      region = w->region_at[i];
    }
  return region;
}

int32_t
fkg_topic_line(const FkgWork *w, int32_t i)
{
  return fkg_topic_label_at(w, fkg_line_entry_start(w, fkg_line_first(w, i)));
}

int32_t
fkg_entry_person_above(const FkgWork *w, int32_t i)
{
  int32_t ls = fkg_line_first(w, i);
  if (ls == 0) return -1;
  int32_t prev = fkg_line_first(w, ls - 1), at = fkg_line_entry_start(w, prev);
  if (w->person_at[at] >= 0) return w->people[w->person_at[at]].ent;
  /* "– la ministre du Travail …, Irina Semionova": a bulleted entry with its post first */
  if (fkg_bullet(w, prev) > 0)
    for (int32_t k = at; k < ls; k++)
      if (w->person_at[k] >= 0) return w->people[w->person_at[k]].ent;
  return -1;
}

/* The last token of the line that holds token i, + 1. */
static int32_t
line_end(const FkgWork *w, int32_t i)
{
  int32_t n = w->doc->ntoks;
  for (i++; i < n && !(tok(w, i)->flags & FKG_TOK_NL);)
    i++;
  return i;
}

/* Whether the line that starts at token i opens with an interview's label of a question
 * (ask: "Q :", "В:", "Вопрос:") or of an answer ("R :", "A:", "О:", "Ответ:") and its colon. */
static int
qa_label(const FkgWork *w, int32_t i, int ask)
{
  /* (the interviewer's label too, abbreviated or not: "Корр.:", "Journaliste :") */
  static const char *const q[] = {
      "q",           "в",          "вопрос",      "question", "корр", "корреспондент",
      "journaliste", "journalist", "interviewer", NULL};
  static const char *const a[] = {"r", "a", "о", "ответ", "réponse", "answer", NULL};
  int32_t n = w->doc->ntoks, k = i + 1;
  if (fkg_tok_is_any(w, i, ask ? q : a)) {
    if (k < n && fkg_tok_is(w, k, ".")) k++;
    return k < n && fkg_tok_is(w, k, ":");
  }
  /* (an answer's label is the one who answers: "С. Лукашевич: Мы ехали …") */
  if (ask || i >= n || w->person_at[i] < 0) return 0;
  k = w->people[w->person_at[i]].last;
  return k < n && fkg_tok_is(w, k, ":");
}

/* Whether token i is Markdown emphasis, which scraped interviews put around a question
 * ("**— Какие практики …?**"). */
static int
emphasis(const FkgWork *w, int32_t i)
{
  return fkg_tok_is(w, i, "*") || fkg_tok_is(w, i, "**") || fkg_tok_is(w, i, "_");
}

/* The first token of the line that starts at token i, past its emphasis marks. */
static int32_t
line_lead(const FkgWork *w, int32_t i)
{
  int32_t e = line_end(w, i), k = i;
  while (k + 1 < e && emphasis(w, k))
    k++;
  return k;
}

/* Whether the line that starts at token i is led by a dash or a question label and asks. */
static int
question_line(const FkgWork *w, int32_t i)
{
  int32_t lead = line_lead(w, i), last = line_end(w, i) - 1;
  while (last > lead && emphasis(w, last))
    last--;
  return ((tok(w, lead)->flags & FKG_TOK_DASH) || qa_label(w, lead, 1)) && fkg_tok_is(w, last, "?");
}

/* The person the question line at token i addresses by name, its first words before a comma
 * ("— Сардаана Николаевна, какие проекты …?", "— Mrs Gogoleva, …"): the last one named before
 * the line whose given or family name is written so (the vocative is the nominative). -1 when
 * the line addresses no one named. */
static int32_t
addressed_person(const FkgWork *w, int32_t i)
{
  int32_t lead = line_lead(w, i), e = line_end(w, i);
  int32_t k = lead + ((tok(w, lead)->flags & FKG_TOK_DASH) != 0);
  int32_t comma = k;
  while (comma < e && comma < k + 3 && (tok(w, comma)->flags & FKG_TOK_CAP))
    comma++;
  if (comma == k || comma >= e || !fkg_tok_is(w, comma, ",")) return -1;
  for (int32_t q = k; q < comma; q++) {
    const char *word = tok(w, q)->surface;
    for (int m = w->npeople - 1; m >= 0; m--) {
      const FkgPersonMention *pm = &w->people[m];
      if (pm->first >= i) continue;
      if ((pm->given && !strcmp(pm->given, word)) || (pm->family && !strcmp(pm->family, word)))
        return pm->ent;
    }
  }
  return -1;
}

static const char *const kFirstPerson[] = {"i",    "me",    "my",   "our",   "we", "я",  "мы",
                                           "наш",  "наша",  "наши", "нашем", "je", "j'", "j’",
                                           "nous", "notre", "nos",  "moi",   NULL};

/* A column's author: a line among the first eight that opens with a person who holds a post
 * and says little else (the byline "Вера Голощапова, министр социального развития …"), in an
 * article whose own words (outside quotations) say I (я, je, I). -1 when none. */
static int32_t
column_author(const FkgWork *w)
{
  /* The byline first: most articles have none, and are spared the scan for "I". */
  int32_t author = -1;
  int lines = 0;
  for (int32_t i = 0; i < w->doc->ntoks && lines < 8 && author < 0; i = line_end(w, i), lines++) {
    int32_t at = fkg_line_entry_start(w, i), end = line_end(w, i);
    /* (after "Par", "By", "Автор:") */
    static const char *const by[] = {"par", "by", "автор", NULL};
    if (fkg_tok_is_any(w, at, by) && at + 1 < end) at += 1 + fkg_tok_is(w, at + 1, ":");
    if (w->person_at[at] < 0 || end - at > 30) continue;
    int32_t p = w->people[w->person_at[at]].ent;
    if (fkg_facts_first_rel(w->facts, FKG_R_HOLDS, p) < 0) continue;
    int verbs = 0;
    for (int32_t k = at; k < end; k++)
      verbs += fkg_tok_verb_like(w, k) || fkg_tok_cue(w, k, FKG_CUE_SPEAKER, NULL) ||
               fkg_tok_cue(w, k, FKG_CUE_PRESENT, NULL);
    if (!verbs) author = p;
  }
  static const char *const me[] = {"я", "je", "j'", "j’", "i", NULL};
  for (int32_t i = 0; i < w->doc->ntoks && author >= 0; i++) {
    /* (three bytes at most, as each of those words is: the test spares most tokens the
     * compares) */
    const char *l = tok(w, i)->lower;
    if (!l[0] || (l[1] && l[2] && l[3]) || w->in_quote[i] || !fkg_tok_is_any(w, i, me)) continue;
    if (w->doc->lang != FKG_LANG_EN || !strcmp(tok(w, i)->surface, "I")) return author;
  }
  return -1;
}

int32_t
fkg_interviewee(FkgWork *w)
{
  if (!w->interviewee) {
    w->interviewee = -1; /* no interview, unless a question line says otherwise */
    w->first_question = -1;
    for (int32_t i = 0; i < w->doc->ntoks; i = line_end(w, i)) {
      if (!question_line(w, i)) continue;
      w->first_question = i;
      /* (the last official named before it: "Propos recueillis par Claire Morand" names the
       * interviewer, who holds no post) */
      int32_t p = addressed_person(w, i);
      for (int32_t k = i - 1; k >= 0 && p < 0; k--)
        if (w->person_at[k] >= 0 &&
            fkg_facts_first_rel(w->facts, FKG_R_HOLDS, w->people[w->person_at[k]].ent) >= 0)
          p = w->people[w->person_at[k]].ent;
      if (p < 0) p = fkg_last_person_before(w, i);
      if (p >= 0) w->interviewee = p + 1;
      break;
    }
    /* (no question: perhaps a column, whose author speaks in every I) */
    int32_t author = w->interviewee < 0 ? column_author(w) : -1;
    if (author >= 0) {
      w->interviewee = author + 1;
      w->column = 1;
    }
  }
  return w->interviewee > 0 ? w->interviewee - 1 : -1;
}

int
fkg_interviewee_speaks(FkgWork *w, int sent)
{
  const FkgSentence *s = &w->doc->sents[sent];
  if (s->first >= s->last || fkg_interviewee(w) < 0) return 0;
  /* A column speaks as its author wherever it says I or we. */
  if (w->column) {
    for (int32_t i = s->first; i < s->last; i++)
      if (!w->in_quote[i] && fkg_tok_is_any(w, i, kFirstPerson)) return 1;
    return 0;
  }
  /* An answer is the interviewee's all through, in each of its paragraphs: a paragraph with
   * no dash or label of its own goes on with the answer above it ("— Я выступлю на экспертной
   * сессии … Расскажем о проекте «…»." / "Второе направление — … Мы создали …"). */
  /* (six paragraphs back at most: a long document stays linear) */
  int32_t ls = fkg_line_first(w, s->first);
  int32_t lead = line_lead(w, ls);
  for (int back = 0;
       back < 6 && ls > 0 &&
       !((tok(w, lead)->flags & FKG_TOK_DASH) || qa_label(w, lead, 0) || qa_label(w, lead, 1));
       back++) {
    ls = fkg_line_first(w, ls - 1);
    lead = line_lead(w, ls);
  }
  if (!((tok(w, lead)->flags & FKG_TOK_DASH) || qa_label(w, lead, 0)) || question_line(w, ls))
    return 0;
  /* (after the first question: a dash before it is the lead's, not an answer's) */
  if (w->first_question < 0 || w->first_question >= ls) return 0;
  /* The sentence says I or we before it names anyone else, or names no one else: no person
   * and no region ("Мы создали в Екатеринбурге …", "Расскажем о проекте «…»"; not "Colleagues
   * from Primorye will present …", nor "Kamchatka Krai showed …, which our colleagues …"). */
  int other = 0;
  for (int32_t i = s->first; i < s->last && !other; i++) {
    if (w->in_quote[i]) continue;
    if (fkg_tok_is_any(w, i, kFirstPerson)) return 1;
    other = w->person_at[i] >= 0 || w->region_at[i] >= 0;
  }
  if (!other) return 1;
  /* …or answers a question about what they presented ("— Concrètement, qu'avez-vous
   * présenté ?" / "— D'abord le projet « … » …") */
  if (ls == 0) return 0;
  int32_t qs = fkg_line_first(w, ls - 1);
  if (!question_line(w, qs)) return 0;
  for (int32_t i = qs; i < ls; i++)
    if (fkg_tok_cue(w, i, FKG_CUE_PRESENT, NULL)) return 1;
  return 0;
}

int
fkg_interviewee_addressed(FkgWork *w, int sent)
{
  static const char *const you[] = {"you", "vous", "вы", NULL};
  const FkgSentence *s = &w->doc->sents[sent];
  if (s->first >= s->last || w->column || fkg_interviewee(w) < 0) return 0;
  int32_t ls = fkg_line_first(w, s->first);
  if (!question_line(w, ls) || w->first_question < 0 || w->first_question > ls) return 0;
  /* (a statement that leads to the question, not the question itself: "Вы сами будете
   * модерировать одну из сессий?" asks) */
  if (fkg_tok_is(w, s->last - 1, "?")) return 0;
  for (int32_t i = s->first; i < s->last; i++) {
    if (w->in_quote[i]) continue;
    if (w->person_at[i] >= 0) return 0;
    if (fkg_tok_is_any(w, i, you)) return 1;
  }
  return 0;
}

int
fkg_tok_person_pronoun(const FkgWork *w, int32_t i)
{
  static const char *const pron[] = {"он", "она", "il", "elle", "he", "she", NULL};
  return fkg_tok_is_any(w, i, pron);
}

int
fkg_sentence_refers_back(const FkgWork *w, int sent)
{
  const FkgSentence *s = &w->doc->sents[sent];
  /* A Russian sentence that opens with a post and names nobody (Спикер верхней палаты привела
   * в пример …, Губернатор отметил …): the post is the person named before. */
  if (s->first < s->last && (tok(w, s->first)->flags & FKG_TOK_CYR) &&
      layer(w, s->first, FKG_LX_POST)->entry && !ru_plural_noun(tok(w, s->first)->lower)) {
    int named = 0;
    for (int32_t i = s->first; i < s->last && !named; i++)
      named = w->person_at[i] >= 0;
    if (!named) return 1;
  }
  for (int32_t i = s->first; i < s->last; i++) {
    if (fkg_tok_person_pronoun(w, i)) return 1;
    /* a definite post noun: le sénateur, the senator */
    if (layer(w, i, FKG_LX_POST)->entry && w->person_at[i] < 0 && i > s->first &&
        (fkg_tok_is(w, i - 1, "le") || fkg_tok_is(w, i - 1, "la") || fkg_tok_is(w, i - 1, "the")))
      return 1;
  }
  return 0;
}

/* A Russian adjective by its ending (социальной, творческих, новое). */
int
fkg_tok_ru_adjective(const FkgWork *w, int32_t i)
{
  const FkgToken *t = tok(w, i);
  if (!(t->flags & FKG_TOK_CYR)) return 0;
  static const char *const ends[] = {"ой", "ей", "ого", "его", "ых",  "их",  "ая",
                                     "яя", "ий", "ый",  "ое",  "ее",  "ые",  "ие",
                                     "ую", "юю", "ым",  "им",  "ыми", "ими", NULL};
  return fkg_ends_with_any(t->lower, ends, 4);
}

/* …or in the masculine or neuter locative and dative (краевом, Северо-Кавказском,
 * Сибирскому), whose endings nouns share (опытом, дому): only where the word is known to
 * stand before its noun. */
int
fkg_tok_ru_adjective_any_case(const FkgWork *w, int32_t i)
{
  static const char *const oblique[] = {"ом", "ем", "ому", "ему", NULL};
  return fkg_tok_ru_adjective(w, i) ||
         ((tok(w, i)->flags & FKG_TOK_CYR) && fkg_ends_with_any(tok(w, i)->lower, oblique, 4));
}

int
fkg_tok_event_type(const FkgWork *w, int32_t i, const char *const *types)
{
  const FkgLayer *l = layer(w, i, FKG_LX_EVENTTYPE);
  if (!l->entry) return 0;
  const char *type = fkg_lexicon_cell(w->lex, FKG_LX_EVENTTYPE, l->entry->row, "type");
  for (; *types; types++)
    if (!strcmp(type, *types)) return 1;
  return 0;
}

int
fkg_ends_with_any(const char *low, const char *const *ends, size_t more)
{
  size_t n = strlen(low);
  for (int k = 0; ends[k]; k++) {
    size_t m = strlen(ends[k]);
    if (n > m + more && !strcmp(low + n - m, ends[k])) return 1;
  }
  return 0;
}

int
fkg_tok_possessive(const FkgWork *w, int32_t i)
{
  return fkg_tok_is(w, i, "'s") || fkg_tok_is(w, i, "’s");
}

int32_t
fkg_token_at(const FkgWork *w, int32_t b)
{
  int32_t lo = 0, hi = w->doc->ntoks;
  while (lo < hi) {
    int32_t mid = lo + (hi - lo) / 2;
    if (tok(w, mid)->b < b)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

int
fkg_tok_in_session_phrase(const FkgWork *w, int32_t i)
{
  for (int32_t k = i; k >= 0 && k >= i - 3; k--) {
    const FkgLayer *l = layer(w, k, FKG_LX_SESSION);
    if (l->entry && l->last > i) return 1;
  }
  return 0;
}

int
fkg_session_genitive(const FkgWork *w, int32_t i)
{
  const FkgLayer *e = layer(w, i, FKG_LX_EVENTTYPE);
  int32_t cf, cl, close;
  if (i < 1 || !e->entry || (tok(w, i)->flags & FKG_TOK_CAP) ||
      !fkg_tok_in_session_phrase(w, i - 1) || e->last >= w->doc->ntoks ||
      !fkg_quote_span(w, e->last, &cf, &cl, &close))
    return 0;
  int words = 0;
  for (int32_t k = cf; k < cl; k++) {
    if (fkg_tok_is(w, k, ":")) return 1;
    words += (tok(w, k)->flags & FKG_TOK_WORD) != 0;
  }
  return words >= 5;
}

int
fkg_bullet(const FkgWork *w, int32_t j)
{
  if ((tok(w, j)->flags & FKG_TOK_DASH) || fkg_tok_is(w, j, "•") || fkg_tok_is(w, j, "*")) return 1;
  if ((tok(w, j)->flags & FKG_TOK_NUM) && j + 1 < w->doc->ntoks &&
      (fkg_tok_is(w, j + 1, ".") || fkg_tok_is(w, j + 1, ")")) && tok(w, j)->e - tok(w, j)->b <= 2)
    return 2;
  /* "(1) a network of …" */
  if (fkg_tok_is(w, j, "(") && j + 2 < w->doc->ntoks && (tok(w, j + 1)->flags & FKG_TOK_NUM) &&
      fkg_tok_is(w, j + 2, ")") && tok(w, j + 1)->e - tok(w, j + 1)->b <= 2)
    return 3;
  return 0;
}

int32_t
fkg_region_row_of(const FkgWork *w, FkgLexKind kind, int32_t row)
{
  const char *iso = fkg_lexicon_cell(w->lex, kind, row, "region_iso");
  return iso && *iso ? fkg_lexicon_find(w->lex, FKG_LX_REGION, "iso", iso) : -1;
}

/* The first five letters of the lower-case word `lower` (the evaluator's stems): word forms of
 * one name share them (Арктическое, Арктическом; Межрегиональный, Межрегионального). Writes at
 * most cap bytes into out. */
void
fkg_stem5(const char *lower, char *out, size_t cap)
{
  size_t n = 0, letters = 0;
  while (lower[n] && letters < 5 && n + 4 < cap) {
    size_t len = ((unsigned char)lower[n] >= 0xF0)   ? 4
                 : ((unsigned char)lower[n] >= 0xE0) ? 3
                 : ((unsigned char)lower[n] >= 0xC0) ? 2
                                                     : 1;
    n += len;
    letters++;
  }
  memcpy(out, lower, n);
  out[n] = '\0';
}

int32_t
fkg_ordinal_opening(const FkgWork *w, int32_t i)
{
  static const char *const ord[] = {
      "first", "second", "third", "fourth", "fifth", "первая", "вторая", "третья", "четвёртая",
      "четвертая", "первый", "второй", "третий", "первое", "второе", "третье", "première",
      "premier", "deuxième", "seconde", "second", "troisième", "quatrième",
      /* (the first of them by rank: "The main one is …", "Главная — …", "La principale est …") */
      "main", "главная", "основная", "principale", NULL};
  static const char *const arts[] = {"the", "la", "le", NULL};
  static const char *const is[] = {"is", "was", "est", ":", NULL};
  /* (an interview's answer opens with its dialogue dash: "– The second is the …") */
  if (i + 1 < w->doc->ntoks && (tok(w, i)->flags & FKG_TOK_DASH) && (tok(w, i)->flags & FKG_TOK_NL))
    i++;
  int32_t k = i + fkg_tok_is_any(w, i, arts);
  if (!fkg_tok_is_any(w, k, ord)) return -1;
  k++;
  if (fkg_tok_is(w, k, "one")) k++;
  if (k + 1 >= w->doc->ntoks) return -1;
  /* (or the practice noun before the verb: "The third practice is "…"") */
  int32_t pn_end;
  if (fkg_tok_cue(w, k, FKG_CUE_PRACTICE, &pn_end) && pn_end + 1 < w->doc->ntoks &&
      fkg_tok_is_any(w, pn_end, is))
    return pn_end + 1;
  /* (or the practice noun and the name in apposition: "The second practice, the early-help
   * service "First Step" …, was presented by …", "Вторая практика, …") */
  int32_t noun_end;
  if (fkg_tok_cue(w, k, FKG_CUE_PRACTICE, &noun_end) && noun_end + 1 < w->doc->ntoks &&
      fkg_tok_is(w, noun_end, ","))
    return noun_end + 1;
  /* (or a name in apposition: "La seconde, « Grand-mère de service », permet …") */
  if (fkg_tok_is(w, k, ",") &&
      ((tok(w, k + 1)->flags & FKG_TOK_QOPEN) || fkg_tok_is(w, k + 1, "\"")))
    return k + 1;
  if (!fkg_tok_is_any(w, k, is) && !(tok(w, k)->flags & FKG_TOK_DASH)) return -1;
  return k + 1;
}
