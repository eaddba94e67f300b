/* forumkg unit tests: the lexicon stage (src/lexicon). Loading ontology/ and reporting a
 * malformed table with file:line; then a table of Russian inflected forms (and a few French and
 * English ones) that must reach their dictionary entry: regions by ISO code, posts by key, and
 * person names through the whole extraction (family and given name in the nominative); last,
 * the phrase index on a posts.tsv of its own (shared first words, exact forms, capital keys,
 * longest matches first, each entry once, at most `max` kept). */
#include "check.h"
#include "forumkg/extract.h"
#include "forumkg/lexicon.h"
#include "forumkg/segment.h"
#include "forumkg/text.h"

#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

static FkgContext *ctx;
static const FkgLexicon *lex;
static FkgDiag diag;
static CheckDiagLog diaglog;
static int forms_total, forms_ok;

static int
doc_open(FkgDoc *doc, const char *text)
{
  FkgStatus st =
      fkg_text_load(ctx, doc, "lex.txt", "lex.txt", (const unsigned char *)text, strlen(text));
  if (!st) st = fkg_segment_doc(ctx, doc);
  if (st) printf("     (cannot load \"%s\": status %d)\n", text, (int)st);
  return st == FKG_SUCCESS;
}

/* ------------------------------------------------------------------------------------------ */
/* Loading */

static void
test_load(void)
{
  CHECK(lex != NULL, "ontology lexicons loaded from %s", FKG_TEST_ONTOLOGY_DIR);
  CHECK(fkg_lexicon_rows(lex, FKG_LX_REGION) >= 80, "regions.tsv rows: %d (>= 80)",
        fkg_lexicon_rows(lex, FKG_LX_REGION));
  int32_t yar = fkg_lexicon_find(lex, FKG_LX_REGION, "iso", "RU-YAR");
  CHECK(yar >= 0, "RU-YAR is a region row");
  CHECK_STR(fkg_lexicon_cell(lex, FKG_LX_REGION, yar, "wikidata"), "Q2448", "RU-YAR wikidata");
  CHECK_STR(fkg_lexicon_cell(lex, FKG_LX_REGION, yar, "no-such-column"), "",
            "cell of a missing column is \"\"");
  CHECK_STR(fkg_lexicon_cell(lex, FKG_LX_REGION, -1, "iso"), "", "cell of row -1 is \"\"");
  CHECK(fkg_lexicon_given(lex, "алексей") >= 0, "given name алексей known");
  CHECK(fkg_lexicon_given(lex, "алексея") < 0, "given names are matched in the nominative only");
  CHECK_INT(fkg_session_type_from_name("round_table"), FKG_ST_ROUND_TABLE, "session type name");
  CHECK_INT(fkg_session_type_from_name("nonsense"), FKG_ST_COUNT, "unknown session type name");
}

/* Makes DIR/lexicon with every source table linked in, except `replace`, written with `text`
 * (NULL: left out). Returns 0 on success. */
static int
make_ontology(const char *dir, const char *replace, const char *text)
{
  char sub[4096], src[8448], dst[8448];
  snprintf(sub, sizeof sub, "%s/lexicon", dir);
  if (mkdir(sub, 0755) != 0) return -1;
  snprintf(src, sizeof src, "%s/lexicon", FKG_TEST_ONTOLOGY_DIR);
  DIR *d = opendir(src);
  if (!d) return -1;
  struct dirent *de;
  while ((de = readdir(d))) {
    if (de->d_name[0] == '.' || strcmp(de->d_name, replace) == 0) continue;
    snprintf(src, sizeof src, "%s/lexicon/%s", FKG_TEST_ONTOLOGY_DIR, de->d_name);
    snprintf(dst, sizeof dst, "%s/%s", sub, de->d_name);
    if (symlink(src, dst) != 0) {
      closedir(d);
      return -1;
    }
  }
  closedir(d);
  if (text) {
    snprintf(dst, sizeof dst, "%s/%s", sub, replace);
    FILE *f = fopen(dst, "w");
    if (!f) return -1;
    fputs(text, f);
    if (fclose(f) != 0) return -1;
  }
  return 0;
}

static void
remove_tree(const char *dir)
{
  char cmd[4200];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
  if (system(cmd) != 0) printf("     (could not remove %s)\n", dir);
}

/* Opens a context on DIR; returns its status and leaves the last message in `log`. */
static FkgStatus
open_on(const char *dir, CheckDiagLog *log)
{
  FkgDiag d = {check_diag_record, log, 0, 0};
  memset(log, 0, sizeof *log);
  FkgOptions opts = {dir, "https://w3id.org/forumkg/id/", 0, NULL};
  FkgStatus st = FKG_SUCCESS;
  FkgContext *c = fkg_context_new(&opts, &d, &st);
  if (c) {
    fkg_context_free(c);
    return FKG_SUCCESS;
  }
  return st;
}

/* An ontology whose lexicon file `name` holds `text` is refused with FKG_BAD_SYNTAX, and the
 * message names the file and `line`. */
static void
expect_syntax_error(const char *name, const char *text, int line, const char *what)
{
  static CheckDiagLog log;
  char tmpl[] = "/tmp/fkg-unit-lexicon-XXXXXX";
  char want[4200];
  char *dir = mkdtemp(tmpl);
  if (dir && CHECK(make_ontology(dir, name, text) == 0, "%s: written", what)) {
    FkgStatus st = open_on(dir, &log);
    CHECK(st == FKG_BAD_SYNTAX, "%s: status %d, want %d", what, (int)st, (int)FKG_BAD_SYNTAX);
    snprintf(want, sizeof want, "%s/lexicon/%s:%d:", dir, name, line);
    CHECK(check_diag_has(&log, want), "%s: reported at %s:%d: %s", what, name, line,
          check_diag_last(&log));
  }
  if (dir) remove_tree(dir);
}

static void
test_malformed(void)
{
  static CheckDiagLog log;
  char tmpl[] = "/tmp/fkg-unit-lexicon-XXXXXX";
  char want[4200];
  /* Line 1 header, 2 comment, 3 a good row, 4 a row with two columns instead of three. */
  char *dir = mkdtemp(tmpl);
  if (!CHECK(dir != NULL, "temporary ontology directory")) return;
  if (CHECK(
          make_ontology(dir, "posts.tsv",
                        "key\tlang\tform\n# a comment counts as a line\ngovernor\tru\tгубернатор\n"
                        "mayor\tмэр\n") == 0,
          "malformed posts.tsv written")) {
    FkgStatus st = open_on(dir, &log);
    CHECK_INT(st, FKG_BAD_SYNTAX, "wrong column count: status");
    snprintf(want, sizeof want, "%s/lexicon/posts.tsv:4:", dir);
    CHECK(check_diag_has(&log, want) && check_diag_has(&log, "error:"),
          "wrong column count reported at posts.tsv:4: %s", check_diag_last(&log));
    CHECK(check_diag_has(&log, "3") && check_diag_has(&log, "2"),
          "message gives both column counts: %s", check_diag_last(&log));
  }
  remove_tree(dir);

  char tmpl2[] = "/tmp/fkg-unit-lexicon-XXXXXX";
  dir = mkdtemp(tmpl2);
  if (dir && CHECK(make_ontology(dir, "cues.tsv", NULL) == 0, "ontology without cues.tsv")) {
    FkgStatus st = open_on(dir, &log);
    CHECK_INT(st, FKG_BAD_READ, "missing cues.tsv: status");
    CHECK(check_diag_has(&log, "cues.tsv"), "missing table named in the message: %s",
          check_diag_last(&log));
  }
  if (dir) remove_tree(dir);

  expect_syntax_error("chrome.tsv", "pattern\n(?i)menu\n(unclosed\n", 3,
                      "chrome.tsv with a bad regular expression");
  expect_syntax_error("names-fr.rules",
                      "# two good rules, then a bad one\nou > u;\ntch > ch;\nch > [sh;\n", 4,
                      "names-fr.rules with a bad transliteration rule");
  expect_syntax_error("names-en.rules", "ai > ay;\n$C { iev > yev;\n", 2,
                      "names-en.rules with an undefined variable");
}

/* ------------------------------------------------------------------------------------------ */
/* Inflected forms */

/* Counts one form of the unit table. */
static void
form_result(int ok)
{
  forms_total++;
  forms_ok += ok != 0;
}

/* The region ISO codes matched anywhere in `text` (longest match at each token), '|'-joined. */
static void
regions_in(FkgDoc *doc, char *out, size_t cap)
{
  size_t o = 0;
  out[0] = '\0';
  for (int32_t i = 0; i < doc->ntoks; i++) {
    FkgLexMatch m[8];
    int n = fkg_lexicon_match(lex, doc, i, FKG_LX_MASK(FKG_LX_REGION), m, 8);
    if (n <= 0) continue;
    const char *iso = fkg_lexicon_cell(lex, FKG_LX_REGION, m[0].entry->row, "iso");
    o += (size_t)snprintf(out + o, o < cap ? cap - o : 0, "|%s", iso);
    if (o >= cap) break;
    i = m[0].last - 1;
  }
  if (o < cap) snprintf(out + o, cap - o, "|");
}

static void
expect_region(const char *text, const char *iso)
{
  FkgDoc doc;
  char found[512] = "", want[32];
  int ok = 0;
  if (doc_open(&doc, text)) {
    regions_in(&doc, found, sizeof found);
    snprintf(want, sizeof want, "|%s|", iso);
    ok = strstr(found, want) != NULL;
  }
  form_result(ok);
  CHECK(ok, "region %-7s in \"%s\" (found %s)", iso, text, *found ? found : "nothing");
  fkg_doc_clear(&doc);
}

static void
expect_post(const char *text, const char *key)
{
  FkgDoc doc;
  char found[512] = "";
  size_t o = 0;
  int ok = 0;
  if (doc_open(&doc, text)) {
    for (int32_t i = 0; i < doc.ntoks; i++) {
      FkgLexMatch m[8];
      int n = fkg_lexicon_match(lex, &doc, i, FKG_LX_MASK(FKG_LX_POST), m, 8);
      if (n <= 0) continue;
      const char *k = fkg_lexicon_cell(lex, FKG_LX_POST, m[0].entry->row, "key");
      if (strcmp(k, key) == 0) ok = 1;
      if (o < sizeof found) o += (size_t)snprintf(found + o, sizeof found - o, " %s", k);
      i = m[0].last - 1;
    }
  }
  form_result(ok);
  CHECK(ok, "post %-16s in \"%s\" (found%s)", key, text, *found ? found : " nothing");
  fkg_doc_clear(&doc);
}

/* Runs the whole extraction on `text` and expects a person with these nominative names. */
static void
expect_person(const char *text, const char *given, const char *family)
{
  FkgDoc doc;
  char found[512] = "";
  size_t o = 0;
  int ok = 0;
  if (doc_open(&doc, text)) {
    FkgFacts facts;
    memset(&facts, 0, sizeof facts);
    facts.doc = &doc;
    FkgStatus st = fkg_extract_doc(ctx, &doc, &facts);
    if (st) snprintf(found, sizeof found, " (extraction status %d)", (int)st);
    for (int32_t i = 0; !st && i < facts.nents; i++) {
      const FkgEntity *e = &facts.ents[i];
      if (e->kind != FKG_E_PERSON) continue;
      if (e->family && e->given && !strcmp(e->family, family) && !strcmp(e->given, given)) ok = 1;
      if (o < sizeof found)
        o += (size_t)snprintf(found + o, sizeof found - o, " [%s | %s]", e->given ? e->given : "-",
                              e->family ? e->family : "-");
    }
  }
  form_result(ok);
  CHECK(ok, "person %s %s in \"%s\" (found%s)", given, family, text, *found ? found : " no person");
  fkg_doc_clear(&doc);
}

static void
test_regions(void)
{
  /* Ярославская область in every case, and its informal name. */
  expect_region("Губернатор Ярославской области открыл центр.", "RU-YAR");
  expect_region("Центр открыли в Ярославской области.", "RU-YAR");
  expect_region("Делегация посетила Ярославскую область.", "RU-YAR");
  expect_region("Мы гордимся Ярославской областью.", "RU-YAR");
  expect_region("Жители Ярославщины голосовали.", "RU-YAR");
  expect_region("На Ярославщине открыли школу.", "RU-YAR");
  /* Московская область and Подмосковье. */
  expect_region("Выступил губернатор Подмосковья.", "RU-MOS");
  expect_region("Волонтеры ездили по Подмосковью.", "RU-MOS");
  expect_region("Он руководит Подмосковьем десять лет.", "RU-MOS");
  expect_region("В Подмосковье открыли центр.", "RU-MOS");
  expect_region("Правительство Московской области приняло решение.", "RU-MOS");
  expect_region("Бюджет Мособласти вырос.", "RU-MOS");
  /* ХМАО — Югра. */
  expect_region("Делегация ХМАО-Югры прибыла.", "RU-KHM");
  expect_region("В ХМАО-Югре открыли центр.", "RU-KHM");
  expect_region("Он гордится Югрой.", "RU-KHM");
  expect_region("В Югре прошел форум.", "RU-KHM");
  expect_region("Представители Ханты-Мансийского автономного округа выступили.", "RU-KHM");
  /* Смоленская область. */
  expect_region("Смоленщина приняла гостей.", "RU-SMO");
  expect_region("Жители Смоленщины голосовали.", "RU-SMO");
  expect_region("На Смоленщине открыли школу.", "RU-SMO");
  expect_region("Губернатор Смоленской области выступил.", "RU-SMO");
  /* Пермский край. */
  expect_region("Министр Пермского края выступил.", "RU-PER");
  expect_region("Премию вручили Пермскому краю.", "RU-PER");
  expect_region("Он руководит Пермским краем.", "RU-PER");
  expect_region("В Пермском крае открыли центр.", "RU-PER");
  expect_region("Жители Прикамья голосовали.", "RU-PER");
  /* Татарстан. */
  expect_region("Делегация Республики Татарстан прибыла.", "RU-TA");
  expect_region("В Татарстане открыли центр.", "RU-TA");
  expect_region("Соглашение с Татарстаном подписано.", "RU-TA");
  expect_region("Опыт Татарии изучили.", "RU-TA");
  /* Краснодарский край, Кубань. */
  expect_region("Губернатор Краснодарского края выступил.", "RU-KDA");
  expect_region("На Кубани открыли центр.", "RU-KDA");
  /* Ставропольский край. */
  expect_region("Делегация Ставрополья прибыла.", "RU-STA");
  expect_region("Губернатор Ставропольского края выступил.", "RU-STA");
  /* Башкортостан. */
  expect_region("Опыт Башкирии изучили.", "RU-BA");
  expect_region("Делегация Республики Башкортостан прибыла.", "RU-BA");
  expect_region("Глава Башкортостана выступил.", "RU-BA");
  /* Other oblasts and cities of federal importance. */
  expect_region("Губернатор Свердловской области выступил.", "RU-SVE");
  expect_region("Опыт Нижегородской области изучили.", "RU-NIZ");
  expect_region("Жители Нижегородчины голосовали.", "RU-NIZ");
  expect_region("Врачи Челябинской области выступили.", "RU-CHE");
  expect_region("Форум прошел в Москве.", "RU-MOW");
  expect_region("Делегация Москвы прибыла.", "RU-MOW");
  expect_region("Жители Санкт-Петербурга голосовали.", "RU-SPE");
  expect_region("Форум прошел в Петербурге.", "RU-SPE");
  expect_region("Опыт Карелии изучили.", "RU-KR");
  expect_region("Делегация Республики Карелия прибыла.", "RU-KR");
  /* French and English. */
  expect_region("Le gouverneur de la région de Yaroslavl a parlé.", "RU-YAR");
  expect_region("Les experts de la région d’Iaroslavl ont parlé.", "RU-YAR");
  expect_region("The Perm region presented its projects.", "RU-PER");
  expect_region("Delegates from the Republic of Tatarstan spoke.", "RU-TA");
  expect_region("Le kraï de Krasnodar a présenté ses projets.", "RU-KDA");
  expect_region("The Khanty-Mansi Autonomous Okrug – Yugra sent experts.", "RU-KHM");
}

static void
test_posts(void)
{
  expect_post("Выступил губернатор области.", "governor");
  expect_post("Письмо направили губернатору.", "governor");
  expect_post("Встреча с губернатором прошла.", "governor");
  expect_post("Жители рассказали о губернаторе.", "governor");
  expect_post("Совещание провел заместитель губернатора области.", "deputy-governor");
  expect_post("Слово дали заместителю губернатора.", "deputy-governor");
  expect_post("Доклад министра выслушали.", "minister");
  expect_post("Встреча с министром прошла.", "minister");
  expect_post("Доклад сенатора выслушали.", "senator");
  expect_post("Встреча с сенатором прошла.", "senator");
  expect_post("Доклад мэра выслушали.", "mayor");
  expect_post("Доклад уполномоченного по правам ребенка выслушали.", "ombudsman");
  expect_post("Le gouverneur a parlé.", "governor");
  expect_post("The deputy governor spoke.", "deputy-governor");
}

static void
test_people(void)
{
  /* Алексей Текслер: a consonant-final family name in every case. */
  expect_person("Вчера Алексей Текслер встретился с ветеранами.", "Алексей", "Текслер");
  expect_person("Совещание провел заместитель губернатора Алексея Текслера по социальным "
                "вопросам.",
                "Алексей", "Текслер");
  expect_person("Ветераны вручили Алексею Текслеру памятный адрес.", "Алексей", "Текслер");
  expect_person("Депутаты встретились с Алексеем Текслером в понедельник.", "Алексей", "Текслер");
  expect_person("Газеты много писали об Алексее Текслере.", "Алексей", "Текслер");
  /* Ольга Пономарева: a female -ова family name. */
  expect_person("Ольга Пономарева рассказала о работе центра.", "Ольга", "Пономарева");
  expect_person("По словам Ольги Пономаревой, очередь сократилась.", "Ольга", "Пономарева");
  expect_person("Слово предоставили Ольге Пономаревой.", "Ольга", "Пономарева");
  expect_person("Жители поблагодарили Ольгу Пономареву за помощь.", "Ольга", "Пономарева");
  expect_person("Встреча с Ольгой Пономаревой прошла в библиотеке.", "Ольга", "Пономарева");
  expect_person("Коллеги тепло отзывались об Ольге Пономаревой.", "Ольга", "Пономарева");
  /* Мария Успенская: a female -ская family name. */
  expect_person("Мария Успенская открыла выставку.", "Мария", "Успенская");
  expect_person("Выступление Марии Успенской вызвало интерес.", "Мария", "Успенская");
  expect_person("Награду вручили Марии Успенской.", "Мария", "Успенская");
  expect_person("На заседание пригласили Марию Успенскую.", "Мария", "Успенская");
  expect_person("Беседа с Марией Успенской длилась час.", "Мария", "Успенская");
  /* Андрей Воробьев: a male -ев family name. */
  expect_person("Андрей Воробьев посетил больницу.", "Андрей", "Воробьев");
  expect_person("По поручению Андрея Воробьева открыт новый центр.", "Андрей", "Воробьев");
  expect_person("Жители написали Андрею Воробьеву письмо.", "Андрей", "Воробьев");
  expect_person("Встреча с Андреем Воробьевым состоялась в четверг.", "Андрей", "Воробьев");
  expect_person("Журналисты спрашивали об Андрее Воробьеве.", "Андрей", "Воробьев");
  /* Герман Греф: a short consonant-final family name. */
  expect_person("Герман Греф выступил на заседании.", "Герман", "Греф");
  expect_person("Доклад Германа Грефа был посвящен образованию.", "Герман", "Греф");
  expect_person("Вопрос задали Герману Грефу.", "Герман", "Греф");
  expect_person("Дискуссия с Германом Грефом продолжалась час.", "Герман", "Греф");
  expect_person("Студенты говорили о Германе Грефе.", "Герман", "Греф");
  /* Валерий Лимаренко, Олег Кожемяко: indeclinable. (Валерия / Валерию are left out: with an
   * indeclinable family name they read as the female Валерия just as well.) */
  expect_person("Валерий Лимаренко осмотрел школу.", "Валерий", "Лимаренко");
  expect_person("Вместе с Валерием Лимаренко школу посетили депутаты.", "Валерий", "Лимаренко");
  expect_person("По словам Олега Кожемяко, ремонт завершен.", "Олег", "Кожемяко");
  expect_person("Учителя показали Олегу Кожемяко новые классы.", "Олег", "Кожемяко");
  expect_person("Вместе с Олегом Кожемяко школу посетили депутаты.", "Олег", "Кожемяко");
  expect_person("В газете написали об Олеге Кожемяко.", "Олег", "Кожемяко");
  /* Сергей Вольский: a male -ский family name. */
  expect_person("Отчет Сергея Вольского утвердили.", "Сергей", "Вольский");
  expect_person("Премию вручили Сергею Вольскому.", "Сергей", "Вольский");
  expect_person("Договор подписан Сергеем Вольским.", "Сергей", "Вольский");
  expect_person("Рассказали о Сергее Вольском.", "Сергей", "Вольский");
  /* Анна Кузьмина: a female -ина family name; Игорь Сорокин: a male -ин one. */
  expect_person("По инициативе Анны Кузьминой открыт клуб.", "Анна", "Кузьмина");
  expect_person("Грамоту вручили Анне Кузьминой.", "Анна", "Кузьмина");
  expect_person("Клуб создан Анной Кузьминой.", "Анна", "Кузьмина");
  expect_person("Заявление Игоря Сорокина опубликовано.", "Игорь", "Сорокин");
  expect_person("Письмо направили Игорю Сорокину.", "Игорь", "Сорокин");
  expect_person("Соглашение подписано Игорем Сорокиным.", "Игорь", "Сорокин");
  /* With a patronymic. */
  expect_person("Доклад Ольги Петровны Пономаревой выслушали.", "Ольга", "Пономарева");
}

/* ------------------------------------------------------------------------------------------ */
/* The phrase index (a posts.tsv of our own) */

/* The posts matched at the first token of `text` in context `c`, in the order reported, as
 * " key:ntokens" items; at most `max` asked. Returns the count, or -1 when the text does not
 * load. */
static int
posts_at0(FkgContext *c, const char *text, int max, char *out, size_t cap)
{
  FkgDoc doc;
  FkgStatus st =
      fkg_text_load(c, &doc, "idx.txt", "idx.txt", (const unsigned char *)text, strlen(text));
  if (!st) st = fkg_segment_doc(c, &doc);
  out[0] = '\0';
  if (st) return -1;
  const FkgLexicon *l = fkg_context_lexicon(c);
  FkgLexMatch m[16];
  int n = fkg_lexicon_match(l, &doc, 0, FKG_LX_MASK(FKG_LX_POST), m, max < 16 ? max : 16);
  size_t o = 0;
  for (int k = 0; k < n && o < cap; k++)
    o += (size_t)snprintf(out + o, cap - o, " %s:%d",
                          fkg_lexicon_cell(l, FKG_LX_POST, m[k].entry->row, "key"),
                          (int)(m[k].last - m[k].first));
  fkg_doc_clear(&doc);
  return n;
}

static void
expect_posts(FkgContext *c, const char *text, int max, const char *want)
{
  char got[512];
  posts_at0(c, text, max, got, sizeof got);
  CHECK(strcmp(got, want) == 0, "posts at \"%s\" (max %d): got \"%s\", want \"%s\"", text, max, got,
        want);
}

/* The first-word slots each token carries (looked up once per distinct text, by the
 * segmenter; for words met while the lexicon loaded, when it is done) are the ones the index
 * gives for its strings, and matching with them finds what a lookup per token finds. */
static void
test_token_firsts(FkgContext *c)
{
  const FkgLexicon *l = fkg_context_lexicon(c);
  static const char text[] = "Министр МВД, директор и каготой: глава культуры министр.";
  FkgDoc doc;
  FkgStatus st =
      fkg_text_load(c, &doc, "idx.txt", "idx.txt", (const unsigned char *)text, strlen(text));
  if (!st) st = fkg_segment_doc(c, &doc);
  if (!CHECK(st == FKG_SUCCESS, "token slots: text segmented")) return;
  CHECK(doc.lexfirst_of == l, "token slots are for the context's lexicon");
  int same = 1, found[3] = {0, 0, 0};
  for (int32_t i = 0; i < doc.ntoks; i++) {
    const FkgToken *t = &doc.toks[i];
    int32_t want[3];
    fkg_lexicon_firsts(l, t->key, t->capkey, (t->flags & FKG_TOK_WORD) ? t->lower : NULL, want);
    for (int k = 0; k < 3; k++) {
      if (t->lexfirst[k] != want[k]) same = 0;
      if (want[k] >= 0) found[k] = 1;
    }
  }
  CHECK(same, "every token's slots are its strings' slots");
  CHECK(found[0] && found[1] && found[2], "slots found for a key, a capital key and an exact form");
  /* The same matches when the slots are not trusted (another lexicon's, or none). */
  char with[512] = "", without[512] = "";
  for (int pass = 0; pass < 2; pass++) {
    char *out = pass ? without : with;
    size_t o = 0;
    doc.lexfirst_of = pass ? NULL : l;
    for (int32_t i = 0; i < doc.ntoks; i++) {
      FkgLexMatch m[8];
      int n = fkg_lexicon_match(l, &doc, i, FKG_LX_MASK(FKG_LX_POST), m, 8);
      for (int k = 0; k < n && o < 512; k++)
        o += (size_t)snprintf(out + o, 512 - o, " %d:%s:%d", (int)i,
                              fkg_lexicon_cell(l, FKG_LX_POST, m[k].entry->row, "key"),
                              (int)(m[k].last - m[k].first));
    }
  }
  CHECK_STR(with, without, "matches with the token slots as without");
  CHECK(strstr(with, "mvd") && strstr(with, "director") && strstr(with, "kagot-exact"),
        "matches found: %s", with);
  fkg_doc_clear(&doc);
}

static void
test_index(void)
{
  /* Entries sharing a first word (министр), of one to four words, exact forms (=директор), a
   * capital key (МВД) after an ordinary word, a form listed twice in a row, second words alike
   * in their first bytes (образования, обработки), and a form that starts entries by its stem and
   * by its exact form (каготой: stem кагот). */
  static const char table[] = "key\tlang\tform\n"
                              "minister\tru\tминистр\n"
                              "minister-edu\tru\tминистр образования\n"
                              "minister-health\tru\tминистр здравоохранения\n"
                              "minister-youth\tru\tминистр по делам молодежи\n"
                              "minister-edu-ru\tru\tминистр образования России\n"
                              "director\tru\t=директор\n"
                              "mvd\tru\tМВД\n"
                              "mvd-head\tru\tглава МВД\n"
                              "governor\tru\tгубернатор|губернатор\n"
                              "kagot-stem\tru\tкаготы\n"
                              "kagot-exact\tru\t=каготой\n"
                              "minister-proc\tru\tминистр обработки\n";
  char tmpl[] = "/tmp/fkg-unit-lexicon-XXXXXX";
  char *dir = mkdtemp(tmpl);
  if (!CHECK(dir != NULL, "temporary ontology directory")) return;
  if (!CHECK(make_ontology(dir, "posts.tsv", table) == 0, "test posts.tsv written")) {
    remove_tree(dir);
    return;
  }
  CheckDiagLog log;
  FkgDiag d = {check_diag_record, &log, 0, 0};
  memset(&log, 0, sizeof log);
  FkgOptions opts = {dir, "https://w3id.org/forumkg/id/", 0, NULL};
  FkgStatus st = FKG_SUCCESS;
  FkgContext *c = fkg_context_new(&opts, &d, &st);
  if (!CHECK(c != NULL, "context on the test posts.tsv (status %d)", (int)st)) {
    remove_tree(dir);
    return;
  }
  /* Longest first; only entries whose first word is the token's. */
  expect_posts(c, "министр образования выступил", 8, " minister-edu:2 minister:1");
  expect_posts(c, "Министра здравоохранения нет", 8, " minister-health:2 minister:1");
  expect_posts(c, "министр по делам молодежи", 8, " minister-youth:4 minister:1");
  expect_posts(c, "министр образования России", 8, " minister-edu-ru:3 minister-edu:2 minister:1");
  expect_posts(c, "министр культуры", 8, " minister:1");
  /* Second words alike in their first eight bytes (обра-) are still told apart. */
  expect_posts(c, "министр обработки", 8, " minister-proc:2 minister:1");
  /* At most `max`: the longest kept. */
  expect_posts(c, "министр образования России", 1, " minister-edu-ru:3");
  expect_posts(c, "министр образования России", 2, " minister-edu-ru:3 minister-edu:2");
  /* Quotes inside a phrase are skipped; a sentence end is not crossed. */
  expect_posts(c, "министр «образования»", 8, " minister-edu:3 minister:1");
  expect_posts(c, "Министр. Образования нет.", 8, " minister:1");
  /* "=" forms match that word form only. */
  expect_posts(c, "директор школы", 8, " director:1");
  expect_posts(c, "директора школы", 8, "");
  /* Capital keys: the abbreviation in capitals, not the lower-case word. */
  expect_posts(c, "МВД сообщило", 8, " mvd:1");
  expect_posts(c, "мвд сообщило", 8, "");
  expect_posts(c, "глава МВД", 8, " mvd-head:2");
  expect_posts(c, "глава мвд", 8, "");
  /* A form listed twice in one row is one entry. */
  expect_posts(c, "губернатор области", 8, " governor:1");
  /* A token whose stem and exact form both start entries meets each entry once, the stem's
   * (key) list first. */
  expect_posts(c, "каготой", 8, " kagot-stem:1 kagot-exact:1");
  expect_posts(c, "каготы", 8, " kagot-stem:1");
  test_token_firsts(c);
  /* fkg_lexicon_lookup: entries by their exact keys, capital keys never. */
  const FkgLexicon *l = fkg_context_lexicon(c);
  const char *keys[4];
  unsigned char caps[4];
  FkgArena a;
  fkg_arena_init(&a, 4096);
  int n = fkg_segment_phrase_keys(c, &a, "министр образования", keys, caps, 4);
  const FkgLexEntry *e = n == 2 ? fkg_lexicon_lookup(l, FKG_LX_MASK(FKG_LX_POST), keys, n) : NULL;
  CHECK_STR(e ? fkg_lexicon_cell(l, FKG_LX_POST, e->row, "key") : NULL, "minister-edu",
            "lookup of the keys of \"министр образования\"");
  e = n == 2 ? fkg_lexicon_lookup(l, FKG_LX_MASK(FKG_LX_REGION), keys, n) : NULL;
  CHECK(e == NULL, "lookup asks only the kinds in its mask");
  n = fkg_segment_phrase_keys(c, &a, "МВД", keys, caps, 4);
  CHECK(n == 1 && fkg_lexicon_lookup(l, FKG_LX_MASK(FKG_LX_POST), keys, n) == NULL,
        "lookup never returns a capital-key entry");
  fkg_arena_clear(&a);
  /* fkg_lexicon_find: the first row holding a value, through the cell index. */
  CHECK_INT(fkg_lexicon_find(l, FKG_LX_POST, "key", "mvd"), 6, "find: row of key mvd");
  CHECK_INT(fkg_lexicon_find(l, FKG_LX_POST, "lang", "ru"), 0, "find: first row of lang ru");
  CHECK_INT(fkg_lexicon_find(l, FKG_LX_POST, "key", "ru"), -1, "find: a value of another column");
  CHECK_INT(fkg_lexicon_find(l, FKG_LX_POST, "nope", "mvd"), -1, "find: a missing column");
  fkg_context_free(c);
  remove_tree(dir);
}

int
main(void)
{
  ctx = check_context_new(&diag, &diaglog, NULL);
  lex = fkg_context_lexicon(ctx);
  test_load();
  test_malformed();
  test_regions();
  test_posts();
  test_people();
  test_index();
  printf("inflected forms reaching their dictionary entry: %d/%d\n", forms_ok, forms_total);
  CHECK(forms_total >= 60, "the table holds at least 60 forms (%d)", forms_total);
  fkg_context_free(ctx);
  return check_summary();
}
