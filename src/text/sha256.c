/* forumkg: SHA-256 (FIPS 180-4), for the article IRI: the same bytes under any file name are
 * the same article. Small and dependency-free; checked against the FIPS test vectors in
 * tests/unit/test_text.c. */
#include "forumkg/text.h"

#include <stdint.h>
#include <string.h>

static const uint32_t K[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

#define ROR(x, n) (((x) >> (n)) | ((x) << (32 - (n))))

static void
compress(uint32_t h[8], const unsigned char blk[64])
{
  uint32_t w[64];
  for (int i = 0; i < 16; i++)
    w[i] = (uint32_t)blk[4 * i] << 24 | (uint32_t)blk[4 * i + 1] << 16 |
           (uint32_t)blk[4 * i + 2] << 8 | (uint32_t)blk[4 * i + 3];
  for (int i = 16; i < 64; i++) {
    uint32_t s0 = ROR(w[i - 15], 7) ^ ROR(w[i - 15], 18) ^ (w[i - 15] >> 3);
    uint32_t s1 = ROR(w[i - 2], 17) ^ ROR(w[i - 2], 19) ^ (w[i - 2] >> 10);
    w[i] = w[i - 16] + s0 + w[i - 7] + s1;
  }
  uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7];
  /* Eight rounds per iteration with the roles of the variables rotated in the arguments
   * instead of moved between registers: a quarter fewer instructions than one round a turn.
   * Ch and Maj in their shorter equivalent forms. */
#define SHA256_ROUND(a, b, c, d, e, f, g, k, i)                                                    \
  do {                                                                                             \
    uint32_t t1 = k + (ROR(e, 6) ^ ROR(e, 11) ^ ROR(e, 25)) + (g ^ (e & (f ^ g))) + K[i] + w[i];   \
    uint32_t t2 = (ROR(a, 2) ^ ROR(a, 13) ^ ROR(a, 22)) + ((a & b) | (c & (a | b)));               \
    d += t1;                                                                                       \
    k = t1 + t2;                                                                                   \
  } while (0)
  for (int i = 0; i < 64; i += 8) {
    SHA256_ROUND(a, b, c, d, e, f, g, k, i);
    SHA256_ROUND(k, a, b, c, d, e, f, g, i + 1);
    SHA256_ROUND(g, k, a, b, c, d, e, f, i + 2);
    SHA256_ROUND(f, g, k, a, b, c, d, e, i + 3);
    SHA256_ROUND(e, f, g, k, a, b, c, d, i + 4);
    SHA256_ROUND(d, e, f, g, k, a, b, c, i + 5);
    SHA256_ROUND(c, d, e, f, g, k, a, b, i + 6);
    SHA256_ROUND(b, c, d, e, f, g, k, a, i + 7);
  }
#undef SHA256_ROUND
  h[0] += a;
  h[1] += b;
  h[2] += c;
  h[3] += d;
  h[4] += e;
  h[5] += f;
  h[6] += g;
  h[7] += k;
}

void
fkg_sha256_hex(const unsigned char *data, size_t n, char out[65])
{
  uint32_t h[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                   0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
  size_t i = 0;
  for (; i + 64 <= n; i += 64)
    compress(h, data + i);
  unsigned char tail[128] = {0};
  size_t rest = n - i;
  if (rest) memcpy(tail, data + i, rest);
  tail[rest] = 0x80;
  size_t tlen = rest + 9 <= 64 ? 64 : 128;
  uint64_t bits = (uint64_t)n * 8;
  for (int j = 0; j < 8; j++)
    tail[tlen - 1 - j] = (unsigned char)(bits >> (8 * j));
  compress(h, tail);
  if (tlen == 128) compress(h, tail + 64);
  static const char hex[] = "0123456789abcdef";
  for (int j = 0; j < 8; j++)
    for (int b = 0; b < 4; b++) {
      unsigned v = (h[j] >> (24 - 8 * b)) & 0xff;
      out[j * 8 + b * 2] = hex[v >> 4];
      out[j * 8 + b * 2 + 1] = hex[v & 15];
    }
  out[64] = '\0';
}
