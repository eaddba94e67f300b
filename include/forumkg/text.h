/* forumkg: the text stage. Turns the bytes of one input into an FkgDoc: encoding checked or
 * detected and converted, BOM dropped, NFC applied, code-point map built, language
 * identified, header metadata (the article's date) read and page chrome masked. */
#ifndef FORUMKG_TEXT_H
#define FORUMKG_TEXT_H

#include "forumkg/context.h"
#include "forumkg/doc.h"

#include <stddef.h>

/* Initialises `doc` from `bytes` (borrowed). `path` is used in messages, `source` becomes
 * dcterms:source. Returns FKG_BAD_INPUT / FKG_BAD_ENCODING with a located message through the
 * context's sink when the bytes are not an article; the doc must be cleared either way. */
FkgStatus fkg_text_load(FkgContext *ctx, FkgDoc *doc, const char *path, const char *source,
                        const unsigned char *bytes, size_t n);

/* Reads a whole file (or standard input for "-") into a malloc'd buffer. */
FkgStatus fkg_text_read_file(FkgContext *ctx, const char *path, unsigned char **bytes, size_t *n);

void fkg_doc_clear(FkgDoc *doc);

/* UTF-8 copy of text[b, e) in the document's arena. */
char *fkg_doc_utf8(FkgDoc *doc, int32_t b, int32_t e);

/* Parses the date-like metadata of header lines; exposed for the unit tests and fuzzing. */
void fkg_text_read_metadata(FkgContext *ctx, FkgDoc *doc);

/* SHA-256 of `n` bytes as 64 lower-case hex digits and a NUL. */
void fkg_sha256_hex(const unsigned char *data, size_t n, char out[65]);

#endif
