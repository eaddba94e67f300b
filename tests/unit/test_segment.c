/* forumkg unit tests: the segment stage (src/segment). Tokens of sentences in three languages
 * (quote flags, French elisions, glued initials), sentence rejoining across line breaks,
 * Snowball keys, BGN/PCGN transliteration of names and slugs. */
#include "check.h"
#include "forumkg/segment.h"
#include "forumkg/text.h"

#include <dirent.h>
#include <unicode/ustring.h>

static FkgContext *ctx;
static FkgDiag diag;
static CheckDiagLog diaglog;

static int
segment(FkgDoc *doc, const char *text)
{
  FkgStatus st =
      fkg_text_load(ctx, doc, "seg.txt", "seg.txt", (const unsigned char *)text, strlen(text));
  if (!st) st = fkg_segment_doc(ctx, doc);
  char shown[128];
  snprintf(shown, sizeof shown, "%.*s", check_clip(text, 40), text);
  for (char *p = shown; *p; p++)
    if (*p == '\n') *p = '/';
  return CHECK(st == FKG_SUCCESS, "load and segment \"%s…\" (status %d)", shown, (int)st);
}

/* The tokens joined by spaces, for messages and comparisons. */
static const char *
joined(const FkgDoc *doc, char *buf, size_t cap)
{
  size_t o = 0;
  buf[0] = '\0';
  for (int32_t i = 0; i < doc->ntoks && o + 1 < cap; i++)
    o += (size_t)snprintf(buf + o, cap - o, "%s%s", i ? " " : "", doc->toks[i].surface);
  return buf;
}

/* Index of the first token whose surface is `s`, or -1. */
static int32_t
find_tok(const FkgDoc *doc, const char *s)
{
  for (int32_t i = 0; i < doc->ntoks; i++)
    if (strcmp(doc->toks[i].surface, s) == 0) return i;
  return -1;
}

static void
expect_tokens(const char *text, const char *want)
{
  FkgDoc doc;
  char buf[2048];
  if (segment(&doc, text)) CHECK_STR(joined(&doc, buf, sizeof buf), want, "tokens");
  fkg_doc_clear(&doc);
}

static void
test_quotes(void)
{
  FkgDoc doc;
  if (segment(&doc, "Форум «Сообщество» прошел в городе, а круглый стол „Семья“ собрал "
                    "экспертов.")) {
    int32_t o = find_tok(&doc, "«"), c = find_tok(&doc, "»");
    CHECK(o >= 0 && (doc.toks[o].flags & FKG_TOK_QOPEN) && !(doc.toks[o].flags & FKG_TOK_QCLOSE),
          "« is an opening quote");
    CHECK(c >= 0 && (doc.toks[c].flags & FKG_TOK_QCLOSE) && !(doc.toks[c].flags & FKG_TOK_QOPEN),
          "» is a closing quote");
    CHECK(o >= 0 && c == o + 2 && !strcmp(doc.toks[o + 1].surface, "Сообщество"),
          "«Сообщество» is three tokens");
    int32_t o2 = find_tok(&doc, "„"), c2 = find_tok(&doc, "“");
    CHECK(o2 >= 0 && (doc.toks[o2].flags & FKG_TOK_QOPEN), "„ is an opening quote");
    CHECK(c2 >= 0 && (doc.toks[c2].flags & FKG_TOK_QCLOSE), "“ after „ is a closing quote");
    int32_t w = find_tok(&doc, "Форум");
    CHECK(w >= 0 && (doc.toks[w].flags & FKG_TOK_WORD) && (doc.toks[w].flags & FKG_TOK_CAP) &&
              (doc.toks[w].flags & FKG_TOK_CYR) && !(doc.toks[w].flags & FKG_TOK_ALLCAPS),
          "Форум: word, capitalised, Cyrillic");
  }
  fkg_doc_clear(&doc);
  if (segment(&doc, "The panel \u201cCaring Cities\u201d met in Kazan.")) {
    int32_t o = find_tok(&doc, "\u201c"), c = find_tok(&doc, "\u201d");
    CHECK(o >= 0 && (doc.toks[o].flags & FKG_TOK_QOPEN), "English “ is an opening quote");
    CHECK(c >= 0 && (doc.toks[c].flags & FKG_TOK_QCLOSE), "English ” is a closing quote");
  }
  fkg_doc_clear(&doc);
}

static void
test_french(void)
{
  expect_tokens("Les experts de l’organisation ont présenté d’autres projets.",
                "Les experts de l’ organisation ont présenté d’ autres projets .");
  expect_tokens("L'association qu'il dirige aide l'hôpital.",
                "L' association qu' il dirige aide l' hôpital .");
  FkgDoc doc;
  if (segment(&doc, "Les experts de l’organisation sociale.")) {
    int32_t i = find_tok(&doc, "organisation");
    CHECK(i >= 0 && doc.toks[i].key && !strcmp(doc.toks[i].key, "organisation"),
          "key of 'organisation' after the elision: %s", i >= 0 ? doc.toks[i].key : "(none)");
    i = find_tok(&doc, "sociale");
    CHECK(i >= 0 && !strcmp(doc.toks[i].key, "social"), "French key folds sociale → social: %s",
          i >= 0 ? doc.toks[i].key : "(none)");
    i = find_tok(&doc, "l’");
    CHECK(i >= 0 && !strcmp(doc.toks[i].lower, "l'"), "l’ folds to l' in lower: %s",
          i >= 0 ? doc.toks[i].lower : "(none)");
  }
  fkg_doc_clear(&doc);
}

static void
test_initials(void)
{
  expect_tokens("Выступил В.Логинов.", "Выступил В . Логинов .");
  expect_tokens("Доклад сделал А.В.Логинов.", "Доклад сделал А . В . Логинов .");
  expect_tokens("Доклад сделал А. В. Логинов.", "Доклад сделал А . В . Логинов .");
  expect_tokens("Dmitriy Y. Mironov spoke.", "Dmitriy Y . Mironov spoke .");
  /* a transcription's two-letter initial (Ю. is Yu.), glued to the next one; not "Mr.X" */
  expect_tokens("moderated by Yu.A. Ogorodnikova.", "moderated by Yu . A . Ogorodnikova .");
  expect_tokens("by Zh.K.Abenova.", "by Zh . K . Abenova .");
  expect_tokens("Dr.A. Smith", "Dr.A . Smith");
  FkgDoc doc;
  if (segment(&doc, "Выступил В.Логинов.")) {
    int32_t i = find_tok(&doc, "В");
    CHECK(i >= 0 && (doc.toks[i].flags & FKG_TOK_CAP) && (doc.toks[i].flags & FKG_TOK_SPACE),
          "glued initial В: capitalised, space before");
    int32_t j = find_tok(&doc, "Логинов");
    CHECK(j >= 0 && !(doc.toks[j].flags & FKG_TOK_SPACE), "Логинов glued: no space before");
  }
  fkg_doc_clear(&doc);
}

static void
test_sentences(void)
{
  FkgDoc doc;
  const char *t1 = "Губернатор области рассказал о\nпрограмме поддержки семей. Второе "
                   "предложение здесь.";
  if (segment(&doc, t1)) {
    CHECK_INT(doc.nsents, 2, "sentences: line break inside a sentence rejoined");
    int32_t i = find_tok(&doc, "программе");
    CHECK(i >= 0 && doc.toks[i].sent == 0 && (doc.toks[i].flags & FKG_TOK_NL),
          "'программе' (after the line break) is in sentence 1 and flagged NL");
  }
  fkg_doc_clear(&doc);
  const char *t2 = "Заголовок новости\nВ районе открыли центр. Его посетили жители.";
  if (segment(&doc, t2)) {
    CHECK_INT(doc.nsents, 3, "sentences: a title line stays apart from the next capitalised line");
    int32_t i = find_tok(&doc, "Его");
    CHECK(i >= 0 && doc.toks[i].sent == 2, "'Его' starts sentence 3");
  }
  fkg_doc_clear(&doc);
  const char *t3 = "Les participants ont discuté de\nl’inclusion sociale. La séance a duré deux "
                   "heures.";
  if (segment(&doc, t3)) CHECK_INT(doc.nsents, 2, "French: line break inside a sentence rejoined");
  fkg_doc_clear(&doc);
  const char *t4 = "The governor opened the session and\nthanked the volunteers. The minister "
                   "spoke next.";
  if (segment(&doc, t4)) CHECK_INT(doc.nsents, 2, "English: line break inside a sentence rejoined");
  fkg_doc_clear(&doc);
  /* Inside guillemets a full stop does not end the sentence, however many sentences ICU
   * sees in the quotation (the open count is carried over each join), and a closing one, at
   * any depth, ends the quotation. */
  const char *t5 = "Он сказал: «Раз. Два. Три» и ушёл. Потом «Четыре. Пять». Конец.";
  if (segment(&doc, t5)) {
    CHECK_INT(doc.nsents, 3, "guillemets: the sentences inside a quotation are one");
    int32_t i = find_tok(&doc, "Потом"), k = find_tok(&doc, "Конец");
    CHECK(i >= 0 && doc.toks[i].sent == 1 && k >= 0 && doc.toks[k].sent == 2,
          "guillemets: a closed quotation lets the next full stop end the sentence");
  }
  fkg_doc_clear(&doc);
  /* Words of more than one letter: a capital letter and a full stop is an initial. */
  const char *t6 = "«Акт «Бег. Вода» Гора. Дом» Ель. Жук.";
  if (segment(&doc, t6)) {
    CHECK_INT(doc.nsents, 2, "guillemets: nested quotations close in turn");
    int32_t k = find_tok(&doc, "Жук");
    CHECK(k >= 0 && doc.toks[k].sent == 1, "guillemets: 'Жук' after both close starts a sentence");
  }
  fkg_doc_clear(&doc);
  /* Double quotes join a sentence across a full stop when they close within a few tokens (a
   * title), not across sentences of quoted speech. */
  const char *t7 = "A round table \"Social work. A new agenda\" was held. It was moderated by "
                   "Anna Ivanova. She said: \"We met. We talked a lot about the regions and "
                   "their families today. We will go on.\" Then it ended.";
  if (segment(&doc, t7)) {
    int32_t a = find_tok(&doc, "agenda"), r = find_tok(&doc, "round");
    CHECK(a >= 0 && r >= 0 && doc.toks[a].sent == doc.toks[r].sent,
          "double quotes: a title with a full stop is one sentence with its noun");
    int32_t m = find_tok(&doc, "met"), g = find_tok(&doc, "go");
    CHECK(m >= 0 && g >= 0 && doc.toks[m].sent != doc.toks[g].sent,
          "double quotes: quoted speech keeps its sentences");
  }
  fkg_doc_clear(&doc);
  const char *t8 = "Круглый стол „Семья. Дети“ прошёл в Омске. Потом был обед.";
  if (segment(&doc, t8)) {
    CHECK_INT(doc.nsents, 2, "„…“: a title with a full stop is one sentence");
  }
  fkg_doc_clear(&doc);
  /* An initial before a capitalised word is part of a name, not a sentence end. */
  const char *t9 =
      "В ходе сессии «Семья» С. Ларина рассказала о проекте. Потом V. Sinichkin spoke.";
  if (segment(&doc, t9)) {
    CHECK_INT(doc.nsents, 2, "initials: С. Ларина and V. Sinichkin stay in their sentences");
  }
  fkg_doc_clear(&doc);
  /* A sentence that opens with a number after a full stop is a sentence of its own (ICU keeps
   * them together, UAX #29 SB8); an abbreviation's full stop is no sentence end. */
  const char *t10 = "Делегация вернулась с форума. 14 ноября в Сургуте пройдёт форум. Собрали 200 "
                    "тыс. 15 человек получили помощь.";
  if (segment(&doc, t10)) {
    CHECK_INT(doc.nsents, 3, "a number after a full stop opens a sentence, not after тыс.");
    if (doc.nsents == 3)
      CHECK(strcmp(doc.toks[doc.sents[1].first].lower, "14") == 0,
            "the second sentence starts at the day number");
  }
  fkg_doc_clear(&doc);
  /* Every token belongs to the sentence whose range holds it. */
  if (segment(&doc, t1)) {
    int bad = 0;
    for (int32_t s = 0; s < doc.nsents; s++)
      for (int32_t t = doc.sents[s].first; t < doc.sents[s].last; t++)
        bad += doc.toks[t].sent != s;
    CHECK(bad == 0 && doc.sents[doc.nsents - 1].last == doc.ntoks,
          "sentence ranges cover the tokens in order");
  }
  fkg_doc_clear(&doc);
}

static void
test_keys(void)
{
  FkgDoc doc;
  if (segment(&doc, "ХМАО и областной центр. Областного центра нет.")) {
    int32_t a = find_tok(&doc, "ХМАО");
    CHECK(a >= 0 && (doc.toks[a].flags & FKG_TOK_ALLCAPS) && doc.toks[a].capkey &&
              !strcmp(doc.toks[a].capkey, "^хмао"),
          "ХМАО: all capitals, capkey ^хмао");
    int32_t x = find_tok(&doc, "областной"), y = find_tok(&doc, "Областного");
    CHECK(x >= 0 && y >= 0 && !strcmp(doc.toks[x].key, doc.toks[y].key),
          "областной / Областного share a stem key (%s / %s)", x >= 0 ? doc.toks[x].key : "",
          y >= 0 ? doc.toks[y].key : "");
  }
  fkg_doc_clear(&doc);
  if (segment(&doc, "Ёлка и елка — 2019 год.")) {
    int32_t d = find_tok(&doc, "—"), n = find_tok(&doc, "2019");
    CHECK(d >= 0 && (doc.toks[d].flags & FKG_TOK_DASH) && !strcmp(doc.toks[d].lower, "-"),
          "em dash: DASH flag, folded to '-'");
    CHECK(n >= 0 && (doc.toks[n].flags & FKG_TOK_NUM), "2019 is a number token");
    int32_t e1 = find_tok(&doc, "Ёлка"), e2 = find_tok(&doc, "елка");
    CHECK(e1 >= 0 && e2 >= 0 && !strcmp(doc.toks[e1].lower, doc.toks[e2].lower),
          "ё folds to е in lower (%s / %s)", e1 >= 0 ? doc.toks[e1].lower : "",
          e2 >= 0 ? doc.toks[e2].lower : "");
  }
  fkg_doc_clear(&doc);
}

typedef char *(*NameFn)(FkgContext *, FkgArena *, const char *);

/* Each pair's name through `fn` gives the pair's spelling; a NULL spelling: `fn` gives NULL. */
static void
check_names(const char *fn_name, NameFn fn, const char *const (*pairs)[2], size_t n, FkgArena *a)
{
  for (size_t i = 0; i < n; i++) {
    char what[96];
    snprintf(what, sizeof what, "%s(\"%s\")", fn_name, pairs[i][0]);
    const char *got = fn(ctx, a, pairs[i][0]);
    if (pairs[i][1])
      CHECK_STR(got, pairs[i][1], what);
    else
      CHECK(got == NULL, "%s: already BGN, got %s", what, got ? got : "");
  }
}

static void
test_translit(void)
{
  FkgArena a;
  fkg_arena_init(&a, 4096);
  static const char *const pairs[][2] = {
      {"Кольцов", "Koltsov"},   {"Пономарева", "Ponomareva"},  {"Матвиенко", "Matviyenko"},
      {"Воробьёв", "Vorobyëv"}, {"Каграманян", "Kagramanyan"}, {"Щукин", "Shchukin"},
      {"Юрьевна", "Yuryevna"},  {"Mironov", "Mironov"},
  };
  check_names("fkg_translit_name", fkg_translit_name, pairs, sizeof pairs / sizeof *pairs, &a);
  /* French transcriptions to BGN (names-fr.rules), and English spellings that differ from it
   * (names-en.rules; NULL when the name is already BGN). */
  static const char *const french[][2] = {
      {"Kouznetsova", "Kuznetsova"}, {"Kotcherguine", "Kochergin"}, {"Vassilieva", "Vasilyeva"},
      {"Gadjiev", "Gadzhiyev"},      {"Jdanova", "Zhdanova"},       {"Iachina", "Yashina"},
      {"Vassilenko", "Vasilenko"},
  };
  check_names("fkg_translit_french_name", fkg_translit_french_name, french,
              sizeof french / sizeof *french, &a);
  static const char *const english[][2] = {
      {"Zaitseva", "Zaytseva"},  {"Artemieva", "Artemyeva"}, {"Egorova", "Yegorova"},
      {"Gadzhiev", "Gadzhiyev"}, {"Kuznetsov", NULL},        {"Shcherbakov", NULL},
  };
  check_names("fkg_translit_english_name", fkg_translit_english_name, english,
              sizeof english / sizeof *english, &a);
  /* What tells a French transcription from an English one. */
  CHECK_INT(fkg_name_transcription("Jdanova"), 1, "j for ж is French");
  CHECK_INT(fkg_name_transcription("Iachina"), 1, "an initial Ia is French");
  CHECK_INT(fkg_name_transcription("Djabrailov"), 1, "dj is French");
  CHECK_INT(fkg_name_transcription("Zhdanova"), -1, "zh is English");
  CHECK_INT(fkg_name_transcription("Ivanov"), 0, "Ivanov tells nothing");
  CHECK_INT(fkg_name_transcription("Vassilenko"), 1, "ss between vowels is French");
  CHECK_INT(fkg_name_transcription("Evguenia"), 1, "gu before e is French");
  CHECK_INT(fkg_name_transcription("Grossman"), 0, "ss after a consonant tells nothing");
  fkg_arena_clear(&a);
}

/* A slug is lower-case ASCII letters and digits in runs joined by single dashes. */
static int
slug_ok(const char *s)
{
  if (!s || !*s) return 0;
  if (s[0] == '-' || s[strlen(s) - 1] == '-') return 0;
  for (const char *p = s; *p; p++) {
    int ok = (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '-';
    if (!ok || (p[0] == '-' && p[1] == '-')) return 0;
  }
  return 1;
}

static void
test_slug(void)
{
  FkgArena a;
  fkg_arena_init(&a, 4096);
  CHECK_STR(fkg_slug(ctx, &a, "Social Innovation Forum 2019", 64), "social-innovation-forum-2019",
            "slug of an English title");
  CHECK_STR(fkg_slug(ctx, &a, "  «Hello»,  World!  ", 64), "hello-world",
            "slug drops quotes and punctuation");
  CHECK_STR(fkg_slug(ctx, &a, "Forum des régions d'Europe", 64), "forum-des-regions-deurope",
            "slug of a French title (accents dropped, apostrophe joins)");
  const char *ru = fkg_slug(ctx, &a, "Форум социальных инноваций", 64);
  /* Slugs romanise Cyrillic with BGN/PCGN, like names (социальных → sotsialnykh). */
  CHECK(slug_ok(ru) && !strcmp(ru, "forum-sotsialnykh-innovatsiy"),
        "slug of a Russian title is ASCII (BGN/PCGN): %s", ru ? ru : "(null)");
  CHECK_STR(fkg_slug(ctx, &a, "— « » !", 64), "", "slug of punctuation only is empty");
  /* A cut slug is a prefix of the whole slug that ends at a word end, never two words run
   * together. */
  static const size_t maxes[] = {5, 7, 8, 9, 12};
  const char *title = "abcdefg hij klmno";
  const char *full = fkg_slug(ctx, &a, title, 64);
  for (size_t k = 0; k < sizeof maxes / sizeof *maxes; k++) {
    const char *s = fkg_slug(ctx, &a, title, maxes[k]);
    size_t n = s ? strlen(s) : 0;
    int prefix = s && full && n <= maxes[k] && strncmp(full, s, n) == 0 &&
                 (full[n] == '\0' || full[n] == '-' || n == maxes[k]);
    CHECK(prefix && slug_ok(s), "slug(\"%s\", %zu) = \"%s\": a prefix of \"%s\" within the limit",
          title, maxes[k], s ? s : "(null)", full ? full : "(null)");
  }
  fkg_arena_clear(&a);
}

static void
test_phrase_keys(void)
{
  FkgArena a;
  fkg_arena_init(&a, 4096);
  const char *keys[8];
  unsigned char caps[8];
  int n = fkg_segment_phrase_keys(ctx, &a, "Ярославская область", keys, caps, 8);
  FkgDoc doc;
  CHECK_INT(n, 2, "phrase keys of 'Ярославская область'");
  if (n == 2 && segment(&doc, "Он работает в Ярославской области.")) {
    int32_t i = find_tok(&doc, "Ярославской");
    CHECK(i >= 0 && i + 1 < doc.ntoks && !strcmp(doc.toks[i].key, keys[0]) &&
              !strcmp(doc.toks[i + 1].key, keys[1]),
          "phrase keys equal the token keys of the prepositional case (%s %s)", keys[0], keys[1]);
    fkg_doc_clear(&doc);
  }
  n = fkg_segment_phrase_keys(ctx, &a, "ХМАО", keys, caps, 8);
  CHECK(n == 1 && caps[0] == 1 && !strcmp(keys[0], "^хмао"), "phrase key of ХМАО is ^хмао");
  fkg_arena_clear(&a);
}

/* Token forms are kept per context: a word met again (in the same document or a later one) gets
 * the same class and strings as the first time, and forms differing only in case stay apart. */
static void
test_token_forms(void)
{
  static const char text[] = "МОСКВА и Москва. москва, Москва и МОСКВА!\nL'organisation sociale.";
  static const struct {
    const char *surface, *lower, *key, *capkey;
    uint32_t flags;
  } want[] = {
      {"МОСКВА", "москва", "москв", "^москва", FKG_TOK_WORD | FKG_TOK_CAP | FKG_TOK_ALLCAPS},
      {"Москва", "москва", "москв", NULL, FKG_TOK_WORD | FKG_TOK_CAP},
      {"москва", "москва", "москв", NULL, FKG_TOK_WORD},
      {"sociale", "sociale", "social", NULL, FKG_TOK_WORD},
      {"!", "!", "!", NULL, FKG_TOK_PUNCT},
  };
  for (int pass = 0; pass < 2; pass++) {
    FkgDoc doc;
    if (!segment(&doc, text)) continue;
    for (size_t k = 0; k < sizeof want / sizeof *want; k++) {
      int seen = 0, same = 1;
      for (int32_t i = 0; i < doc.ntoks; i++) {
        const FkgToken *t = &doc.toks[i];
        if (strcmp(t->surface, want[k].surface) != 0) continue;
        seen++;
        uint32_t cls =
            t->flags & ~(uint32_t)(FKG_TOK_NL | FKG_TOK_SPACE | FKG_TOK_CYR | FKG_TOK_LAT);
        same &= !strcmp(t->lower, want[k].lower) && !strcmp(t->key, want[k].key) &&
                (want[k].capkey ? t->capkey && !strcmp(t->capkey, want[k].capkey)
                                : t->capkey == NULL) &&
                cls == want[k].flags;
      }
      CHECK(seen >= 1 && same, "pass %d: every '%s' token has lower %s, key %s, capkey %s",
            pass + 1, want[k].surface, want[k].lower, want[k].key,
            want[k].capkey ? want[k].capkey : "none");
    }
    fkg_doc_clear(&doc);
  }
}

/* Slugs are romanised word by word (each word memoised): the results are those of whole-title
 * transliteration (the expected values were made so), including BGN's word-initial е → ye
 * after a space and at the start, and titles in guillemets (Any-Latin; Latin-ASCII). Asked
 * twice, so that the second answers come from the memoised words. */
static void
test_slug_words(void)
{
  static const char *const want[][2] = {
      {"Екатерина Егорова и Ёлка", "yekaterina-yegorova-i-yelka"},
      {"заезд Ёлки ель Ель", "zayezd-yelki-yel-yel"},
      {"семейным проектом «Серебряный возраст»", "semejnym-proektom-serebranyj-vozrast"},
      {"«Ёлка» «Эхо» Йод йогурт ТСЖ Тсс", "elka-eho-jod-jogurt-tsz-tss"},
      {"Премия «Лучший социальный проект года» — 2019", "premia-lucsij-socialnyj-proekt-goda-2019"},
      {"министр социальной политики Смоленской области",
       "ministr-sotsialnoy-politiki-smolenskoy-oblasti"},
      {"Форум «Сообщество» – Екатеринбург, Ейск", "forum-soobsestvo-ekaterinburg-ejsk"},
      {"Школа «Щит» и «Щука»: подъезд, объём", "skola-sit-i-suka-pod-ezd-ob-em"},
  };
  FkgArena a;
  fkg_arena_init(&a, 4096);
  for (int pass = 0; pass < 2; pass++)
    for (size_t k = 0; k < sizeof want / sizeof *want; k++) {
      char what[256];
      snprintf(what, sizeof what, "pass %d: slug of \"%s\"", pass + 1, want[k][0]);
      CHECK_STR(fkg_slug(ctx, &a, want[k][0], 80 + (size_t)pass), want[k][1], what);
    }
  fkg_arena_clear(&a);
}

/* The word boundaries of `text` from the context's chunks against ICU over the whole text; the
 * differences are printed. Returns 1 when they agree. */
static int
same_word_breaks(const UChar *text, int32_t len, const char *what)
{
  FkgArena a;
  fkg_arena_init(&a, 64 * 1024);
  int32_t *fast, *ref;
  /* Twice the chunked way: the first pass learns the chunks, the second reads them back. */
  int32_t nf = fkg_segment_word_ends(ctx, &a, text, len, 0, &fast);
  if (nf >= 0) nf = fkg_segment_word_ends(ctx, &a, text, len, 0, &fast);
  int32_t nr = fkg_segment_word_ends(ctx, &a, text, len, 1, &ref);
  int ok = nf >= 0 && nf == nr;
  for (int32_t k = 0; ok && k < nr; k++)
    ok = fast[k] == ref[k];
  if (!ok) {
    int32_t k = 0;
    while (k < nf && k < nr && fast[k] == ref[k])
      k++;
    printf("  %s: %d vs %d boundaries, first difference at boundary %d (%d vs %d)\n", what, (int)nf,
           (int)nr, (int)k, k < nf ? (int)fast[k] : -1, k < nr ? (int)ref[k] : -1);
  }
  fkg_arena_clear(&a);
  return ok;
}

/* Chunked word breaks equal ICU's on texts made to test the cuts: white space and line breaks
 * next to combining marks, format characters, joiners, emoji, non-BMP letters, scripts ICU
 * breaks by dictionary, CR LF, no-break and ideographic spaces, elisions and numbers. */
static void
test_word_chunks(void)
{
  static const char *const texts[] = {
      "Форум прошел в Москве.  Второй   день\nначался.\n\nИтоги",
      "a \xCC\x81"
      "b c\xCC\x81 d \xE2\x80\x8B"
      "e f\xE2\x80\x8D g \xE2\x80\x8D\xF0\x9F\x91\xA9 h",
      "\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x92\xBB \xF0\x9F\x87\xB7\xF0\x9F\x87\xBA "
      "\xF0\x9F\x87\xAB\xF0\x9F\x87\xB7 x",
      "\xF0\x90\x90\x80\xF0\x90\x90\xA8 \xF0\x9D\x90\x80 \xE0\xB8\xAA\xE0\xB8\xA7\xE0\xB8\xB1"
      "\xE0\xB8\xAA\xE0\xB8\x94\xE0\xB8\xB5 \xE4\xBD\xA0\xE5\xA5\xBD\xE4\xB8\x96\xE7\x95\x8C "
      "\xE3\x82\xAB\xE3\x82\xBF\xE3\x82\xAB\xE3\x83\x8A",
      "line\r\nnext\rthird \xC2\xA0nbsp\xC2\xA0 x\xE3\x80\x80y \xE2\x80\xA8z\xE2\x80\xA9w",
      "l'organisation d\xE2\x80\x99"
      "experts 3,5 % 1 000 000 U.S.A. e.g. 10:30 a_b ab'cd \"q\" "
      "'s' \xC2\xAB\xD1\x8F\xC2\xBB",
      " lead and trail ",
      "\n",
      " ",
      "x",
      "\xCC\x81\xCC\x81 \xCC\x81",
  };
  for (size_t k = 0; k < sizeof texts / sizeof *texts; k++) {
    UChar u[512];
    int32_t n = 0;
    UErrorCode err = U_ZERO_ERROR;
    u_strFromUTF8(u, 512, &n, texts[k], -1, &err);
    char what[64];
    snprintf(what, sizeof what, "chunked word breaks equal ICU's on text %d", (int)k);
    CHECK(U_SUCCESS(err) && same_word_breaks(u, n, what), "%s", what);
  }
}

/* The same over every document of the given directories, as loaded (the differential check
 * over corpora: `unit_segment DIR...` runs it on any corpus). */
static void
test_word_chunks_corpus(int ndirs, char **dirs)
{
  for (int d = 0; d < ndirs; d++) {
    DIR *dir = opendir(dirs[d]);
    if (!CHECK(dir != NULL, "open corpus %s", dirs[d])) continue;
    long docs = 0, bad = 0;
    struct dirent *de;
    while ((de = readdir(dir))) {
      if (de->d_name[0] == '.') continue;
      char path[4096];
      snprintf(path, sizeof path, "%s/%s", dirs[d], de->d_name);
      unsigned char *bytes;
      size_t n;
      if (fkg_text_read_file(ctx, path, &bytes, &n)) continue;
      FkgDoc doc;
      if (!fkg_text_load(ctx, &doc, path, path, bytes, n)) {
        docs++;
        if (!same_word_breaks(doc.text, doc.len, path)) bad++;
      }
      fkg_doc_clear(&doc);
      free(bytes);
    }
    closedir(dir);
    CHECK(docs > 0 && bad == 0,
          "chunked word breaks equal ICU's on %ld documents of %s (%ld differ)", docs, dirs[d],
          bad);
  }
}

int
main(int argc, char **argv)
{
  ctx = check_context_new(&diag, &diaglog, NULL);
  if (argc > 1) {
    test_word_chunks_corpus(argc - 1, argv + 1);
    fkg_context_free(ctx);
    return check_summary();
  }
  char *seeds = FKG_TEST_SEEDS_DIR;
  test_word_chunks();
  test_word_chunks_corpus(1, &seeds);
  test_quotes();
  test_french();
  test_initials();
  test_sentences();
  test_keys();
  test_translit();
  test_slug();
  test_phrase_keys();
  test_token_forms();
  test_slug_words();
  fkg_context_free(ctx);
  return check_summary();
}
