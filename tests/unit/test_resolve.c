/* forumkg unit tests: the resolve stage (src/resolve), identity keys. A table of name pairs:
 * spellings of one name across scripts, languages and transliteration systems must give one
 * key; different names (male and female forms of a family name, look-alike family names,
 * different given names with one family name) must give different keys. */
#include "check.h"
#include "forumkg/resolve.h"

static FkgContext *ctx;
static FkgDiag diag;
static CheckDiagLog diaglog;

typedef struct {
  int person;        /* 0: fkg_resolve_name_key on a/b; 1: person keys of "given family" */
  const char *a, *b; /* a name word, or "Given Family" for person pairs */
  int merge;         /* 1: same key expected; 0: different keys expected */
} Pair;

static const Pair kPairs[] = {
    /* Must merge: one name word (folding rules of include/forumkg/resolve.h). */
    {0, "Kagramanyan", "Kahramanyan", 1},
    {0, "Каграманян", "Kagramanyan", 1},
    {0, "Dmitry", "Dmitriy", 1},
    {0, "Dmitri", "Дмитрий", 1},
    {0, "Sergei", "Sergey", 1},
    {0, "Сергей", "Sergei", 1},
    {0, "Матвиенко", "Matvienko", 1},
    {0, "Matviyenko", "Matvienko", 1},
    {0, "Воробьев", "Vorobyov", 1},
    {0, "Vorobyev", "Vorobyov", 1},
    {0, "Воробьёв", "Vorobyev", 1},
    {0, "Alexey", "Aleksei", 1},
    {0, "Алексей", "Alexei", 1},
    {0, "Yevgeny", "Evgeny", 1},
    {0, "Евгений", "Evgeniy", 1},
    {0, "Ilya", "Il'ya", 1},
    {0, "Илья", "Ilya", 1},
    {0, "Semyonov", "Semenov", 1},
    {0, "Семёнов", "Semenov", 1},
    {0, "Yelena", "Elena", 1},
    {0, "Фёдор", "Fedor", 1},
    {0, "Maxim", "Maksim", 1},
    {0, "Андрей", "Andrei", 1},
    {0, "Nikolay", "Nikolai", 1},
    {0, "Sergeyev", "Сергеев", 1},
    {0, "KAGRAMANYAN", "Kagramanyan", 1},
    /* Must merge: spellings the English and French press use for common Russian names. */
    {0, "Наталья", "Natalia", 1},
    {0, "Татьяна", "Tatiana", 1},
    {0, "Шойгу", "Shoigu", 1},
    {0, "Ильин", "Ilyin", 1},
    {0, "Александр", "Alexander", 1},
    {0, "Сергей", "Sergueï", 1}, /* French transliteration */
    {0, "Кузнецов", "Kouznetsov", 1},
    {0, "Собянин", "Sobianine", 1},
    {0, "Ульяна", "Ouliana", 1},
    {0, "Путин", "Poutine", 1},
    /* Must merge: whole persons. */
    {1, "Игорь Каграманян", "Igor Kagramanyan", 1},
    {1, "Igor Kahramanyan", "Igor Kagramanyan", 1},
    {1, "Дмитрий Миронов", "Dmitry Mironov", 1},
    {1, "Dmitriy Mironov", "Dmitri Mironov", 1},
    {1, "Валентина Матвиенко", "Valentina Matviyenko", 1},
    {1, "Андрей Воробьёв", "Andrey Vorobyov", 1},
    {1, "Алексей Текслер", "Alexey Teksler", 1},
    {1, "Евгений Куйвашев", "Yevgeny Kuyvashev", 1},

    /* Must not merge: male and female forms, look-alike family names. */
    {0, "Ivanov", "Ivanova", 0},
    {0, "Иванов", "Иванова", 0},
    {0, "Petrov", "Petrova", 0},
    {0, "Petrov", "Petrovsky", 0},
    {0, "Petrova", "Petrovsky", 0},
    {0, "Sobyanin", "Sobyanina", 0},
    {0, "Sobianine", "Sobyanina", 0},
    {0, "Kouznetsov", "Kuznetsova", 0},
    {0, "Воробьев", "Воробьева", 0},
    {0, "Vorobyov", "Vorobyova", 0},
    {0, "Матвиенко", "Матвеенко", 0},
    {0, "Mironov", "Mironova", 0},
    {0, "Kozlov", "Kozlova", 0},
    {0, "Orlov", "Orlovsky", 0},
    {0, "Kagramanyan", "Kagramanov", 0},
    {0, "Dmitriev", "Dmitrieva", 0},
    {0, "Gusev", "Guseva", 0},
    {0, "Sergeev", "Sergei", 0},
    {0, "Alexander", "Alexandra", 0},
    {0, "Евгений", "Евгения", 0},
    {0, "Valery", "Valeria", 0},
    {0, "Ян", "Яна", 0},
    {0, "Ivanov", "Ivanenko", 0},
    {0, "Ilyin", "Ilyina", 0},
    /* Must not merge: whole persons. */
    {1, "Алексей Иванов", "Андрей Иванов", 0},
    {1, "Aleksei Ivanov", "Aleksei Ivanova", 0},
    {1, "Sergey Petrov", "Sergey Petrova", 0},
    {1, "Игорь Каграманян", "Игорь Каграманов", 0},
    {1, "Дмитрий Миронов", "Денис Миронов", 0},
    {1, "Anna Kuznetsova", "Alla Kuznetsova", 0},
    {1, "Евгений Шмелёв", "Евгения Шмелёва", 0},
    {1, "Александр Иванов", "Александра Иванова", 0},
    {1, "Юрий Петров", "Юлия Петрова", 0},
};

/* The key of one side of a pair. */
static char *
key_of(FkgArena *a, int person, const char *s)
{
  if (!person) return fkg_resolve_name_key(ctx, a, s);
  const char *sp = strchr(s, ' ');
  if (!sp) return fkg_resolve_person_key(ctx, a, s, NULL);
  char *given = fkg_arena_strndup(a, s, (size_t)(sp - s));
  return fkg_resolve_person_key(ctx, a, sp + 1, given);
}

/* Keys are readable ASCII: lower-case letters (and '/', '-' in person keys). */
static int
ascii_key(const char *k, int person)
{
  if (!k || !*k) return 0;
  if (person && strncmp(k, "person/", 7) != 0) return 0;
  for (const char *p = person ? k + 7 : k; *p; p++)
    if (!((*p >= 'a' && *p <= 'z') || (person && *p == '-'))) return 0;
  return 1;
}

int
main(void)
{
  ctx = check_context_new(&diag, &diaglog, NULL);
  FkgArena a;
  fkg_arena_init(&a, 1 << 16);
  int merge_total = 0, merge_ok = 0, apart_total = 0, apart_ok = 0;
  for (size_t i = 0; i < sizeof kPairs / sizeof *kPairs; i++) {
    const Pair *p = &kPairs[i];
    char *ka = key_of(&a, p->person, p->a), *kb = key_of(&a, p->person, p->b);
    int same = ka && kb && strcmp(ka, kb) == 0;
    int ok = ascii_key(ka, p->person) && ascii_key(kb, p->person) && same == p->merge;
    if (p->merge) {
      merge_total++;
      merge_ok += ok;
    } else {
      apart_total++;
      apart_ok += ok;
    }
    CHECK(ok, "%s %s: %s / %s -> %s / %s", p->person ? "person" : "name  ",
          p->merge ? "must merge    " : "must not merge", p->a, p->b, ka ? ka : "(null)",
          kb ? kb : "(null)");
  }
  printf("table: must merge %d/%d right, must not merge %d/%d right\n", merge_ok, merge_total,
         apart_ok, apart_total);

  /* Shape of keys. */
  CHECK_STR(fkg_resolve_person_key(ctx, &a, "Каграманян", "Игорь"), "person/kagramanyan-igor",
            "person key of Игорь Каграманян (contract example)");
  CHECK_STR(fkg_resolve_person_key(ctx, &a, "Mironov", NULL), "person/mironov",
            "person key without a given name");
  CHECK_STR(fkg_resolve_name_key(ctx, &a, "«»—123"), "", "name key of a word with no letters");
  CHECK_STR(fkg_resolve_name_key(ctx, &a, "Кольцов"), "koltsov", "name key of Кольцов");
  /* Pure function: the same input gives the same key however often it is asked. */
  char *k1 = fkg_resolve_name_key(ctx, &a, "Воробьёв");
  char *k2 = fkg_resolve_name_key(ctx, &a, "Воробьёв");
  CHECK(k1 && k2 && !strcmp(k1, k2) && k1 != k2, "name key is a fresh arena string each call");
  fkg_arena_clear(&a);
  fkg_context_free(ctx);
  return check_summary();
}
