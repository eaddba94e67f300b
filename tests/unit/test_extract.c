/* forumkg unit tests: the extract stage's name and occupation rules, through the facts that
 * `forumkg extract --facts tsv` prints (person mentions with their text, occupation facts with
 * who, position and where). Every sentence is our own; each block names the rule it covers,
 * and the "not" checks guard precision. */
#include "check.h"
#include "forumkg/extract.h"
#include "forumkg/segment.h"
#include "forumkg/text.h"

#include <stdlib.h>

static FkgContext *ctx;
static FkgDiag diag;
static CheckDiagLog diaglog;

/* Runs `text` through load, segment and extract, and `print`s what it found into a
 * malloc'ed string ("" on failure). */
static char *
extract_text(const char *text, FkgStatus (*print)(const FkgFacts *, FILE *, const void *),
             const void *arg)
{
  FkgDoc doc;
  char *buf = NULL;
  size_t len = 0;
  FILE *out = open_memstream(&buf, &len);
  if (!out) return calloc(1, 1);
  FkgStatus st =
      fkg_text_load(ctx, &doc, "t.txt", "t.txt", (const unsigned char *)text, strlen(text));
  if (!st) st = fkg_segment_doc(ctx, &doc);
  if (!st) {
    FkgFacts facts;
    memset(&facts, 0, sizeof facts);
    facts.doc = &doc;
    st = fkg_extract_doc(ctx, &doc, &facts);
    if (!st) st = print(&facts, out, arg);
  }
  fclose(out);
  fkg_doc_clear(&doc);
  if (st) printf("     (extraction of \"%s\": status %d)\n", text, (int)st);
  return buf ? buf : calloc(1, 1);
}

static FkgStatus
print_tsv(const FkgFacts *facts, FILE *out, const void *arg)
{
  (void)arg;
  return fkg_facts_write_tsv(facts, out);
}

/* The --facts tsv lines of `text`. */
static char *
facts_of(const char *text)
{
  return extract_text(text, print_tsv, NULL);
}

/* Is there a person mention whose text is exactly `mention`? */
static int
has_mention(const char *facts, const char *mention)
{
  char want[512];
  snprintf(want, sizeof want, "\t%s\n", mention);
  for (const char *p = facts; (p = strstr(p, want)) != NULL; p++) {
    const char *line = p;
    while (line > facts && line[-1] != '\n')
      line--;
    if (!strncmp(line, "person\t", 7)) return 1;
  }
  return 0;
}

static void
expect_mention(const char *text, const char *mention, int want)
{
  char *f = facts_of(text);
  int got = has_mention(f, mention);
  CHECK(got == want, "%s person mention \"%s\" in \"%s\"%s%s", want ? "a" : "no", mention, text,
        got == want ? "" : "; facts:\n", got == want ? "" : f);
  free(f);
}

/* Expects the occupation fact "who<TAB>position<TAB>where" (want 1) or its absence (0). */
static void
expect_occupation(const char *text, const char *fact, int want)
{
  char *f = facts_of(text);
  char line[512];
  snprintf(line, sizeof line, "\t%s\t", fact);
  int got = strstr(f, line) != NULL;
  CHECK(got == want, "%s occupation \"%s\" in \"%s\"%s%s", want ? "an" : "no", fact, text,
        got == want ? "" : "; facts:\n", got == want ? "" : f);
  free(f);
}

/* One "key|label" line (label, else name, else "") per entity of kind *arg. */
static FkgStatus
print_entities(const FkgFacts *facts, FILE *out, const void *arg)
{
  FkgEntityKind kind = *(const FkgEntityKind *)arg;
  for (int32_t i = 0; i < facts->nents; i++) {
    const FkgEntity *e = &facts->ents[i];
    if (e->kind == kind)
      fprintf(out, "%s|%s\n", e->key, e->label ? e->label : e->name ? e->name : "");
  }
  return FKG_SUCCESS;
}

/* The keys and labels (or names) of the entities of `kind` that `text` yields, one "key|label"
 * a line. */
static char *
entities_of(const char *text, FkgEntityKind kind)
{
  return extract_text(text, print_entities, &kind);
}

/* Expects (want 1) or not (0) an entity of `kind` whose "key|label" line holds `part`; `count`
 * >= 0 also asks for exactly that many entities of the kind. */
static void
expect_entity(const char *text, FkgEntityKind kind, const char *part, int want, int count)
{
  char *f = entities_of(text, kind);
  int got = strstr(f, part) != NULL, n = 0;
  for (const char *p = f; *p; p++)
    n += *p == '\n';
  int ok = got == want && (count < 0 || n == count);
  CHECK(ok, "%s entity \"%s\" (%d in all) in \"%s\"%s%s", want ? "an" : "no", part, count, text,
        ok ? "" : "; entities:\n", ok ? "" : f);
  free(f);
}

static void
test_given_names(void)
{
  /* given-names.tsv: international given names in Russian transcription. */
  expect_mention("Вчера Стивен Уолш открыл выставку в Лондоне.", "Стивен Уолш", 1);
  expect_mention("Награду получила Кэтрин Бреннан из Дублина.", "Кэтрин Бреннан", 1);
  expect_mention("Тренер похвалил Франческо Риччи за игру.", "Франческо Риччи", 1);
  /* A Russian case form still reaches the Russian name, not a foreign look-alike:
   * Андрее is Андрей (not Андреа), Марину is Марина (not Марин). */
  expect_mention("Все говорили об Андрее Кольцове.", "Андрее Кольцове", 1);
  expect_mention("Коллеги поздравили Марину Лапину.", "Марину Лапину", 1);
}

static void
test_compound_names(void)
{
  /* Given-Given (hyphen) and Given Given before the family name. */
  expect_mention("На выставку пришел Жан-Пьер Дюваль.", "Жан-Пьер Дюваль", 1);
  expect_mention("Первым финишировал Хуан Карлос Перейра.", "Хуан Карлос Перейра", 1);
  /* Particles open the family name: Де, Ван, фон, бин; and a glued elision (О’). */
  expect_mention("Книгу представил Пьер Де Вильнёв.", "Пьер Де Вильнёв", 1);
  expect_mention("Картину купил Ханс фон Мартенс.", "Ханс фон Мартенс", 1);
  expect_mention("Интервью дал Патрик О’Коннор.", "Патрик О’Коннор", 1);
  /* A double-barrelled family name. */
  expect_mention("Доклад прочитала Анна Кросс-Меллер.", "Анна Кросс-Меллер", 1);
  /* A name never runs over a line break (a headline without a full stop). */
  expect_mention("Губернатор посетил Пензу\n\nМарина приехала позже.", "Пензу Марина", 0);
}

static void
test_patronymics(void)
{
  /* Given Patronymic Family with a given name the lexicon lacks: the patronymic's suffix marks
   * the name and gives the case (Зауровичем → instrumental). */
  expect_mention("Интервью взял Радомир Зиновьевич Калугин.", "Радомир Зиновьевич Калугин", 1);
  expect_mention("Беседа с Радомиром Зауровичем Калугиным длилась час.",
                 "Радомиром Зауровичем Калугиным", 1);
  /* A feminine patronymic (-овна, -овной) marks the name as well. */
  expect_mention("Интервью взяла Радмила Зауровна Калугина.", "Радмила Зауровна Калугина", 1);
  expect_mention("Беседа с Радмилой Зауровной Калугиной длилась час.",
                 "Радмилой Зауровной Калугиной", 1);
  /* A patronymic-shaped word before a family name when the father's name is unknown. */
  expect_mention("Выступил Сергей Радомирович Петренко.", "Сергей Радомирович Петренко", 1);
  /* Given name and patronymic alone, referring to the person named in full. */
  expect_mention("Игорь Сорокин открыл музей. Игорь Петрович давно мечтал о нём.", "Игорь Петрович",
                 1);
  /* ... or with nobody named in full: still a name mention. */
  expect_mention("На вечере Нина Ивановна читала стихи.", "Нина Ивановна", 1);
}

static void
test_short_mentions(void)
{
  /* The family name alone in any case, after and before the full mention. */
  const char *t = "О Громове писали все газеты. Вчера Вадим Громов открыл школу. "
                  "Ученики подарили Громову картину.";
  expect_mention(t, "Громове", 1);
  expect_mention(t, "Громову", 1);
  /* Foreign family names decline too (Уолша, Уолшем). */
  expect_mention("Стивен Уолш приехал в Москву. Журналисты встретили Уолша в аэропорту.", "Уолша",
                 1);
  /* The given name alone when one person of the article has it. */
  expect_mention("Стивен Уолш приехал в Москву. Вечером Стивен рассказал о поездке.", "Стивен", 1);
  /* not: when two people share the given name, the given name alone is left out. */
  expect_mention("Стивен Уолш и Стивен Берри приехали. Вечером Стивен рассказал о поездке.",
                 "Стивен", 0);
  /* A Latin transcription in parentheses is the same person. */
  expect_mention("Профессор Стивен Уолш (Steven Walsh) прочитал лекцию.", "Steven Walsh", 1);
}

/* An article naming many people: every family name alone still finds its person, however many
 * family names share their first letters (short mentions are looked up by those letters). */
static void
test_many_short_mentions(void)
{
  static const char *const given[] = {"Вадим", "Андрей", "Сергей", "Олег", "Иван"};
  static const char *const stems[] = {
      "Гром",  "Грач", "Греб", "Грин",  "Горб", "Гриш", "Груз", "Гусл", "Пест",  "Петр",
      "Пахом", "Поп",  "Сыч",  "Сухан", "Сом",  "Фрол", "Фил",  "Фед",  "Лыс",   "Ляп",
      "Лом",   "Мух",  "Мыт",  "Мин",   "Ник",  "Наум", "Рыб",  "Рож",  "Рудак", "Тит",
      "Тих",   "Ушак", "Хром", "Хват",  "Шмак", "Щег",  "Юрк",  "Ярц",  "Жук",   "Зуб"};
  enum { N = sizeof stems / sizeof *stems };
  char text[8192], *p = text;
  for (int k = 0; k < N; k++)
    p += sprintf(p, "%s %sов выступил на форуме. ", given[k % 5], stems[k]);
  for (int k = N - 1; k >= 0; k--)
    p += sprintf(p, "Слово предоставили %sову. ", stems[k]);
  char *f = facts_of(text);
  int found = 0;
  for (int k = 0; k < N; k++) {
    char mention[64];
    snprintf(mention, sizeof mention, "%sову", stems[k]);
    found += has_mention(f, mention);
  }
  CHECK(found == N, "%d of %d family names alone found among %d people", found, (int)N, (int)N);
  free(f);
}

static void
test_family_after_post(void)
{
  /* A family name alone after a post title in the nominative. */
  expect_mention("Вчера президент Сидоренко подписал указ.", "Сидоренко", 1);
  expect_mention("Об этом сообщил мэр Хомутов.", "Хомутов", 1);
  /* not: a genitive or an adjective after the title is no name. */
  expect_mention("Вчера президент Конституционного суда выступил.", "Конституционного", 0);
  expect_mention("Об этом сообщил глава Минфина.", "Минфина", 0);
  /* not: a title in an oblique case does not introduce a bare family name. */
  expect_mention("Решение главы Кузнецов поддержал.", "Кузнецов", 0);
}

static void
test_unknown_given(void)
{
  /* Given Family with an unknown given name needs a Russian family-name suffix ... */
  expect_mention("Вчера Айтал Семенов открыл школу.", "Айтал Семенов", 1);
  /* not: ... and the first word must not be an ordinary word written with a capital at the
   * start of a sentence (its stem occurs in lower case in the article). */
  expect_mention("Полёт Семенова длился час. Этот полёт был первым.", "Полёт Семенова", 0);
}

static void
test_occupations(void)
{
  /* A post before the name, with the region in it as the where. */
  expect_occupation("Губернатор Тульской области Алексей Дюмин открыл школу.",
                    "Алексей Дюмин\tГубернатор\tТульской области", 1);
  /* A minister's portfolio is part of the title; a country after it is the place. */
  expect_occupation("Министр финансов Франции Пьер Дюваль приехал в Москву.",
                    "Пьер Дюваль\tМинистр финансов\tФранции", 1);
  expect_occupation("Встреча с заместителем министра иностранных дел Чехии Яном Новаком прошла.",
                    "Ян Новак\tзаместителем министра иностранных дел\tЧехии", 1);
  /* A country adjective before the title names the country. */
  expect_occupation("Вчера австрийский канцлер Ханс Фельдер выступил в парламенте.",
                    "Ханс Фельдер\tканцлер\tАвстрия", 1);
  /* The capitalised words between the title and the name are the organisation. */
  expect_occupation("Генеральный директор Малого цирка Иван Лосев открыл сезон.",
                    "Иван Лосев\tГенеральный директор\tМалого цирка", 1);
  expect_occupation("Бывший глава Союза фермеров Иван Лосев открыл сезон.",
                    "Иван Лосев\tБывший глава\tСоюза фермеров", 1);
  /* An occupation outside public office; "=фотограф" is that word only. */
  expect_occupation("Снимки сделал фотограф Иван Лосев.", "Иван Лосев\tфотограф\t", 1);
  expect_occupation("Выставку открыли с фотографией Ивана Лосева.", "Иван Лосев\tфотографией\t", 0);
  /* not: a plural title before one name is not that person's post. */
  expect_occupation("Приехали руководители соседних районов Иван Лосев и другие.",
                    "Иван Лосев\tруководители\t", 0);
  /* One fact per person and title: the second mention of the title is not repeated. */
  expect_occupation("Президент Малого цирка Иван Лосев выступил. Встреча с президентом Иваном "
                    "Лосевым прошла.",
                    "Иван Лосев\tпрезидентом\t", 0);
}

static void
test_practices(void)
{
  /* Each practice rule still starts where its shape begins (a cue, a colon or comma, or its
   * own word): the object of a presenting verb, ... */
  expect_entity("Губернатор Алексей Дюмин представил опыт создания семейных центров.",
                FKG_E_PRACTICE, "|опыт создания семейных центров", 1, 1);
  /* ... a list after a list cue and a practice noun, */
  expect_entity("В регионе работают такие проекты, как «Добрые соседи», семейный клуб и "
                "школа приемных родителей.",
                FKG_E_PRACTICE, "|школа приемных родителей", 1, 3);
  /* ... bulleted lines after a presenting sentence that ends with a colon, */
  expect_entity("Смоленская область презентует два проекта:\n- летний лагерь для детей;\n- "
                "школа молодой семьи.",
                FKG_E_PRACTICE, "|школа молодой семьи", 1, 2);
  /* ... the topic of a report, */
  expect_entity("С докладом о развитии семейного добровольчества выступил Иван Лосев.",
                FKG_E_PRACTICE, "|развитии семейного добровольчества", 1, 1);
  /* ... something put in place in a region, */
  expect_entity("В Тульской области утверждена программа поддержки многодетных семей.",
                FKG_E_PRACTICE, "|программа поддержки многодетных семей", 1, 1);
  /* ... an English model of something in a region. */
  expect_entity("In the Perm region there is a model of supporting young families.", FKG_E_PRACTICE,
                "|model of supporting young families", 1, 1);
  /* not: no practice without its shape. */
  expect_entity("Губернатор Алексей Дюмин открыл новую школу.", FKG_E_PRACTICE, "|", 0, 0);
}

static void
test_person_keys(void)
{
  /* Mentions of one person share the key of their family and given names; another given name
   * with the same family name is another person; an initial keys by its letter. */
  expect_entity("Вадим Громов открыл школу. Вчера Вадим Громов выступил.", FKG_E_PERSON,
                "person/gromov-vadim|", 1, 1);
  expect_entity("Вадим Громов и Олег Громов открыли школу.", FKG_E_PERSON, "person/gromov-oleg|", 1,
                2);
  expect_entity("Вадим Громов и Громов Олег открыли школу. Олег Громов сказал.", FKG_E_PERSON,
                "person/gromov-vadim|", 1, -1);
  expect_entity("The school was opened by V. Gromov yesterday.", FKG_E_PERSON, "person/gromov-v|",
                1, 1);
  /* A Cyrillic initial keys by its whole letter (two bytes in UTF-8), as its Latin spelling
   * does: once it was cut to its first byte and the key lost the given name. */
  expect_entity("Школу открыл В. Громов.", FKG_E_PERSON, "person/gromov-v|", 1, 1);
  /* An initial whose transliteration takes two letters (Ж, "zh") still fits the full name. */
  expect_entity("Министр Жанна Яблоновская открыла форум. Ж. Яблоновская рассказала о нём.",
                FKG_E_PERSON, "person/yablonovskaya-zhanna|", 1, 1);
  expect_entity("Министр Жанна Яблоновская открыла форум. З. Яблоновская рассказала о нём.",
                FKG_E_PERSON, "person/yablonovskaya-z|", 1, 2);
}

static void
test_entity_keys(void)
{
  /* Keys are the kind, the person's key for a post, and the slug of the text. */
  const char *t = "Губернатор Тульской области Алексей Дюмин представил опыт создания семейных "
                  "центров.";
  expect_entity(t, FKG_E_PERSON, "person/dyumin-aleksei|Алексей Дюмин", 1, 1);
  expect_entity(t, FKG_E_POST, "post/dyumin-aleksei/gubernator-tulskoy-oblasti|", 1, 1);
  expect_entity(t, FKG_E_PRACTICE, "practice/opyt-sozdaniya-semeynykh-tsentrov|", 1, 1);
}

/* "y-m-d y-m-d": the start and end dates (0 when not stated) of the first edition entity. */
static FkgStatus
print_edition_dates(const FkgFacts *facts, FILE *out, const void *arg)
{
  (void)arg;
  for (int32_t i = 0; i < facts->nents; i++) {
    const FkgEntity *e = &facts->ents[i];
    if (e->kind != FKG_E_EDITION) continue;
    fprintf(out, "%d-%d-%d %d-%d-%d", e->start.year, e->start.month, e->start.day, e->end.year,
            e->end.month, e->end.day);
    break;
  }
  return FKG_SUCCESS;
}

/* Expects the start and end dates ("y-m-d", 0 when not stated) of the first edition entity of
 * `text`. */
static void
expect_edition_dates(const char *text, const char *want)
{
  char *got = extract_text(text, print_edition_dates, NULL);
  const char *shown = *got ? got : "none";
  CHECK(!strcmp(shown, want), "edition dates %s in \"%s\" (got %s)", want, text, shown);
  free(got);
}

static void
test_dates(void)
{
  /* A date starts on a day number, a month name, or the word before a year number. */
  expect_edition_dates("IV Всероссийский форум «Вместе — ради детей!» прошел 5-7 июня 2019 года "
                       "в Туле.",
                       "2019-6-5 2019-6-7");
  expect_edition_dates("IV Всероссийский форум «Вместе — ради детей!» прошел с 5 по 7 июня 2019 "
                       "года в Туле.",
                       "2019-6-5 2019-6-7");
  expect_edition_dates("IV Всероссийский форум «Вместе — ради детей!» прошел в июне 2019 года в "
                       "Туле.",
                       "2019-6-0 0-0-0");
  expect_edition_dates("IV Всероссийский форум «Вместе — ради детей!» прошел в 2019 году в Туле.",
                       "2019-0-0 0-0-0");
  expect_edition_dates("The St. Petersburg International Economic Forum was held in Jun. 2019.",
                       "2019-6-0 0-0-0");
  /* An edition without a number is keyed by the year its sentence states. */
  expect_entity("Всероссийский форум «Вместе — ради детей!» прошел в 2019 году в Туле.",
                FKG_E_EDITION, "-2019|", 1, 1);
}

static void
test_region_entities(void)
{
  /* Every mention of a region, in any form, is one entity, keyed by its code. */
  expect_entity("В Тульской области открыли школу. Тульская область гордится ею. В Туле тепло.",
                FKG_E_REGION, "region/ru-tul|", 1, 1);
  expect_entity("Тульская и Калужская области подписали соглашение.", FKG_E_REGION,
                "region/ru-klu|", 1, 2);
}

/* Relations by kind and subject: each chain in the order added, a repeated relation once,
 * through the index's growth (past 64 relations and past 32 chains). */
static void
test_relation_chains(void)
{
  FkgDoc doc;
  const char *text = "Текст.";
  if (fkg_text_load(ctx, &doc, "t.txt", "t.txt", (const unsigned char *)text, strlen(text))) {
    CHECK(0, "relation chains: the document loads");
    return;
  }
  FkgFacts f;
  memset(&f, 0, sizeof f);
  f.doc = &doc;
  CHECK_INT(fkg_facts_first_rel(&f, FKG_R_HOLDS, 1), -1, "relation chains: none before any");
  /* Subjects 0..49 hold posts 100 + 3s and 101 + 3s, and 0..49 a region, interleaved. */
  for (int32_t s = 0; s < 50; s++) {
    fkg_facts_rel(&f, FKG_R_HOLDS, s, 100 + 3 * s);
    fkg_facts_rel(&f, FKG_R_REGION, s, 500);
    fkg_facts_rel(&f, FKG_R_HOLDS, s, 100 + 3 * s); /* again: kept once */
  }
  for (int32_t s = 0; s < 50; s++)
    fkg_facts_rel(&f, FKG_R_HOLDS, s, 101 + 3 * s);
  for (int32_t s = 0; s < 10; s++) /* a third post for the first ten */
    fkg_facts_rel(&f, FKG_R_HOLDS, s, 102 + 3 * s);
  CHECK_INT(f.nrels, 160, "relation chains: a repeated relation is kept once");
  int bad = 0;
  for (int32_t s = 0; s < 50; s++) {
    int32_t r = fkg_facts_first_rel(&f, FKG_R_HOLDS, s), n = 0, posts = s < 10 ? 3 : 2;
    for (; r >= 0; r = f.rels[r].next_ks, n++)
      if (n >= posts || f.rels[r].kind != FKG_R_HOLDS || f.rels[r].s != s ||
          f.rels[r].o != 100 + 3 * s + n)
        bad++;
    bad += n != posts;
    r = fkg_facts_first_rel(&f, FKG_R_REGION, s);
    bad += r < 0 || f.rels[r].o != 500 || f.rels[r].next_ks != -1;
  }
  CHECK_INT(bad, 0, "relation chains: each subject's posts in the order added, its region alone");
  CHECK_INT(fkg_facts_first_rel(&f, FKG_R_HOLDS, 50), -1,
            "relation chains: none for a subject with none");
  CHECK_INT(fkg_facts_first_rel(&f, FKG_R_REPRESENTS, 0), -1,
            "relation chains: none for another kind");
  fkg_doc_clear(&doc);
}

int
main(void)
{
  ctx = check_context_new(&diag, &diaglog, NULL);
  test_given_names();
  test_compound_names();
  test_patronymics();
  test_short_mentions();
  test_many_short_mentions();
  test_family_after_post();
  test_unknown_given();
  test_occupations();
  test_practices();
  test_person_keys();
  test_entity_keys();
  test_dates();
  test_region_entities();
  test_relation_chains();
  fkg_context_free(ctx);
  return check_summary();
}
