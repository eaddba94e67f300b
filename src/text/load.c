/* forumkg: text stage, from bytes to an NFC UTF-16 document with its code-point map, its
 * language, its metadata and its chrome mask. Encodings: UTF-8 first; otherwise ICU's charset
 * detector picks among the legacy encodings of the genre (Windows-1251, KOI8-R, ISO-8859-1,
 * Windows-1252), or --encoding forces one. */
#include "context_int.h"
#include "forumkg/text.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/uchar.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

const char *
fkg_lang_code(FkgLang lang)
{
  switch (lang) {
  case FKG_LANG_RU:
    return "ru";
  case FKG_LANG_EN:
    return "en";
  case FKG_LANG_FR:
    return "fr";
  default:
    return "ru";
  }
}

/* Reads up to `cap - *len` more bytes into `buf`; the count read, 0 at the end, -1 on error.
 * Files are read with read(2), not stdio: a short article then costs an open, two reads and a
 * close, where a FILE also asked fstat for its buffer and read the end twice. */
static ssize_t
read_some(int fd, FILE *f, unsigned char *buf, size_t cap, size_t len)
{
  if (f) {
    size_t got = fread(buf + len, 1, cap - len, f);
    return got == 0 && ferror(f) ? -1 : (ssize_t)got;
  }
  for (;;) {
    ssize_t got = read(fd, buf + len, cap - len);
    if (got >= 0 || errno != EINTR) return got;
  }
}

/* Opens `path` for reading. The files of one directory come one after another, so the
 * directory stays open in the context and each file is opened relative to it: the kernel then
 * looks up one name, not every directory of the path again. */
static int
open_input(FkgContext *ctx, const char *path)
{
  const char *slash = strrchr(path, '/');
  size_t dl = slash ? (size_t)(slash - path) : 0;
  if (!slash || dl == 0 || !slash[1] || dl >= sizeof ctx->dir_path)
    return open(path, O_RDONLY | O_CLOEXEC);
  if (ctx->dir_fd < 0 || ctx->dir_len != dl || memcmp(ctx->dir_path, path, dl) != 0) {
    if (ctx->dir_fd >= 0) close(ctx->dir_fd);
    memcpy(ctx->dir_path, path, dl);
    ctx->dir_path[dl] = '\0';
    ctx->dir_len = dl;
    ctx->dir_fd = open(ctx->dir_path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (ctx->dir_fd < 0) return open(path, O_RDONLY | O_CLOEXEC);
  }
  return openat(ctx->dir_fd, slash + 1, O_RDONLY | O_CLOEXEC);
}

FkgStatus
fkg_text_read_file(FkgContext *ctx, const char *path, unsigned char **bytes, size_t *n)
{
  FILE *f = strcmp(path, "-") == 0 ? stdin : NULL;
  int fd = f ? -1 : open_input(ctx, path);
  FkgLoc loc = {path, 0, 0};
  if (!f && fd < 0) {
    fkg_diag(ctx->diag, FKG_ERROR, &loc, "cannot open: %s", strerror(errno));
    return FKG_BAD_READ;
  }
  size_t cap = 1 << 16, len = 0;
  unsigned char *buf = malloc(cap);
  FkgStatus st = FKG_SUCCESS;
  if (!buf) st = FKG_BAD_ALLOC;
  while (!st) {
    if (len == cap) {
      unsigned char *nb = realloc(buf, cap * 2);
      if (!nb) {
        st = FKG_BAD_ALLOC;
        break;
      }
      buf = nb;
      cap *= 2;
    }
    ssize_t got = read_some(fd, f, buf, cap, len);
    if (got < 0) {
      fkg_diag(ctx->diag, FKG_ERROR, &loc, "read error: %s", strerror(errno));
      st = FKG_BAD_READ;
      break;
    }
    len += (size_t)got;
    if (ctx->opts.max_bytes && len > ctx->opts.max_bytes) {
      fkg_diag(ctx->diag, FKG_ERROR, &loc, "skipped: larger than --max-bytes (%zu bytes)",
               ctx->opts.max_bytes);
      st = FKG_BAD_INPUT;
      break;
    }
    if (got == 0) break;
  }
  if (fd >= 0) close(fd);
  if (st == FKG_BAD_ALLOC) fkg_diag(ctx->diag, FKG_ERROR, &loc, "out of memory");
  if (st != FKG_SUCCESS) {
    free(buf);
    return st;
  }
  *bytes = buf;
  *n = len;
  return FKG_SUCCESS;
}

void
fkg_doc_clear(FkgDoc *doc)
{
  fkg_arena_clear(&doc->arena);
  memset(doc, 0, sizeof *doc);
}

char *
fkg_doc_utf8(FkgDoc *doc, int32_t b, int32_t e)
{
  /* One conversion into room for the worst case (3 bytes per UTF-16 unit) rather than a
   * measuring pass and a second one: the spans are short, the slack is a few bytes. */
  UErrorCode err = U_ZERO_ERROR;
  int32_t cap = (e - b) * 3 + 1;
  char *out = fkg_arena_alloc_uninit(&doc->arena, (size_t)cap);
  if (!out) return NULL;
  u_strToUTF8(out, cap, NULL, doc->text + b, e - b, &err);
  return U_SUCCESS(err) ? out : NULL;
}

/* Locates byte offset `off` as line:col (col in code points) for messages. */
static void
locate_byte(const unsigned char *s, size_t off, long *line, long *col)
{
  *line = 1;
  *col = 1;
  for (size_t i = 0; i < off; i++) {
    if (s[i] == '\n') {
      (*line)++;
      *col = 1;
    } else if ((s[i] & 0xC0) != 0x80) {
      (*col)++;
    }
  }
}

/* One pass over the bytes: returns the offset of the first invalid UTF-8 sequence, or -1 when
 * all is valid, and sets *multibyte when a well-formed multi-byte sequence occurs anywhere. */
static long
scan_utf8(const unsigned char *s, size_t n, int *multibyte)
{
  int32_t i = 0, len = (int32_t)n;
  long bad = -1;
  *multibyte = 0;
  while (i < len && (bad < 0 || !*multibyte)) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, len, c);
    if (c < 0 && bad < 0) bad = start;
    if (c >= 0x80 && i - start >= 2) *multibyte = 1;
  }
  return bad;
}

static FkgStatus
convert_legacy(FkgContext *ctx, FkgDoc *doc, const unsigned char *bytes, size_t n,
               const char *charset, UChar **out, int32_t *outlen)
{
  UErrorCode err = U_ZERO_ERROR;
  UConverter *cv = ucnv_open(charset, &err);
  if (U_FAILURE(err)) {
    FkgLoc loc = {doc->path, 0, 0};
    fkg_diag(ctx->diag, FKG_ERROR, &loc, "unknown encoding '%s'", charset);
    return FKG_BAD_ENCODING;
  }
  /* Stop on bytes the charset cannot map rather than inventing U+FFFD. */
  ucnv_setToUCallBack(cv, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &err);
  int32_t cap = (int32_t)n * 2 + 1;
  UChar *u = fkg_arena_alloc(&doc->arena, sizeof(UChar) * (size_t)cap);
  if (!u) {
    ucnv_close(cv);
    return FKG_BAD_ALLOC;
  }
  int32_t len = ucnv_toUChars(cv, u, cap, (const char *)bytes, (int32_t)n, &err);
  ucnv_close(cv);
  if (U_FAILURE(err)) {
    FkgLoc loc = {doc->path, 0, 0};
    fkg_diag(ctx->diag, FKG_ERROR, &loc, "bytes not valid in encoding %s", charset);
    return FKG_BAD_ENCODING;
  }
  *out = u;
  *outlen = len;
  doc->encoding = fkg_arena_strdup(&doc->arena, charset);
  return FKG_SUCCESS;
}

/* Picks a legacy charset for bytes that are not UTF-8, among those the genre uses. */
static const char *
detect_charset(const unsigned char *bytes, size_t n)
{
  static const char *const allowed[] = {"windows-1251", "KOI8-R",     "ISO-8859-1",
                                        "windows-1252", "ISO-8859-5", "IBM866"};
  UErrorCode err = U_ZERO_ERROR;
  UCharsetDetector *det = ucsdet_open(&err);
  if (U_FAILURE(err)) return NULL;
  ucsdet_setText(det, (const char *)bytes, (int32_t)(n > 65536 ? 65536 : n), &err);
  int32_t nm = 0;
  const UCharsetMatch **all = ucsdet_detectAll(det, &nm, &err);
  const char *found = NULL;
  for (int32_t i = 0; U_SUCCESS(err) && i < nm && !found; i++) {
    const char *name = ucsdet_getName(all[i], &err);
    int32_t conf = ucsdet_getConfidence(all[i], &err);
    if (!name || conf < 10) continue;
    for (size_t k = 0; k < sizeof allowed / sizeof *allowed; k++)
      if (strcasecmp(name, allowed[k]) == 0) found = allowed[k];
  }
  ucsdet_close(det);
  return found;
}

/* Whether code point c counts as a control character of binary junk (see fkg_text_load). */
static int
junk_control(UChar32 c)
{
  return c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f';
}

/* The normalised text's rewriting: line ends are LF (CRLF and a lone CR become LF), and the
 * other C0 and C1 control characters become U+FFFD (one for one, so offsets hold, and
 * visibly): XML cannot carry them and Turtle writers mishandle a raw CR. Rewrites u[0, n) in
 * place and returns its new length; adds the junk controls of the text as read to *ctrl. */
static int32_t
rewrite_controls(UChar *u, int32_t n, long *ctrl)
{
  int32_t o = 0;
  for (int32_t i = 0; i < n; i++) {
    UChar c = u[i];
    if (junk_control(c)) (*ctrl)++;
    if (c == '\r') {
      if (i + 1 < n && u[i + 1] == '\n') continue;
      c = '\n';
    } else if ((c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F)) {
      c = 0xFFFD;
    }
    u[o++] = c;
  }
  return o;
}

/* UTF-8 bytes s[0, n) to UTF-16 in `out`, rewritten as rewrite_controls does, in one pass.
 * Returns the length written, or -1 at the first ill-formed sequence (as U8_NEXT reads it, like
 * scan_utf8); *readlen gets the UTF-16 length of the text as read (before CR LF became LF). */
static int32_t
decode_utf8(const unsigned char *s, int32_t n, UChar *out, int32_t *readlen, long *ctrl)
{
  int32_t i = 0, o = 0, read = 0;
  while (i < n) {
    UChar32 c = s[i];
    if (c < 0x80) {
      i++;
    } else {
      U8_NEXT(s, i, n, c);
      if (c < 0) return -1;
    }
    read += U16_LENGTH(c);
    if (junk_control(c)) (*ctrl)++;
    if (c == '\r') {
      if (i < n && s[i] == '\n') continue;
      c = '\n';
    } else if ((c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F)) {
      c = 0xFFFD;
    }
    if (c <= 0xFFFF) {
      out[o++] = (UChar)c;
    } else {
      out[o++] = U16_LEAD(c);
      out[o++] = U16_TRAIL(c);
    }
  }
  *readlen = read;
  return o;
}

static void
identify_language(FkgDoc *doc)
{
  long cyr = 0, lat = 0, fr = 0;
  for (int32_t i = 0; i < doc->len; i++) {
    if (doc->skip[i]) continue;
    UChar c = doc->text[i];
    if (c >= 0x0400 && c <= 0x04FF)
      cyr++;
    else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
      lat++;
    else if (c == 0x00E9 || c == 0x00E8 || c == 0x00EA || c == 0x00E0 || c == 0x00E7 ||
             c == 0x00F4 || c == 0x00FB || c == 0x0153 || c == 0x00E2 || c == 0x00EE) {
      lat++;
      fr++;
    }
  }
  if (cyr >= lat) doc->lang = FKG_LANG_RU;
  /* French accents are about 2-4% of letters in French prose, close to none in English. */
  else
    doc->lang = fr * 200 > lat ? FKG_LANG_FR : FKG_LANG_EN;
}

FkgStatus
fkg_text_load(FkgContext *ctx, FkgDoc *doc, const char *path, const char *source,
              const unsigned char *bytes, size_t n)
{
  memset(doc, 0, sizeof *doc);
  fkg_arena_init(&doc->arena, 256 * 1024);
  doc->path = fkg_arena_strdup(&doc->arena, path);
  doc->source = fkg_arena_strdup(&doc->arena, source);
  if (!doc->path || !doc->source) return FKG_BAD_ALLOC;
  fkg_sha256_hex(bytes, n, doc->sha256);
  FkgLoc loc = {path, 0, 0};
  if (n == 0) {
    fkg_diag(ctx->diag, FKG_ERROR, &loc, "skipped: empty file");
    return FKG_BAD_INPUT;
  }
  const unsigned char *nul = memchr(bytes, 0, n);
  if (nul) {
    long line, col;
    locate_byte(bytes, (size_t)(nul - bytes), &line, &col);
    FkgLoc at = {path, line, col};
    fkg_diag(ctx->diag, FKG_ERROR, &at, "skipped: NUL byte at offset %ld (binary file?)",
             (long)(nul - bytes));
    return FKG_BAD_INPUT;
  }
  if (n >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) {
    bytes += 3;
    n -= 3;
    if (n == 0) {
      fkg_diag(ctx->diag, FKG_ERROR, &loc, "skipped: empty file (only a byte-order mark)");
      return FKG_BAD_INPUT;
    }
  }
  if (n > INT32_MAX / 4) {
    fkg_diag(ctx->diag, FKG_ERROR, &loc, "skipped: too large");
    return FKG_BAD_INPUT;
  }
  UChar *raw = NULL;
  int32_t rawlen = 0, rawcap = 0, readlen = 0;
  long ctrl = 0;
  FkgStatus st;
  const char *forced = ctx->opts.encoding;
  if (forced && strcasecmp(forced, "UTF-8") != 0) {
    if ((st = convert_legacy(ctx, doc, bytes, n, forced, &raw, &rawlen))) return st;
    rawcap = (int32_t)n * 2 + 1;
    readlen = rawlen;
    rawlen = rewrite_controls(raw, rawlen, &ctrl);
  } else {
    /* Not zeroed (nor below): the decoder fills what is read; only the chrome mask starts at
     * 0. UTF-16 never takes more units than UTF-8 takes bytes. */
    raw = fkg_arena_alloc_uninit(&doc->arena, sizeof(UChar) * (n + 1));
    if (!raw) return FKG_BAD_ALLOC;
    rawcap = (int32_t)n + 1;
    rawlen = decode_utf8(bytes, (int32_t)n, raw, &readlen, &ctrl);
    if (rawlen < 0) {
      /* The scan places the first bad byte and tells broken UTF-8 from a legacy charset. */
      int multibyte;
      long bad = scan_utf8(bytes, n, &multibyte);
      if (bad < 0) return FKG_BAD_ENCODING; /* cannot happen: both read with U8_NEXT */
      /* Text that holds well-formed multi-byte UTF-8 is broken UTF-8, not a legacy charset:
       * reading it as Latin-1 would turn every accented letter into mojibake. */
      const char *cs = forced || multibyte ? NULL : detect_charset(bytes, n);
      if (!cs) {
        long line, col;
        locate_byte(bytes, (size_t)bad, &line, &col);
        FkgLoc at = {path, line, col};
        fkg_diag(ctx->diag, FKG_ERROR, &at, "invalid UTF-8 (byte 0x%02X at offset %ld)", bytes[bad],
                 bad);
        return FKG_BAD_ENCODING;
      }
      ctrl = 0;
      if ((st = convert_legacy(ctx, doc, bytes, n, cs, &raw, &rawlen))) return st;
      rawcap = (int32_t)n * 2 + 1;
      readlen = rawlen;
      rawlen = rewrite_controls(raw, rawlen, &ctrl);
    } else {
      doc->encoding = "UTF-8";
    }
  }
  /* Text that is mostly control characters is binary junk, not an article. */
  if (ctrl * 20 > readlen) {
    fkg_diag(ctx->diag, FKG_ERROR, &loc, "skipped: %ld control characters (binary file?)", ctrl);
    return FKG_BAD_INPUT;
  }
  /* NFC: offsets of mentions are code points of this normalised text. Text already in NFC
   * (ICU's quick check says yes to all of it) is its own normal form: no copy. */
  UErrorCode err = U_ZERO_ERROR;
  if (unorm2_spanQuickCheckYes(ctx->nfc, raw, rawlen, &err) == rawlen && U_SUCCESS(err)) {
    doc->text = raw;
    doc->len = rawlen;
    /* The conversions leave room for a terminator (rawcap > rawlen). */
    if (doc->len < rawcap) doc->text[doc->len] = 0;
  } else {
    err = U_ZERO_ERROR;
    int32_t cap = rawlen * 3 + 1;
    doc->text = fkg_arena_alloc_uninit(&doc->arena, sizeof(UChar) * (size_t)cap);
    if (!doc->text) return FKG_BAD_ALLOC;
    doc->len = unorm2_normalize(ctx->nfc, raw, rawlen, doc->text, cap, &err);
    if (U_FAILURE(err)) return FKG_BAD_LIBRARY;
    /* The terminator the zeroed buffer used to give (NFC at most triples the length). */
    if (doc->len < cap) doc->text[doc->len] = 0;
  }
  doc->cp = fkg_arena_alloc_uninit(&doc->arena, sizeof(int32_t) * (size_t)(doc->len + 1));
  doc->skip = fkg_arena_alloc(&doc->arena, (size_t)doc->len + 1);
  if (!doc->cp || !doc->skip) return FKG_BAD_ALLOC;
  /* Most texts have no surrogate at all: then code point i is unit i, and both loops below
   * are straight runs the compiler can vectorise. */
  int surrogates = 0;
  for (int32_t i = 0; i < doc->len; i++)
    surrogates |= U16_IS_SURROGATE(doc->text[i]);
  if (!surrogates) {
    for (int32_t i = 0; i <= doc->len; i++)
      doc->cp[i] = i;
  } else {
    int32_t cpi = 0;
    for (int32_t i = 0; i < doc->len; i++) {
      doc->cp[i] = cpi;
      if (!(U16_IS_LEAD(doc->text[i]) && i + 1 < doc->len && U16_IS_TRAIL(doc->text[i + 1]))) cpi++;
    }
    doc->cp[doc->len] = cpi;
  }
  fkg_text_read_metadata(ctx, doc);
  identify_language(doc);
  return FKG_SUCCESS;
}
