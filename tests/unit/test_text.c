/* forumkg unit tests: the text stage (src/text). SHA-256 against the FIPS 180-2 vectors, then
 * fkg_text_load on byte strings: BOM, CRLF, NFC and the code-point map, the rejected inputs and
 * where they are reported, legacy encodings, language identification, metadata and chrome. */
#include "check.h"
#include "forumkg/segment.h"
#include "forumkg/text.h"

#include <unicode/ucnv.h>

static FkgContext *ctx;
static FkgDiag diag;
static CheckDiagLog diaglog;

static void
test_sha256(void)
{
  char hex[65];
  fkg_sha256_hex((const unsigned char *)"", 0, hex);
  CHECK_STR(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", "sha256 \"\"");
  fkg_sha256_hex((const unsigned char *)"abc", 3, hex);
  CHECK_STR(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
            "sha256 \"abc\"");
  const char *m448 = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
  fkg_sha256_hex((const unsigned char *)m448, strlen(m448), hex);
  CHECK_STR(hex, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
            "sha256 448-bit message");
  size_t n = 1000000;
  unsigned char *a = malloc(n);
  if (!a) exit(2);
  memset(a, 'a', n);
  fkg_sha256_hex(a, n, hex);
  CHECK_STR(hex, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0",
            "sha256 one million 'a'");
  /* Padding boundaries: 55 bytes fit one block with the length, 56 need two; 63 and 64. */
  static const struct {
    size_t n;
    const char *hex;
  } pads[] = {
      {55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"},
      {56, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"},
      {63, "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34"},
      {64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"},
  };
  for (size_t i = 0; i < sizeof pads / sizeof *pads; i++) {
    char what[64];
    snprintf(what, sizeof what, "sha256 of %zu 'a'", pads[i].n);
    fkg_sha256_hex(a, pads[i].n, hex);
    CHECK_STR(hex, pads[i].hex, what);
  }
  free(a);
}

/* Loads a NUL-terminated UTF-8 literal (or `n` bytes when n > 0) as the document "t.txt". */
static FkgStatus
load(FkgDoc *doc, const char *bytes, size_t n)
{
  diaglog.n = 0;
  return fkg_text_load(ctx, doc, "dir/t.txt", "t.txt", (const unsigned char *)bytes,
                       n ? n : strlen(bytes));
}

/* The document text [b, e) in UTF-8, or "" when it cannot be converted. */
static const char *
text_of(FkgDoc *doc, int32_t b, int32_t e)
{
  const char *s = fkg_doc_utf8(doc, b, e);
  return s ? s : "";
}

/* UTF-16 offset of the first occurrence of UTF-8 `needle` in the doc text, or -1. */
static int32_t
find_text(FkgDoc *doc, const char *needle)
{
  const char *all = text_of(doc, 0, doc->len);
  const char *p = strstr(all, needle);
  if (!p) return -1;
  /* Count UTF-16 units of the prefix. */
  int32_t u = 0;
  for (const unsigned char *q = (const unsigned char *)all; q < (const unsigned char *)p; q++) {
    if ((*q & 0xC0) == 0x80) continue;
    u += (*q >= 0xF0) ? 2 : 1;
  }
  return u;
}

static int
all_skipped(const FkgDoc *doc, int32_t b, int32_t e)
{
  if (b < 0 || e > doc->len || b >= e) return 0;
  for (int32_t i = b; i < e; i++)
    if (!doc->skip[i]) return 0;
  return 1;
}

static int
none_skipped(const FkgDoc *doc, int32_t b, int32_t e)
{
  if (b < 0 || e > doc->len || b >= e) return 0;
  for (int32_t i = b; i < e; i++)
    if (doc->skip[i]) return 0;
  return 1;
}

static void
test_bom_crlf_nfc(void)
{
  FkgDoc doc;
  const char bom[] = "\xEF\xBB\xBFHello world.";
  FkgStatus st = load(&doc, bom, 0);
  CHECK_INT(st, FKG_SUCCESS, "BOM text loads");
  if (!st) {
    CHECK_INT(doc.len, 12, "BOM stripped: length of \"Hello world.\"");
    CHECK(doc.text[0] == 'H', "BOM stripped: text starts with 'H' (got U+%04X)", doc.text[0]);
    char hex[65];
    fkg_sha256_hex((const unsigned char *)bom, strlen(bom), hex);
    CHECK_STR(doc.sha256, hex, "sha256 is of the input bytes, BOM included");
    CHECK_STR(doc.encoding, "UTF-8", "BOM text encoding");
  }
  fkg_doc_clear(&doc);

  st = load(&doc, "\xEF\xBB\xBF", 0);
  CHECK_INT(st, FKG_BAD_INPUT, "a file holding only a BOM is empty");
  fkg_doc_clear(&doc);

  /* CRLF: loads, no token is a carriage return, and the line broken in mid-sentence is
   * rejoined into one sentence. */
  st = load(&doc, "Первая строка текста\r\nпродолжается здесь.\r\nВторое предложение.\r\n", 0);
  CHECK_INT(st, FKG_SUCCESS, "CRLF text loads");
  if (!st && !fkg_segment_doc(ctx, &doc)) {
    int cr = 0;
    for (int32_t i = 0; i < doc.ntoks; i++)
      if (strchr(doc.toks[i].surface, '\r')) cr++;
    CHECK_INT(cr, 0, "CRLF: tokens holding a carriage return");
    CHECK_INT(doc.nsents, 2, "CRLF: sentences (first one rejoined across CRLF)");
  }
  fkg_doc_clear(&doc);

  /* NFC: e + U+0301 becomes U+00E9; the map counts code points. */
  st = load(&doc, "Cafe\xCC\x81 cre\xCC\x80me", 0);
  CHECK_INT(st, FKG_SUCCESS, "decomposed text loads");
  if (!st) {
    CHECK_INT(doc.len, 10, "NFC: UTF-16 length of \"Café crème\"");
    CHECK(doc.text[3] == 0x00E9, "NFC: e + U+0301 composed to U+00E9 (got U+%04X)", doc.text[3]);
    CHECK_STR(text_of(&doc, 0, doc.len), "Caf\xC3\xA9 cr\xC3\xA8me", "NFC text");
    CHECK_INT(doc.cp[doc.len], 10, "NFC: code points of \"Café crème\"");
  }
  fkg_doc_clear(&doc);

  /* An emoji is two UTF-16 units and one code point. */
  st = load(&doc,
            "a\xF0\x9F\x98\x80"
            "b \xD0\xAF",
            0);
  CHECK_INT(st, FKG_SUCCESS, "emoji text loads");
  if (!st) {
    CHECK_INT(doc.len, 6, "emoji: UTF-16 length of a😀b Я (the emoji takes 2 units)");
    CHECK_INT(doc.cp[0], 0, "cp[0]");
    CHECK_INT(doc.cp[1], 1, "cp[1] (emoji lead)");
    CHECK_INT(doc.cp[3], 2, "cp[3] ('b' after the surrogate pair)");
    CHECK_INT(doc.cp[4], 3, "cp[4] (space)");
    CHECK_INT(doc.cp[doc.len], 5, "cp[len]: code points in a😀b Я");
  }
  fkg_doc_clear(&doc);
}

static void
test_rejected(void)
{
  FkgDoc doc;
  FkgStatus st = load(&doc, "", 0);
  CHECK_INT(st, FKG_BAD_INPUT, "empty input");
  CHECK(diaglog.n == 1 && check_diag_has(&diaglog, "dir/t.txt"),
        "empty input reported once, naming the file: %s", check_diag_last(&diaglog));
  fkg_doc_clear(&doc);

  /* "abc\n" is bytes 0-3, "déf" bytes 4-7 (é is two bytes), the NUL is byte 8, line 2 col 4. */
  const char nul[] = "abc\nd\xC3\xA9"
                     "f\0gh\n";
  st = load(&doc, nul, sizeof nul - 1);
  CHECK_INT(st, FKG_BAD_INPUT, "NUL byte");
  CHECK(check_diag_has(&diaglog, "dir/t.txt:2:4: error:"),
        "NUL byte located at dir/t.txt:2:4 (columns in code points): %s",
        check_diag_last(&diaglog));
  CHECK(check_diag_has(&diaglog, "offset 8"), "NUL byte message names offset 8: %s",
        check_diag_last(&diaglog));
  fkg_doc_clear(&doc);
}

static void
test_forced_utf8(void)
{
  FkgDiag d2;
  CheckDiagLog log2;
  FkgContext *c2 = check_context_new(&d2, &log2, "UTF-8");
  /* "first line\n" is 11 bytes, "second " 7 more: the bad 0xC3 is at offset 18, line 2 col 8. */
  const char *bytes = "first line\nsecond \xC3( line\n";
  FkgDoc doc;
  FkgStatus st =
      fkg_text_load(c2, &doc, "in.txt", "in.txt", (const unsigned char *)bytes, strlen(bytes));
  CHECK_INT(st, FKG_BAD_ENCODING, "invalid UTF-8 with --encoding UTF-8");
  CHECK(check_diag_has(&log2, "in.txt:2:8: error:"), "invalid UTF-8 located at in.txt:2:8: %s",
        check_diag_last(&log2));
  CHECK(check_diag_has(&log2, "offset 18") && check_diag_has(&log2, "0xC3"),
        "invalid UTF-8 message names byte 0xC3 and offset 18: %s", check_diag_last(&log2));
  fkg_doc_clear(&doc);
  fkg_context_free(c2);
}

/* Every ill-formed UTF-8 sequence is refused, and placed, the same way whether ICU's conversion
 * or the scan sees it first: overlong forms, surrogates, code points past U+10FFFF, bytes that
 * never occur, lone continuation bytes, sequences cut short (mid-text and at the end). The "é"
 * before each makes the text broken UTF-8 rather than a legacy charset. */
static void
test_ill_formed_utf8(void)
{
  static const char *const bad[] = {
      "\xC0\x80",
      "\xC1\xBF",
      "\xE0\x80\x80",
      "\xE0\x9F\xBF",
      "\xED\xA0\x80",
      "\xED\xBF\xBF",
      "\xF0\x80\x80\x80",
      "\xF4\x90\x80\x80",
      "\xF5\x80\x80\x80",
      "\xF8\x88\x80\x80\x80",
      "\xFE",
      "\xFF",
      "\x80",
      "\xBF",
      "\xE2\x82",
      "\xF0\x9F\x98",
      "\xC3",
      "\xE2\x82 x",
  };
  for (size_t k = 0; k < sizeof bad / sizeof *bad; k++) {
    char text[64];
    int len = snprintf(text, sizeof text, "ab \xC3\xA9 cd%s", bad[k]);
    FkgDoc doc;
    FkgStatus st = load(&doc, text, (size_t)len);
    CHECK(st == FKG_BAD_ENCODING && check_diag_has(&diaglog, "offset 8"),
          "ill-formed UTF-8 %d refused at offset 8 (status %d): %s", (int)k, (int)st,
          check_diag_last(&diaglog));
    fkg_doc_clear(&doc);
  }
  /* Noncharacters and the last code points are well-formed: kept. */
  const char *good = "ab \xC3\xA9 \xEF\xBF\xBE \xF4\x8F\xBF\xBF \xEF\xBF\xBF\n";
  FkgDoc doc;
  CHECK_INT(load(&doc, good, strlen(good)), FKG_SUCCESS, "noncharacters are well-formed UTF-8");
  fkg_doc_clear(&doc);
}

/* A Russian text of our own, more than 300 bytes in Windows-1251. */
static const char kRussian[] =
    "Администрация района подвела итоги работы социальных служб за прошлый год. "
    "Специалисты рассказали, что число семей, получивших адресную помощь, заметно выросло, "
    "а очередь в детские сады сократилась почти вдвое. Глава района поблагодарил волонтеров "
    "и предложил расширить программу поддержки пожилых жителей отдаленных деревень, "
    "где до сих пор не хватает врачей и социальных работников.\n";

static void
test_windows_1251(void)
{
  char cp[2048];
  UErrorCode err = U_ZERO_ERROR;
  int32_t n = ucnv_convert("windows-1251", "UTF-8", cp, sizeof cp, kRussian, -1, &err);
  if (!CHECK(U_SUCCESS(err) && n >= 300, "test text converted to Windows-1251 (%d bytes)", n))
    return;
  FkgDoc doc;
  FkgStatus st = load(&doc, cp, (size_t)n);
  CHECK_INT(st, FKG_SUCCESS, "Windows-1251 text loads");
  if (!st) {
    CHECK_STR(doc.encoding, "windows-1251", "detected encoding");
    CHECK_STR(text_of(&doc, 0, doc.len), kRussian, "converted text equals the original");
    CHECK_INT(doc.lang, FKG_LANG_RU, "language of the converted text");
    char hex[65];
    fkg_sha256_hex((const unsigned char *)cp, (size_t)n, hex);
    CHECK_STR(doc.sha256, hex, "sha256 is of the Windows-1251 bytes");
  }
  fkg_doc_clear(&doc);

  /* KOI8-R, the other legacy Cyrillic encoding of the genre. */
  n = ucnv_convert("KOI8-R", "UTF-8", cp, sizeof cp, kRussian, -1, &err);
  if (!CHECK(U_SUCCESS(err) && n >= 300, "test text converted to KOI8-R (%d bytes)", n)) return;
  st = load(&doc, cp, (size_t)n);
  CHECK_INT(st, FKG_SUCCESS, "KOI8-R text loads");
  if (!st) {
    CHECK_STR(doc.encoding, "KOI8-R", "detected encoding");
    CHECK_STR(text_of(&doc, 0, doc.len), kRussian, "converted KOI8-R text equals the original");
  }
  fkg_doc_clear(&doc);
}

static void
test_language(void)
{
  static const struct {
    const char *text;
    FkgLang lang;
  } cases[] = {
      {"Губернатор рассказал участникам совещания о поддержке многодетных семей и о "
       "строительстве новых детских садов в районах области.",
       FKG_LANG_RU},
      {"Le gouverneur a présenté aux participants les résultats du programme régional d'aide "
       "aux familles nombreuses et aux personnes âgées.",
       FKG_LANG_FR},
      {"The governor told the participants about the regional programme that supports large "
       "families and elderly people in rural districts.",
       FKG_LANG_EN},
      /* Latin names in a Russian text do not make it English. */
      {"В работе площадки приняли участие эксперты из Франции, в том числе Jean Dupont и "
       "Marie Leclerc, а также представители фонда Social Impact.",
       FKG_LANG_RU},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    FkgDoc doc;
    FkgStatus st = load(&doc, cases[i].text, 0);
    char what[96];
    snprintf(what, sizeof what, "language of sample %zu (%s)", i + 1, fkg_lang_code(cases[i].lang));
    CHECK(!st && doc.lang == cases[i].lang, "%s: got %s", what,
          st ? "(load failed)" : fkg_lang_code(doc.lang));
    fkg_doc_clear(&doc);
  }
}

static void
test_metadata(void)
{
  FkgDoc doc;
  const char *t1 = "date 2019-06 Source: Agence Exemple\nLe forum a réuni des experts.\n";
  FkgStatus st = load(&doc, t1, 0);
  CHECK_INT(st, FKG_SUCCESS, "metadata text 1 loads");
  if (!st) {
    CHECK(doc.date.year == 2019 && doc.date.month == 6 && doc.date.day == 0,
          "date 2019-06 header: got %d-%d-%d", doc.date.year, doc.date.month, doc.date.day);
    int32_t body = find_text(&doc, "Le forum");
    CHECK(all_skipped(&doc, 0, find_text(&doc, "\n")), "date/source line masked");
    CHECK(none_skipped(&doc, body, body + 8), "article text after the header not masked");
  }
  fkg_doc_clear(&doc);

  const char *t2 = "Дата новости: 11.02.2018 10:17:03\nВ районе открыли новый центр.\n";
  st = load(&doc, t2, 0);
  CHECK_INT(st, FKG_SUCCESS, "metadata text 2 loads");
  if (!st) {
    CHECK(doc.date.year == 2018 && doc.date.month == 2 && doc.date.day == 11,
          "Дата новости: 11.02.2018 header: got %d-%d-%d", doc.date.year, doc.date.month,
          doc.date.day);
    CHECK(all_skipped(&doc, 0, find_text(&doc, "\n")), "Дата новости line masked");
    int32_t body = find_text(&doc, "В районе");
    CHECK(none_skipped(&doc, body, body + 8), "article text after the date line not masked");
  }
  fkg_doc_clear(&doc);

  /* Date lines with a label and a time zone, and slash dates whose day may be a month (the
   * year alone: 10/09/2025 is 10 September or October 9 depending on the page). */
  static const struct {
    const char *text;
    int y, m, d;
  } lines[] = {
      {"Posted 2024-09-11 14:32 MSK | Updated 2024-09-11 16:05 MSK\nThe forum opened.\n", 2024, 9,
       11},
      {"Опубликовано: 2023-05-17 09:00\nФорум открылся.\n", 2023, 5, 17},
      {"10/09/2025\nLe forum s'est ouvert.\n", 2025, 0, 0},
      {"19/09/2024\nLe forum s'est ouvert.\n", 2024, 9, 19},
      {"EN BREF — 21 juin 2019\nLe forum s'est ouvert.\n", 2019, 0, 21},
      {"Society | Yekaterinburg | Published 4 October 2024, 11:30 | Views: 2,317\nThe session "
       "opened.\n",
       2024, 0, 4},
      /* an issue's number before a numeric date */
      {"Issue 41 — 10.06.2021\nThe forum opened.\n", 2021, 6, 10},
      {"Выпуск № 7 — 03.04.2024\nФорум открылся.\n", 2024, 4, 3},
      {"Выпуск 7 — 03.04.2024\nФорум открылся.\n", 2024, 4, 3},
  };
  for (size_t i = 0; i < sizeof lines / sizeof *lines; i++) {
    st = load(&doc, lines[i].text, 0);
    CHECK(!st && doc.date.year == lines[i].y && doc.date.month == lines[i].m &&
              doc.date.day == lines[i].d,
          "date line %zu: got %d-%d-%d", i, doc.date.year, doc.date.month, doc.date.day);
    if (!st) CHECK(all_skipped(&doc, 0, find_text(&doc, "\n")), "date line %zu masked", i);
    fkg_doc_clear(&doc);
  }

  /* A date in the article body is not the article's date. */
  st = load(&doc, "В районе открыли центр, о нем писали 11.02.2018 и позже.\n", 0);
  CHECK(!st && doc.date.year == 0, "a date inside a sentence is not header metadata (got %d)",
        doc.date.year);
  fkg_doc_clear(&doc);

  /* Chrome lines, with LF and with CRLF line ends. */
  static const char *const chrome[] = {
      "Размер шрифта: A A A\nВозврат к списку\nВ районе открыли новый центр.\n",
      "Размер шрифта: A A A\r\nВозврат к списку\r\nВ районе открыли новый центр.\r\n",
  };
  for (int k = 0; k < 2; k++) {
    st = load(&doc, chrome[k], 0);
    const char *how = k ? "CRLF" : "LF";
    CHECK_INT(st, FKG_SUCCESS, k ? "chrome text (CRLF) loads" : "chrome text (LF) loads");
    if (st) {
      fkg_doc_clear(&doc);
      continue;
    }
    int32_t l1 = find_text(&doc, "Размер"), l2 = find_text(&doc, "Возврат"),
            body = find_text(&doc, "В районе");
    CHECK(all_skipped(&doc, l1, l1 + 20), "%s: 'Размер шрифта: A A A' masked", how);
    CHECK(all_skipped(&doc, l2, l2 + 16), "%s: 'Возврат к списку' masked", how);
    CHECK(none_skipped(&doc, body, body + 8), "%s: article line not masked", how);
    if (!fkg_segment_doc(ctx, &doc)) {
      int leaked = 0;
      for (int32_t i = 0; i < doc.ntoks; i++)
        if (!strcmp(doc.toks[i].lower, "шрифта") || !strcmp(doc.toks[i].lower, "списку")) leaked++;
      CHECK_INT(leaked, 0, "chrome words among the tokens");
    }
    fkg_doc_clear(&doc);
  }

  /* "contains" chrome (chrome.tsv kind): a copyright notice anywhere in a short line masks the
   * line; the same words inside a long article sentence do not. */
  st = load(&doc,
            "Губернатор открыл форум в Кирове.\nПравительство Кировской области, 2024. Все права "
            "защищены.\nВ районе открыли новый центр.\n",
            0);
  CHECK_INT(st, FKG_SUCCESS, "copyright text loads");
  if (!st) {
    int32_t l = find_text(&doc, "Правительство"), first = find_text(&doc, "Губернатор"),
            body = find_text(&doc, "В районе");
    CHECK(all_skipped(&doc, l, l + 50), "'Правительство … Все права защищены.' masked");
    CHECK(none_skipped(&doc, first, first + 10), "line before the notice not masked");
    CHECK(none_skipped(&doc, body, body + 8), "line after the notice not masked");
  }
  fkg_doc_clear(&doc);
}

/* Chrome is decided per line by the chrome.tsv patterns, most of which are ruled out by the
 * line's first code points (learnt from ICU and kept in the context): upper, lower and mixed
 * case chrome lines in the three languages are masked, and article lines that share a prefix
 * with chrome ("Размер пособия" / "Размер шрифта", "Print media" / "Print") are not, on the first
 * document that teaches the prefixes and again on a second one that reuses them and the
 * decisions kept for the lines ICU had to decide. */
static void
test_chrome_prefixes(void)
{
  static const char *const chrome[] = {
      "РАЗМЕР ШРИФТА: A A A",
      "размер шрифта: a a a",
      "Версия для слабовидящих",
      "ВЕРСИЯ ДЛЯ ПЕЧАТИ",
      "Font size: large",
      "PRINT THIS PAGE",
      "Back To The List",
      "Imprimer cet article",
      "RETOUR À LA LISTE",
      "Partager sur Facebook",
      "Поделиться: ВКонтакте, Telegram",
      "Республика Татарстан · Официальный портал",
      "Министерство труда, занятости и социальной защиты РТ > Пресс-центр > Анонсы",
      "Home › News › Regions",
  };
  static const char *const body[] = {
      "Размер пособия вырос на десять процентов",  "Версия о причинах пожара не подтвердилась",
      "Print media covered the forum on pensions", "Backing the reform, the minister spoke",
      "Imprimerie nationale a publié le rapport",  "Retour des retraités au travail en Russie",
      "Поделились опытом руководители центров",    "Доля граждан старше 80 лет > 4% в трёх районах",
  };
  for (int pass = 0; pass < 2; pass++) {
    char text[4096] = "";
    size_t n = 0;
    for (size_t k = 0; k < sizeof chrome / sizeof *chrome; k++)
      n += (size_t)snprintf(text + n, sizeof text - n, "%s\n%s.\n", chrome[k],
                            body[k % (sizeof body / sizeof *body)]);
    FkgDoc doc;
    FkgStatus st = load(&doc, text, 0);
    CHECK(st == FKG_SUCCESS, "chrome prefixes text loads (pass %d)", pass + 1);
    if (st) {
      fkg_doc_clear(&doc);
      continue;
    }
    for (size_t k = 0; k < sizeof chrome / sizeof *chrome; k++) {
      int32_t at = find_text(&doc, chrome[k]);
      CHECK(all_skipped(&doc, at, at + (int32_t)strlen("Font")), "pass %d: '%s' masked", pass + 1,
            chrome[k]);
    }
    for (size_t k = 0; k < sizeof body / sizeof *body; k++) {
      int32_t at = find_text(&doc, body[k]);
      CHECK(none_skipped(&doc, at, at + 12), "pass %d: '%s' not masked", pass + 1, body[k]);
    }
    fkg_doc_clear(&doc);
  }
}

/* "contains" chrome patterns are searched only in lines whose text can start a match at some
 * position (learnt from ICU, as for whole-line patterns): the notice is found anywhere in a
 * short line, in any case, and lines with the same words in another order stay. */
static void
test_chrome_contains(void)
{
  static const char *const chrome[] = {
      "Министерство труда, 2024. ВСЕ ПРАВА ЗАЩИЩЕНЫ.",
      "Agence Exemple 2021 — All Rights Reserved",
      "Ville de Lyon. Tous Droits Réservés",
      "Нашли ошибку? Выделите её и нажмите Ctrl+Enter",
  };
  static const char *const body[] = {
      "Все права граждан защищены законом о социальной защите.",
      "All the rights of pensioners are reserved by the new law.",
      "Tous les droits des retraités sont réservés par la loi.",
      "Control of enterprise budgets was discussed by the ministry.",
  };
  for (int pass = 0; pass < 2; pass++) {
    char text[4096] = "";
    size_t n = 0;
    for (size_t k = 0; k < sizeof chrome / sizeof *chrome; k++)
      n += (size_t)snprintf(text + n, sizeof text - n, "%s\n%s\n", body[k], chrome[k]);
    FkgDoc doc;
    FkgStatus st = load(&doc, text, 0);
    CHECK(st == FKG_SUCCESS, "contains chrome text loads (pass %d)", pass + 1);
    if (st) {
      fkg_doc_clear(&doc);
      continue;
    }
    for (size_t k = 0; k < sizeof chrome / sizeof *chrome; k++) {
      int32_t at = find_text(&doc, chrome[k]);
      CHECK(all_skipped(&doc, at, at + 10), "pass %d: '%s' masked", pass + 1, chrome[k]);
      at = find_text(&doc, body[k]);
      CHECK(none_skipped(&doc, at, at + 12), "pass %d: '%s' not masked", pass + 1, body[k]);
    }
    fkg_doc_clear(&doc);
  }
}

int
main(void)
{
  ctx = check_context_new(&diag, &diaglog, NULL);
  test_sha256();
  test_bom_crlf_nfc();
  test_rejected();
  test_forced_utf8();
  test_ill_formed_utf8();
  test_windows_1251();
  test_language();
  test_metadata();
  test_chrome_prefixes();
  test_chrome_contains();
  fkg_context_free(ctx);
  return check_summary();
}
