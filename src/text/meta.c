/* forumkg: text stage, header metadata and page chrome. Metadata lines (`date 2019-06 Source:
 * …`, `Дата новости … 11.02.2018`) give the article's own date and are masked from extraction;
 * lines that are entirely page furniture (font-size toggles, "back to list") are masked too.
 * Both pattern sets are data: ontology/lexicon/metadata.tsv and chrome.tsv. */
#include "context_int.h"
#include "forumkg/text.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ustring.h>

static int
group_int(URegularExpression *re, const char *name, const UChar *text)
{
  UErrorCode err = U_ZERO_ERROR;
  int32_t g = uregex_groupNumberFromCName(re, name, -1, &err);
  if (U_FAILURE(err)) return 0;
  int32_t s = uregex_start(re, g, &err), e = uregex_end(re, g, &err);
  if (U_FAILURE(err) || s < 0 || e <= s) return 0;
  int v = 0;
  for (int32_t i = s; i < e && i - s < 6; i++)
    if (text[i] >= '0' && text[i] <= '9') v = v * 10 + (text[i] - '0');
  return v;
}

static void
mask(FkgDoc *doc, int32_t b, int32_t e)
{
  for (int32_t i = b; i < e && i < doc->len; i++)
    doc->skip[i] = 1;
}

/* Applies the metadata patterns at the start of one line [b, e). */
static void
read_line_metadata(FkgContext *ctx, FkgDoc *doc, int32_t b, int32_t e)
{
  int32_t pos = b;
  for (int guard = 0; guard < 4 && pos < e; guard++) {
    int matched = 0;
    for (int k = 0; k < ctx->nmeta && !matched; k++) {
      URegularExpression *re = ctx->meta[k].re;
      UErrorCode err = U_ZERO_ERROR;
      uregex_setText(re, doc->text + pos, e - pos, &err);
      if (U_FAILURE(err) || !uregex_lookingAt(re, 0, &err) || U_FAILURE(err)) continue;
      int32_t end = uregex_end(re, 0, &err);
      if (end <= 0) continue;
      if (ctx->meta[k].kind == FKG_META_DATE_YMD || ctx->meta[k].kind == FKG_META_DATE_DMY) {
        int y = group_int(re, "y", doc->text + pos), m = group_int(re, "m", doc->text + pos),
            d = group_int(re, "d", doc->text + pos);
        if (y && m >= 1 && m <= 12 && d <= 31 && !doc->date.year) {
          doc->date.year = y;
          doc->date.month = m;
          doc->date.day = d;
        }
      }
      mask(doc, pos, pos + end);
      pos += end;
      matched = 1;
    }
    if (!matched) break;
  }
}

static int
line_is_chrome(FkgContext *ctx, FkgDoc *doc, int32_t b, int32_t e)
{
  while (b < e && (doc->text[b] == ' ' || doc->text[b] == '\t' || doc->text[b] == '\r'))
    b++;
  while (e > b && (doc->text[e - 1] == ' ' || doc->text[e - 1] == '\t' || doc->text[e - 1] == '\r'))
    e--;
  /* Page furniture is a short line; article sentences are not tried against every pattern. */
  if (b == e || e - b > 160) return 0;
  for (int k = 0; k < ctx->nchrome; k++) {
    UErrorCode err = U_ZERO_ERROR;
    URegularExpression *re = ctx->chrome[k].re;
    uregex_setText(re, doc->text + b, e - b, &err);
    int hit = ctx->chrome[k].kind == FKG_CHROME_CONTAINS ? uregex_find(re, 0, &err)
                                                         : uregex_matches(re, 0, &err);
    if (U_SUCCESS(err) && hit) return 1;
  }
  return 0;
}

void
fkg_text_read_metadata(FkgContext *ctx, FkgDoc *doc)
{
  int32_t b = 0;
  while (b <= doc->len) {
    int32_t e = b;
    while (e < doc->len && doc->text[e] != '\n')
      e++;
    if (line_is_chrome(ctx, doc, b, e))
      mask(doc, b, e);
    else
      read_line_metadata(ctx, doc, b, e);
    b = e + 1;
  }
  /* Unhook the regexes from the document text before the doc goes away. */
  static const UChar empty[1] = {0};
  for (int k = 0; k < ctx->nmeta; k++) {
    UErrorCode err = U_ZERO_ERROR;
    uregex_setText(ctx->meta[k].re, empty, 0, &err);
  }
  for (int k = 0; k < ctx->nchrome; k++) {
    UErrorCode err = U_ZERO_ERROR;
    uregex_setText(ctx->chrome[k].re, empty, 0, &err);
  }
}
