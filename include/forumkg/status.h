/* forumkg: status codes shared by every stage.
 * Every function that can fail returns an FkgStatus; library error codes (ICU's UErrorCode,
 * Redland's ints, errno) are translated where they are met and go no further. */
#ifndef FORUMKG_STATUS_H
#define FORUMKG_STATUS_H

typedef enum {
  FKG_SUCCESS = 0,  /* done */
  FKG_FAILURE,      /* a non-fatal stop: nothing found, input skipped */
  FKG_BAD_ALLOC,    /* out of memory */
  FKG_BAD_READ,     /* an input could not be read */
  FKG_BAD_WRITE,    /* an output could not be written */
  FKG_BAD_ENCODING, /* bytes are not text in a known encoding */
  FKG_BAD_INPUT,    /* the input is not a text article (binary, empty, too large) */
  FKG_BAD_SYNTAX,   /* a lexicon, query or option has a syntax error */
  FKG_BAD_ARG,      /* a caller passed an invalid argument */
  FKG_BAD_LIBRARY   /* ICU, Redland or Snowball failed */
} FkgStatus;

/* A short English description of a status; never NULL, static storage. */
const char *fkg_status_string(FkgStatus st);

#endif
