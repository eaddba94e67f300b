/* forumkg: report stage, the page's own words in Russian, English and French, and the labels
 * of the session types (as in ontology/forumkg.ttl, for graphs that do not carry them). */
#include "report_int.h"

#include <string.h>

/* One row per FkgWord, in enum order: ru, en, fr. */
static const char *const kWords[FKG_W_NWORDS][3] = {
    [FKG_W_TITLE] = {"Отчёт по графу знаний forumkg", "forumkg knowledge graph report",
                     "Rapport du graphe de connaissances forumkg"},
    [FKG_W_SOURCES] = {"Графы", "Graphs", "Graphes"},
    [FKG_W_COUNTS] = {"Сущности по классам", "Entities per class", "Entités par classe"},
    [FKG_W_CLASS] = {"Класс", "Class", "Classe"},
    [FKG_W_COUNT] = {"Число", "Count", "Nombre"},
    [FKG_W_DRAWING] = {"Граф", "Graph", "Graphe"},
    [FKG_W_DRAWING_NOTE] =
        {"Проведения и мероприятия с их сессиями, должностные лица, регионы и практики. "
         "Наведите курсор на узел, чтобы увидеть полное название; щелчок ведёт к упоминаниям.",
         "Editions and events with their sessions, officials, regions and practices. Hover over "
         "a node for its full name; a click leads to its mentions.",
         "Éditions et événements avec leurs sessions, responsables, régions et pratiques. "
         "Survolez un nœud pour voir son nom complet ; un clic mène à ses mentions."},
    [FKG_W_DRAWN_PART] = {"Сущностей на рисунке:", "Entities drawn:", "Entités dessinées :"},
    [FKG_W_NO_DRAWING] = {"Рисунок не строился (--no-drawing).",
                          "No drawing was made (--no-drawing).",
                          "Aucun dessin n’a été fait (--no-drawing)."},
    [FKG_W_LEGEND] = {"Связи", "Relations", "Relations"},
    [FKG_W_EDITIONS] = {"Проведения форумов", "Forum editions", "Éditions de forums"},
    [FKG_W_EVENTS] = {"Другие мероприятия", "Other events", "Autres événements"},
    [FKG_W_SESSIONS] = {"Сессии", "Sessions", "Sessions"},
    [FKG_W_OFFICIALS] = {"Должностные лица", "Officials", "Responsables publics"},
    [FKG_W_REGIONS] = {"Регионы", "Regions", "Régions"},
    [FKG_W_PRACTICES] = {"Практики по регионам", "Practices by region", "Pratiques par région"},
    [FKG_W_MENTIONS] = {"Упоминания", "Mentions", "Mentions"},
    [FKG_W_EDITION] = {"Проведение", "Edition", "Édition"},
    [FKG_W_SERIES] = {"Серия", "Series", "Série"},
    [FKG_W_NUMBER] = {"№", "No.", "N°"},
    [FKG_W_START] = {"Начало", "Start", "Début"},
    [FKG_W_END] = {"Конец", "End", "Fin"},
    [FKG_W_PLACE] = {"Место", "Place", "Lieu"},
    [FKG_W_ORGANIZERS] = {"Организаторы", "Organizers", "Organisateurs"},
    [FKG_W_EVENT] = {"Мероприятие", "Event", "Événement"},
    [FKG_W_SESSION] = {"Сессия", "Session", "Session"},
    [FKG_W_TYPE] = {"Тип", "Type", "Type"},
    [FKG_W_SPEAKERS] = {"Выступающие", "Speakers", "Intervenants"},
    [FKG_W_MODERATORS] = {"Модераторы", "Moderators", "Modérateurs"},
    [FKG_W_OFFICIAL] = {"Должностное лицо", "Official", "Responsable"},
    [FKG_W_POSTS] = {"Должности", "Posts", "Postes"},
    [FKG_W_REGION] = {"Регион", "Region", "Région"},
    [FKG_W_ISO] = {"ISO 3166-2", "ISO 3166-2", "ISO 3166-2"},
    [FKG_W_PRACTICE] = {"Практика", "Practice", "Pratique"},
    [FKG_W_PRESENTER] = {"Кем представлена", "Presented by", "Présentée par"},
    [FKG_W_PRESENTED_AT] = {"Где представлена", "Presented at", "Présentée lors de"},
    [FKG_W_NO_REGION] = {"(регион не указан)", "(no region)", "(sans région)"},
    [FKG_W_NONE] = {"нет", "none", "aucune"},
    [FKG_W_ARTICLE_ONLY] = {"упомянуто в статье без отрывка", "mentioned in the article, no span",
                            "mentionné dans l’article, sans extrait"},
    [FKG_W_EDGE_PART_OF] = {"часть мероприятия", "part of the event", "partie de l’événement"},
    [FKG_W_EDGE_SPEAKER] = {"выступающий", "speaker", "intervenant"},
    [FKG_W_EDGE_MODERATOR] = {"модератор", "moderator", "modérateur"},
    [FKG_W_EDGE_PARTICIPANT] = {"участник", "participant", "participant"},
    [FKG_W_EDGE_REPRESENTS] = {"представляет регион", "represents the region",
                               "représente la région"},
    [FKG_W_EDGE_PRESENTED_BY] = {"кем представлена", "presented by", "présentée par"},
    [FKG_W_EDGE_PRESENTED_AT] = {"где представлена", "presented at", "présentée lors de"},
    [FKG_W_EDGE_REGION] = {"регион практики", "region of the practice", "région de la pratique"},
    [FKG_W_EDGE_LOCATION] = {"место проведения", "held in", "lieu"},
    [FKG_W_TRIPLES] = {"триплетов", "triples", "triplets"},
    [FKG_W_N_OFFICIALS] = {"Должностных лиц", "Officials", "Responsables"},
    [FKG_W_N_PRACTICES] = {"Практик", "Practices", "Pratiques"},
    [FKG_W_N_EVENTS] = {"Участие в мероприятиях", "Events taken part in",
                        "Participations aux événements"},
};

static const struct {
  const char *local;
  const char *label[3];
} kSessionTypes[] = {
    {"Plenary", {"Пленарное заседание", "Plenary session", "Séance plénière"}},
    {"RoundTable", {"Круглый стол", "Round table", "Table ronde"}},
    {"StrategicSession", {"Стратегическая сессия", "Strategic session", "Session stratégique"}},
    {"ExpertSession", {"Экспертная сессия", "Expert session", "Session d'experts"}},
    {"Discussion", {"Дискуссия", "Discussion", "Discussion"}},
    {"Panel", {"Панельная дискуссия", "Panel discussion", "Panel de discussion"}},
    {"ThematicSite", {"Тематическая площадка", "Thematic site", "Plateforme thématique"}},
    {"OtherSession", {"Другая сессия", "Other session", "Autre session"}},
};

static const char *const kLangCodes[3] = {"ru", "en", "fr"};

const char *
fkg_report_word(FkgLang lang, FkgWord w)
{
  if ((unsigned)w >= FKG_W_NWORDS || (unsigned)lang > FKG_LANG_FR) return "";
  const char *s = kWords[w][lang];
  return s ? s : "";
}

const char *
fkg_report_session_type_label(FkgLang lang, const char *local)
{
  for (size_t i = 0; i < sizeof kSessionTypes / sizeof *kSessionTypes; i++)
    if (strcmp(kSessionTypes[i].local, local) == 0) return kSessionTypes[i].label[lang];
  return NULL;
}

int
fkg_report_lang_parse(const char *name, FkgLang *lang)
{
  for (int i = 0; i < 3; i++)
    if (name && strcmp(name, kLangCodes[i]) == 0) {
      *lang = (FkgLang)i;
      return 1;
    }
  return 0;
}

const char *
fkg_report_lang_code(FkgLang lang)
{
  return kLangCodes[lang];
}

int
fkg_report_lang_ok(const char *lang)
{
  FkgLang l;
  return fkg_report_lang_parse(lang, &l);
}

static const struct {
  const char *curie;
  const char *label[3];
} kClasses[FKG_C_NCLASSES] = {
    [FKG_C_SERIES] = {"fkg:ForumSeries", {"Серия форумов", "Forum series", "Série de forums"}},
    [FKG_C_EDITION] = {"fkg:ForumEdition",
                       {"Проведение форума", "Forum edition", "Édition de forum"}},
    [FKG_C_EVENT] = {"fkg:Event", {"Мероприятие", "Event", "Événement"}},
    [FKG_C_SESSION] = {"fkg:Session", {"Сессия", "Session", "Session"}},
    [FKG_C_OFFICIAL] = {"fkg:Official", {"Должностное лицо", "Official", "Responsable public"}},
    [FKG_C_POST] = {"org:Post", {"Должность", "Post", "Poste"}},
    [FKG_C_ORG] = {"org:Organization", {"Организация", "Organization", "Organisation"}},
    [FKG_C_REGION] = {"fkg:Region", {"Регион", "Region", "Région"}},
    [FKG_C_CITY] = {"schema:City", {"Город", "City", "Ville"}},
    [FKG_C_PRACTICE] = {"fkg:Practice", {"Практика", "Practice", "Pratique"}},
    [FKG_C_ARTICLE] = {"fkg:Article", {"Статья", "Article", "Article"}},
    [FKG_C_MENTION] = {"fkg:Mention", {"Упоминание", "Mention", "Mention"}},
};

const char *
fkg_report_class_label(FkgLang lang, FkgClass c)
{
  return (unsigned)c < FKG_C_NCLASSES ? kClasses[c].label[lang] : "";
}

const char *
fkg_report_class_curie(FkgClass c)
{
  return (unsigned)c < FKG_C_NCLASSES ? kClasses[c].curie : "";
}
