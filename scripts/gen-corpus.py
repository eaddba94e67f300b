#!/usr/bin/env python3
"""Generate a synthetic corpus of forumkg's genre with gold annotations.

Writes N news articles about Russian social policy (ru, fr, en) with the genre's structures --
forum editions with ordinals and dates, sessions with quoted titles, officials with their posts
in several Russian cases, region names (formal, informal, adjectives), practice lists and page
chrome -- into DIR/texts/*.txt, and one gold file per article into DIR/gold/*.json in the form of
../shared/gold/SCHEMA.md.

    scripts/gen-corpus.py --count 300 --seed 7 --out /tmp/corpus
    scripts/gen-corpus.py --megabytes 100 --seed 1 --out /tmp/corpus-100 --no-gold

Article i depends only on (seed, i): --count 60 writes the first 60 articles of --count 300.
The lexicons in ontology/lexicon supply regions, cities, series labels and given names; all
grammar (Russian declension, BGN/PCGN romanisation, date formats) is in this file. Standard
library only.
"""

import argparse
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_LEXICON = os.path.normpath(os.path.join(HERE, '..', 'ontology', 'lexicon'))

CASES = ('nom', 'gen', 'dat', 'acc', 'ins', 'prep')
VOWELS_RU = set('аеёиоуыэюяАЕЁИОУЫЭЮЯ')


# =============================================================================================
# Russian morphology: just enough to decline the noun phrases this generator writes.

def _adj(word, case, animate=False):
    """Declines a nominative adjective (masc -ый/-ий/-ой, fem -ая/-яя, neut -ое/-ее, pl -ые/-ие)."""
    if case == 'nom':
        return word
    end, stem = word[-2:], word[:-2]
    velar = stem[-1:] in 'кгх'
    sib = stem[-1:] in 'жшчщ'
    if end in ('ый', 'ой') or (end == 'ий' and (velar or sib)):
        i = 'и' if (velar or sib) else 'ы'
        if end == 'ий' and sib:
            forms = {'gen': 'его', 'dat': 'ему', 'ins': 'им', 'prep': 'ем'}
        else:
            forms = {'gen': 'ого', 'dat': 'ому', 'ins': i + 'м', 'prep': 'ом'}
        if case == 'acc':
            return stem + forms['gen'] if animate else word
        return stem + forms[case]
    if end == 'ий':  # soft (синий); also третий is handled by the ordinal table
        forms = {'gen': 'его', 'dat': 'ему', 'ins': 'им', 'prep': 'ем'}
        if case == 'acc':
            return stem + forms['gen'] if animate else word
        return stem + forms[case]
    if end == 'ая':
        o = 'е' if sib else 'о'
        return stem + ({'acc': 'ую'}.get(case) or o + 'й')
    if end == 'яя':
        return stem + ({'acc': 'юю'}.get(case) or 'ей')
    if end in ('ое', 'ее'):
        if case == 'acc':
            return word
        soft = end == 'ее'
        i = 'и' if (velar or sib or soft) else 'ы'
        forms = {'gen': 'его' if soft else 'ого', 'dat': 'ему' if soft else 'ому',
                 'ins': i + 'м', 'prep': 'ем' if soft else 'ом'}
        return stem + forms[case]
    if end in ('ые', 'ие'):
        i = end[0]
        forms = {'gen': i + 'х', 'dat': i + 'м', 'ins': i + 'ми', 'prep': i + 'х'}
        if case == 'acc':
            return stem + forms['gen'] if animate else word
        return stem + forms[case]
    return word


FLEETING = {'Лев': 'Льв', 'Павел': 'Павл', 'Пётр': 'Петр', 'Петр': 'Петр', 'Орёл': 'Орл',
            'Елец': 'Ельц', 'Череповец': 'Череповц'}


def _noun(word, gender, case, animate=False):
    """Declines a singular noun or name of gender m/f/n (first-declension masculines in -а too)."""
    if case == 'nom':
        return word
    last = word[-1]
    low = last.lower()
    if low in 'аaя' and gender in ('m', 'f') or (low in 'ая'):
        stem = word[:-1]
        s = stem[-1:].lower()
        if low == 'я':
            if stem.endswith(('и', 'И')):  # -ия
                f = {'gen': 'и', 'dat': 'и', 'prep': 'и', 'ins': 'ей', 'acc': 'ю'}
            else:
                f = {'gen': 'и', 'dat': 'е', 'prep': 'е', 'ins': 'ей', 'acc': 'ю'}
                if word == 'Илья':
                    f['ins'] = 'ёй'
        else:
            f = {'gen': 'и' if s in 'кгхжшчщ' else 'ы', 'dat': 'е', 'prep': 'е',
                 'ins': 'ей' if s in 'жшчщц' else 'ой', 'acc': 'у'}
        return stem + f[case]
    if gender == 'f':
        if low == 'ь':
            stem = word[:-1]
            return {'gen': stem + 'и', 'dat': stem + 'и', 'prep': stem + 'и', 'ins': word + 'ю',
                    'acc': word}[case]
        return word  # feminine names in a consonant or another vowel do not decline
    if gender == 'n':
        if word.endswith('ие'):
            stem = word[:-1]
            return stem + {'gen': 'я', 'dat': 'ю', 'prep': 'и', 'ins': 'ем', 'acc': 'е'}[case]
        if low == 'е':
            stem = word[:-1]
            return stem + {'gen': 'я', 'dat': 'ю', 'prep': 'е', 'ins': 'ем', 'acc': 'е'}[case]
        if low == 'о':
            stem = word[:-1]
            return stem + {'gen': 'а', 'dat': 'у', 'prep': 'е', 'ins': 'ом', 'acc': 'о'}[case]
        return word
    # masculine
    if low in 'оиуеэю':
        return word  # Бато, Доржи: indeclinable
    if low in 'йь':
        stem = word[:-1]
        prep = 'и' if word.endswith('ий') else 'е'
        f = {'gen': 'я', 'dat': 'ю', 'prep': prep, 'ins': 'ем'}
        if case == 'acc':
            return stem + 'я' if animate else word
        return stem + f[case]
    stem = FLEETING.get(word, word)
    ins = 'ем' if stem[-1:] in 'жшчщц' else 'ом'
    f = {'gen': 'а', 'dat': 'у', 'prep': 'е', 'ins': ins}
    if case == 'acc':
        return stem + 'а' if animate else word
    return stem + f[case]


def decline(dsl, case):
    """Declines a phrase written in a tiny notation: words tagged /a (adjective), /m /f /n (noun),
    /ma /fa (animate noun); untagged words stay as they are. 'Челябинская/a область/f'."""
    out = []
    for tok in dsl.split(' '):
        if '/' in tok and not tok.startswith('/'):
            w, tag = tok.rsplit('/', 1)
            animate = tag.endswith('a') and len(tag) == 2
            if tag == 'a':
                out.append(_adj(w, case))
            elif tag in ('aa',):
                out.append(_adj(w, case, animate=True))
            else:
                out.append(_noun(w, tag[0], case, animate))
        else:
            out.append(tok)
    return ' '.join(out)


def plain(dsl):
    return decline(dsl, 'nom')


def surname_case(surname, gender, case):
    """Family names in -ов/-ев/-ин (-ова/-ева/-ина) and -ский (-ская)."""
    if case == 'nom':
        return surname
    if surname.endswith(('ский', 'цкий', 'ская', 'цкая')):
        return _adj(surname, case, animate=True)
    if gender == 'm' and surname.endswith(('ов', 'ев', 'ёв', 'ин', 'ын')):
        return surname + {'gen': 'а', 'dat': 'у', 'acc': 'а', 'ins': 'ым', 'prep': 'е'}[case]
    if gender == 'f' and surname.endswith(('ова', 'ева', 'ёва', 'ина', 'ына')):
        return surname[:-1] + {'gen': 'ой', 'dat': 'ой', 'acc': 'у', 'ins': 'ой', 'prep': 'ой'}[case]
    return surname


def given_case(name, gender, case):
    return _noun(name, gender, case, animate=True)


def declinable_given(name, gender):
    if '-' in name or ' ' in name:
        return False
    last = name[-1]
    if gender == 'm':
        return last not in 'оиуеэю' or False
    return last in 'ая' or name in ('Любовь', 'Нинель')


def v_prep(word):
    """в or во before a noun phrase (во Владимирской, во Всеволожске)."""
    w = word.lower()
    if len(w) > 1 and w[0] in 'вф' and w[1] not in 'аеёиоуыэюя':
        return 'во'
    return 'в'


def s_prep(word):
    w = word.lower()
    if len(w) > 1 and w[0] in 'сзшж' and w[1] not in 'аеёиоуыэюя':
        return 'со'
    return 'с'


def o_prep(word):
    return 'об' if word[:1].lower() in 'аоуэи' else 'о'


def cap(s):
    return s[:1].upper() + s[1:] if s else s


# =============================================================================================
# BGN/PCGN romanisation of Russian (gold surname_latin) and the press spellings used in en/fr text.

BGN = {'а': 'a', 'б': 'b', 'в': 'v', 'г': 'g', 'д': 'd', 'е': 'e', 'ё': 'ë', 'ж': 'zh', 'з': 'z',
       'и': 'i', 'й': 'y', 'к': 'k', 'л': 'l', 'м': 'm', 'н': 'n', 'о': 'o', 'п': 'p', 'р': 'r',
       'с': 's', 'т': 't', 'у': 'u', 'ф': 'f', 'х': 'kh', 'ц': 'ts', 'ч': 'ch', 'ш': 'sh',
       'щ': 'shch', 'ъ': '', 'ы': 'y', 'ь': '', 'э': 'e', 'ю': 'yu', 'я': 'ya'}
_YE_AFTER = set('аеёиоуыэюяйъь')


def bgn(text, press=False, rng=None):
    """BGN/PCGN (the primes of ъ and ь left out, as in the gold files). With press=True, the
    spelling English-language news uses: ё as yo or e, -ий as -iy or -y, ye after vowels as e."""
    out = []
    prev = ''
    low = text.lower()
    for i, ch in enumerate(low):
        if ch == 'е':
            t = 'ye' if (prev == '' or prev in _YE_AFTER or not prev.isalpha()) else 'e'
            if press and t == 'ye' and prev in 'аоуи' and prev != '' and rng.random() < 0.4:
                t = 'e'
        elif ch == 'ё':
            t = 'yë' if (prev == '' or prev in _YE_AFTER or not prev.isalpha()) else 'ë'
            if press:
                t = 'yo' if (t.startswith('y') or rng.random() < 0.5) else 'e'
        elif ch == 'й' and press and prev == 'и' and (i + 1 == len(low) or not low[i + 1].isalpha()):
            t = 'y' if rng.random() < 0.5 else ''
            if t == '' and out:
                out[-1] = 'y'
                t = ''
        else:
            t = BGN.get(ch, ch)
        if text[i].isupper() and t:
            t = t[0].upper() + t[1:]
        out.append(t)
        prev = ch
    return ''.join(out)


# =============================================================================================
# Lexicon access

def read_tsv(path):
    rows = []
    with open(path, encoding='utf-8') as f:
        header = None
        for line in f:
            line = line.rstrip('\n')
            if not line or line.startswith('#'):
                continue
            cells = line.split('\t')
            if header is None:
                header = cells
                continue
            rows.append(dict(zip(header, cells + [''] * (len(header) - len(cells)))))
    return rows


class Lexicon:
    def __init__(self, root):
        self.regions = {r['iso']: r for r in read_tsv(os.path.join(root, 'regions.tsv'))}
        self.cities = {r['key']: r for r in read_tsv(os.path.join(root, 'cities.tsv'))}
        self.series = {r['key']: r for r in read_tsv(os.path.join(root, 'series.tsv'))}
        names = read_tsv(os.path.join(root, 'given-names.tsv'))
        self.given = {}
        for lang in ('ru', 'en', 'fr'):
            for g in ('m', 'f'):
                lst = [n['name'] for n in names if n['lang'] == lang and n['gender'] == g]
                if lang == 'ru':
                    lst = [n for n in lst if declinable_given(n, g) or g == 'f']
                self.given[(lang, g)] = lst


# =============================================================================================
# Hand tables: Russian forms of regions, cities and series; organisations; posts; sessions;
# practices. Each entry gives the three languages.

# Informal Russian names of regions: (notation, preposition of place).
RU_INFORMAL = {
    'RU-KHM': [('Югра/f', 'в')], 'RU-KEM': [('Кузбасс/m', 'в')], 'RU-MOS': [('Подмосковье/n', 'в')],
    'RU-KDA': [('Кубань/f', 'на')], 'RU-STA': [('Ставрополье/n', 'на')], 'RU-PRI': [('Приморье/n', 'в')],
    'RU-SMO': [('Смоленщина/f', 'на')], 'RU-BEL': [('Белгородчина/f', 'на')],
    'RU-TA': [('Татарстан/m', 'в')], 'RU-BA': [('Башкирия/f', 'в'), ('Башкортостан/m', 'в')],
    'RU-SA': [('Якутия/f', 'в')], 'RU-CU': [('Чувашия/f', 'в')], 'RU-TY': [('Тува/f', 'в')],
    'RU-UD': [('Удмуртия/f', 'в')], 'RU-DA': [('Дагестан/m', 'в')], 'RU-KR': [('Карелия/f', 'в')],
    'RU-MO': [('Мордовия/f', 'в')], 'RU-BU': [('Бурятия/f', 'в')], 'RU-KK': [('Хакасия/f', 'в')],
    'RU-CE': [('Чечня/f', 'в')], 'RU-YAN': [('Ямал/m', 'на')], 'RU-SAK': [('Сахалин/m', 'на')],
    'RU-KAM': [('Камчатка/f', 'на')], 'RU-ZAB': [('Забайкалье/n', 'в')], 'RU-PER': [('Прикамье/n', 'в')],
    'RU-YAR': [('Ярославщина/f', 'на')], 'RU-PSK': [('Псковщина/f', 'на')],
    'RU-VLG': [('Вологодчина/f', 'на')], 'RU-NIZ': [('Нижегородчина/f', 'на')],
    'RU-ORE': [('Оренбуржье/n', 'в')], 'RU-KGN': [('Зауралье/n', 'в')], 'RU-CHU': [('Чукотка/f', 'на')],
    'RU-IRK': [('Приангарье/n', 'в')], 'RU-CHE': [('Южный/a Урал/m', 'на')],
    'RU-SPE': [('Петербург/m', 'в')], 'RU-RYA': [('Рязанщина/f', 'на')],
    'RU-TAM': [('Тамбовщина/f', 'на')], 'RU-BRY': [('Брянщина/f', 'на')], 'RU-AMU': [('Приамурье/n', 'в')],
}
# Region adjectives that name no city and no people (plural nominative, as in 'кузбасские специалисты').
RU_REGION_ADJ = {'RU-MOS': 'подмосковные', 'RU-KEM': 'кузбасские', 'RU-KHM': 'югорские',
                 'RU-YAN': 'ямальские', 'RU-KDA': 'кубанские', 'RU-TA': 'татарстанские',
                 'RU-DA': 'дагестанские', 'RU-SAK': 'сахалинские', 'RU-KAM': 'камчатские',
                 'RU-PER': 'прикамские', 'RU-ZAB': 'забайкальские'}

# French names of republics used without 'république de'.
FR_BARE = {'RU-TA': ('le', 'Tatarstan'), 'RU-BA': ('le', 'Bachkortostan'), 'RU-DA': ('le', 'Daghestan'),
           'RU-BU': ('la', 'Bouriatie'), 'RU-KR': ('la', 'Carélie'), 'RU-MO': ('la', 'Mordovie'),
           'RU-CU': ('la', 'Tchouvachie'), 'RU-SA': ('la', 'Iakoutie'), 'RU-CE': ('la', 'Tchétchénie'),
           'RU-KL': ('la', 'Kalmoukie'), 'RU-KK': ('la', 'Khakassie'), 'RU-UD': ("l'", 'Oudmourtie'),
           'RU-IN': ("l'", 'Ingouchie'), 'RU-KHM': ('la', 'Iougra'), 'RU-KEM': ('le', 'Kouzbass')}
EN_EXTRA = {'RU-KHM': ['Yugra', 'Khanty-Mansi Autonomous Okrug – Yugra'], 'RU-KEM': ['Kuzbass'],
            'RU-YAN': ['Yamal'], 'RU-CHU': ['Chukotka'], 'RU-MOS': ['the Moscow Region'],
            'RU-SPE': ['St. Petersburg'], 'RU-KDA': ['Kuban'], 'RU-MOW': ['Moscow']}

# Prepositional and genitive of the cities this generator names (others derive by rule).
RU_CITY = {
    'moscow': 'Москва/f', 'saint-petersburg': 'Санкт-Петербург/m', 'kazan': 'Казань/f',
    'perm': 'Пермь/f', 'tver': 'Тверь/f', 'ryazan': 'Рязань/f', 'astrakhan': 'Астрахань/f',
    'tyumen': 'Тюмень/f', 'yaroslavl': 'Ярославль/m', 'stavropol': 'Ставрополь/m',
    'nizhny-novgorod': 'Нижний/a Новгород/m', 'veliky-novgorod': 'Великий/a Новгород/m',
    'grozny': 'Грозный/a', 'rostov-on-don': 'Ростов-на-Дону', 'sochi': 'Сочи',
    'petropavlovsk-kamchatsky': 'Петропавловск-Камчатский', 'yoshkar-ola': 'Йошкар-Ола/f',
    'khanty-mansiysk': 'Ханты-Мансийск/m', 'yuzhno-sakhalinsk': 'Южно-Сахалинск/m',
    'ulan-ude': 'Улан-Удэ', 'kemerovo': 'Кемерово',
}
RU_CITY_PREP_SPECIAL = {'rostov-on-don': ('Ростове-на-Дону', 'Ростова-на-Дону'),
                        'sochi': ('Сочи', 'Сочи'), 'ulan-ude': ('Улан-Удэ', 'Улан-Удэ'),
                        'kemerovo': ('Кемерово', 'Кемерово'),
                        'petropavlovsk-kamchatsky': ('Петропавловске-Камчатском', 'Петропавловска-Камчатского')}
# Where forums and visits take place, with weights (Moscow dominates the genre).
HOST_CITIES = [('moscow', 30), ('saint-petersburg', 6), ('krasnogorsk', 3), ('omsk', 2), ('kazan', 4),
               ('sochi', 3), ('yekaterinburg', 2), ('nizhny-novgorod', 2), ('krasnoyarsk', 2),
               ('vladivostok', 2), ('ufa', 2), ('khanty-mansiysk', 2), ('tyumen', 2), ('kaluga', 1),
               ('yaroslavl', 2), ('novosibirsk', 2), ('samara', 1), ('tula', 1), ('perm', 1),
               ('stavropol', 1), ('murmansk', 1), ('kaliningrad', 1), ('cheboksary', 0),
               ('grozny', 1), ('yoshkar-ola', 1), ('rostov-on-don', 1), ('smolensk', 1),
               ('chelyabinsk', 1), ('irkutsk', 1), ('pskov', 1), ('tomsk', 1)]

# Series: Russian notation (head noun tagged), English and French names. Series whose names hold
# a place name are left out: they would make region mentions ambiguous.
SERIES = {
    'fsir': {'ru': ['Форум/m социальных инноваций регионов', 'форум/m социальных инноваций регионов',
                    'Форум/m социальных инноваций'],
             'en': ['Forum of Social Innovations of the Regions', 'Forum of Social Innovations of Regions',
                    'Regional Social Innovations Forum', 'Social Innovations Forum of the Regions'],
             'fr': ['Forum des innovations sociales des régions', 'Forum des innovations sociales régionales',
                    'Forum des innovations sociales']},
    'eawf': {'ru': ['Евразийский/a женский/a форум/m'], 'en': ["Eurasian Women's Forum"],
             'fr': ['Forum eurasien des femmes']},
    'civic-forum': {'ru': ['Общероссийский/a гражданский/a форум/m'], 'en': ['All-Russian Civic Forum'],
                    'fr': ['Forum civique panrusse']},
    'we-are-together': {'ru': ['Международный/a форум/m гражданского участия «Мы вместе»'],
                        'en': ['International Civic Participation Forum "We Are Together"'],
                        'fr': ['Forum international de la participation citoyenne «Nous sommes ensemble»']},
    'healthy-society': {'ru': ['Всероссийский/a форум/m «Здоровое общество»'],
                        'en': ['All-Russian Forum "Healthy Society"'],
                        'fr': ['Forum panrusse «Société saine»']},
    'soobshchestvo': {'ru': ['Всероссийский/a форум/m «Сообщество»'], 'en': ['All-Russian Forum "Community"'],
                      'fr': ['Forum panrusse «Communauté»']},
    'rif': {'ru': ['Российский/a инвестиционный/a форум/m'], 'en': ['Russian Investment Forum'],
            'fr': ["Forum russe de l'investissement"]},
    'vmeste-radi-detey': {'ru': ['Всероссийский/a форум/m «Вместе — ради детей!»'],
                          'en': ['All-Russian Forum "Together for the Children"'],
                          'fr': ['Forum panrusse «Ensemble pour les enfants»']},
}
SERIES_WEIGHTS = [('fsir', 60), ('eawf', 6), ('civic-forum', 6), ('we-are-together', 6),
                  ('healthy-society', 6), ('soobshchestvo', 6), ('rif', 4), ('vmeste-radi-detey', 6)]

ROMAN = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV']
RU_ORD = ['', 'первый', 'второй', 'третий', 'четвёртый', 'пятый', 'шестой', 'седьмой', 'восьмой',
          'девятый', 'десятый', 'одиннадцатый', 'двенадцатый', 'тринадцатый', 'четырнадцатый',
          'пятнадцатый']
EN_ORD = ['', 'First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth',
          'Tenth', 'Eleventh', 'Twelfth', 'Thirteenth', 'Fourteenth', 'Fifteenth']
FR_ORD = ['', 'premier', 'deuxième', 'troisième', 'quatrième', 'cinquième', 'sixième', 'septième',
          'huitième', 'neuvième', 'dixième', 'onzième', 'douzième', 'treizième', 'quatorzième',
          'quinzième']

RU_MONTHS_GEN = ['', 'января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа',
                 'сентября', 'октября', 'ноября', 'декабря']
EN_MONTHS = ['', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
             'September', 'October', 'November', 'December']
FR_MONTHS = ['', 'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août',
             'septembre', 'octobre', 'novembre', 'décembre']
MONTH_DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

# Organisations that organise events: ru notation, en, fr.
ORGS = {
    'sf': ('Совет/m Федерации', 'the Federation Council', 'le Conseil de la Fédération'),
    'sf-full': ('Совет/m Федерации Федерального Собрания Российской Федерации',
                'the Federation Council of the Federal Assembly of the Russian Federation',
                "le Conseil de la Fédération de l'Assemblée fédérale de Russie"),
    'mintrud': ('Министерство/n труда и социальной защиты Российской Федерации',
                'the Ministry of Labour and Social Protection of the Russian Federation',
                'le ministère du Travail et de la Protection sociale de la Fédération de Russie'),
    'minek': ('Министерство/n экономического развития Российской Федерации',
              'the Ministry of Economic Development of the Russian Federation',
              'le ministère du Développement économique de la Fédération de Russie'),
    'asi': ('Агентство/n стратегических инициатив', 'the Agency for Strategic Initiatives',
            "l'Agence des initiatives stratégiques"),
    'pgf': ('Фонд/m президентских грантов', 'the Presidential Grants Foundation',
            'le Fonds des subventions présidentielles'),
    'op': ('Общественная/a палата/f Российской Федерации', 'the Civic Chamber of the Russian Federation',
           'la Chambre civique de la Fédération de Russie'),
    'sfr': ('Социальный/a фонд/m России', 'the Social Fund of Russia', 'le Fonds social de Russie'),
    'fpd': ('Фонд/m поддержки детей, находящихся в трудной жизненной ситуации',
            'the Foundation for Support of Children in Difficult Life Situations',
            'le Fonds de soutien aux enfants en situation difficile'),
    'roscongress': ('Фонд/m «Росконгресс»', 'the Roscongress Foundation', 'la Fondation Roscongress'),
}

# Russian ministries, departments (genitive complements) and their en/fr names.
MINISTRIES = [
    ('социального развития', 'Social Development', 'du Développement social'),
    ('труда и социальной защиты', 'Labour and Social Protection', 'du Travail et de la Protection sociale'),
    ('социальной политики', 'Social Policy', 'de la Politique sociale'),
    ('здравоохранения', 'Health', 'de la Santé'),
    ('образования', 'Education', "de l'Éducation"),
    ('труда и социального развития', 'Labour and Social Development', 'du Travail et du Développement social'),
    ('семьи и социальной защиты', 'Family and Social Protection', 'de la Famille et de la Protection sociale'),
]
DEPARTMENTS = [
    ('социального развития', 'Social Development', 'du développement social'),
    ('труда и занятости населения', 'Labour and Employment', "du travail et de l'emploi"),
    ('здравоохранения', 'Health', 'de la santé'),
    ('молодёжной политики', 'Youth Policy', 'de la politique de la jeunesse'),
    ('социальной защиты населения', 'Social Protection', 'de la protection sociale'),
]

# Session types: ru notations, en phrases, fr (article, phrase).
SESSION_TYPES = {
    'plenary': (['пленарное/a заседание/n', 'пленарная/a сессия/f'],
                ['plenary session', 'plenary meeting'],
                [('la', 'séance plénière'), ('la', 'session plénière')]),
    'round_table': (['круглый/a стол/m'], ['round table', 'roundtable'], [('la', 'table ronde')]),
    'strategic_session': (['стратегическая/a сессия/f'], ['strategic session'], [('la', 'session stratégique')]),
    'expert_session': (['экспертная/a сессия/f'], ['expert session'],
                       [('la', "session d'experts"), ('la', 'séance d’experts')]),
    'discussion': (['дискуссия/f'], ['discussion'], [('la', 'discussion'), ('le', 'débat')]),
    'panel': (['панельная/a дискуссия/f', 'панельная/a сессия/f'], ['panel discussion', 'panel session'],
              [('le', 'panel'), ('la', 'discussion en panel')]),
    'thematic_site': (['тематическая/a площадка/f', 'секция/f'], ['thematic platform', 'thematic section'],
                      [('la', 'plateforme thématique'), ('la', 'section thématique')]),
    'other': (['мастер-класс/m', 'проектный/a семинар/m'], ['workshop', 'master class'],
              [("l'", 'atelier'), ('le', 'séminaire')]),
}
SESSION_WEIGHTS = [('plenary', 14), ('round_table', 14), ('strategic_session', 12), ('expert_session', 10),
                   ('discussion', 12), ('panel', 10), ('thematic_site', 8), ('other', 5)]

# Session titles: parallel topics and subtitles.
TOPICS = [
    ('Активное долголетие', 'Active longevity', 'Longévité active'),
    ('Семья и демография', 'Family and demography', 'Famille et démographie'),
    ('Цифровая трансформация социальной сферы', 'Digital transformation of the social sphere',
     'Transformation numérique de la sphère sociale'),
    ('Социальное предпринимательство', 'Social entrepreneurship', 'Entrepreneuriat social'),
    ('Доступная среда', 'Accessible environment', 'Environnement accessible'),
    ('Система долговременного ухода', 'The long-term care system', 'Le système de soins de longue durée'),
    ('Кадры для социальной сферы', 'Personnel for the social sector', 'Des cadres pour le secteur social'),
    ('НКО и государство', 'NGOs and the state', "Les ONG et l'État"),
    ('Поддержка участников СВО и их семей', 'Support for veterans of the special military operation and their families',
     "Soutien aux participants de l'opération militaire spéciale et à leurs familles"),
    ('Молодёжь и добровольчество', 'Youth and volunteering', 'Jeunesse et bénévolat'),
    ('Инклюзивная занятость', 'Inclusive employment', 'Emploi inclusif'),
    ('Социальное казначейство', 'The social treasury', 'La trésorerie sociale'),
    ('Комплексная реабилитация', 'Comprehensive rehabilitation', 'Réadaptation globale'),
    ('Наставничество', 'Mentoring', 'Le mentorat'),
    ('Сельские территории', 'Rural areas', 'Territoires ruraux'),
    ('Серебряное волонтёрство', 'Silver volunteering', 'Le bénévolat des seniors'),
    ('Социальный контракт', 'The social contract', 'Le contrat social'),
    ('Детство без границ', 'Childhood without borders', 'Une enfance sans frontières'),
    ('Здоровье нации', "The nation's health", 'La santé de la nation'),
    ('Ранняя помощь', 'Early intervention', 'Intervention précoce'),
]
SUBTITLES = [
    ('новые возможности для регионов', 'new opportunities for the regions', 'nouvelles opportunités pour les régions'),
    ('от пилотных проектов к системным решениям', 'from pilot projects to systemic solutions',
     'des projets pilotes aux solutions systémiques'),
    ('региональные практики', 'regional practices', 'pratiques régionales'),
    ('опыт и перспективы', 'experience and prospects', 'expérience et perspectives'),
    ('вызовы и решения', 'challenges and solutions', 'défis et solutions'),
    ('время действовать', 'time to act', "le temps d'agir"),
    ('взгляд из регионов', 'a view from the regions', 'le regard des régions'),
    ('инструменты и механизмы', 'tools and mechanisms', 'outils et mécanismes'),
    ('новая повестка', 'a new agenda', 'un nouvel agenda'),
    ('как измерить результат', 'how to measure results', 'comment mesurer les résultats'),
    ('человек в центре внимания', 'people at the centre', "l'humain au centre"),
    ('что работает уже сегодня', 'what already works today', 'ce qui fonctionne déjà'),
]

# Practices: heads (ru notation with gender; en; fr with gender), adjectives, complements, names.
P_HEADS = {
    'project': ('проект/m', 'project', ('m', 'projet')),
    'programme': ('программа/f', 'programme', ('m', 'programme')),
    'model': ('модель/f', 'model', ('m', 'modèle')),
    'system': ('система/f', 'system', ('m', 'système')),
    'technology': ('технология/f', 'technology', ('f', 'technologie')),
    'practice': ('практика/f', 'practice', ('f', 'pratique')),
    'service': ('служба/f', 'service', ('m', 'service')),
    'school': ('школа/f', 'school', ('f', 'école')),
    'centre': ('центр/m', 'centre', ('m', 'centre')),
    'method': ('методика/f', 'method', ('f', 'méthode')),
    'platform': ('платформа/f', 'platform', ('f', 'plateforme')),
}
# (ru masc. adjective, en, fr masc, fr fem)
P_ADJS = [('региональный', 'regional', 'régional', 'régionale'),
          ('межведомственный', 'interdepartmental', 'interministériel', 'interministérielle'),
          ('единый', 'unified', 'unifié', 'unifiée'),
          ('мобильный', 'mobile', 'mobile', 'mobile'),
          ('комплексный', 'comprehensive', 'global', 'globale'),
          ('цифровой', 'digital', 'numérique', 'numérique'),
          ('семейный', 'family', 'familial', 'familiale')]
# (ru genitive complement, en complement, fr complement, heads it goes with)
P_TAILS = [
    ('сопровождения семей участников специальной военной операции',
     'for supporting the families of special military operation participants',
     "d'accompagnement des familles des participants à l'opération militaire spéciale",
     ('model', 'system', 'programme', 'technology', 'practice')),
    ('долговременного ухода за пожилыми гражданами', 'of long-term care for older people',
     'de soins de longue durée pour les personnes âgées', ('system', 'model', 'programme', 'project')),
    ('ранней помощи детям с ограниченными возможностями здоровья',
     'of early intervention for children with disabilities',
     "d'intervention précoce pour les enfants handicapés", ('service', 'programme', 'system', 'centre')),
    ('трудоустройства людей с инвалидностью', 'for employing people with disabilities',
     "d'emploi des personnes handicapées", ('programme', 'platform', 'project', 'model', 'centre')),
    ('поддержки многодетных семей', 'of support for large families', 'de soutien aux familles nombreuses',
     ('programme', 'project', 'centre', 'system')),
    ('социальной реабилитации людей с ментальными нарушениями',
     'of social rehabilitation for people with mental disabilities',
     'de réadaptation sociale des personnes atteintes de troubles mentaux',
     ('centre', 'programme', 'technology', 'method', 'model')),
    ('наставничества для выпускников детских домов', 'of mentoring for orphanage graduates',
     "de mentorat pour les jeunes sortant d'orphelinats", ('programme', 'project', 'practice', 'model')),
    ('профилактики семейного неблагополучия', 'for preventing family distress',
     'de prévention des difficultés familiales', ('programme', 'technology', 'method', 'system')),
    ('дистанционного мониторинга здоровья пожилых людей', 'of remote health monitoring for older people',
     'de télésurveillance de la santé des personnes âgées', ('service', 'system', 'platform', 'project')),
    ('подготовки приёмных родителей', 'for training foster parents', 'de formation des parents d’accueil',
     ('school', 'programme', 'centre', 'method')),
    ('ухода за пожилыми родственниками', 'of care for elderly relatives', 'de soins aux proches âgés',
     ('school',)),
    ('сопровождаемого проживания молодых инвалидов', 'of supported living for young people with disabilities',
     'de logement accompagné pour les jeunes handicapés', ('practice', 'project', 'technology', 'model')),
    ('социальной занятости граждан старшего поколения', 'of social employment for senior citizens',
     "d'emploi social des seniors", ('programme', 'project', 'centre')),
    ('адресной помощи малоимущим семьям', 'of targeted assistance to low-income families',
     'd’aide ciblée aux familles à faibles revenus', ('system', 'programme', 'model')),
    ('доставки граждан старше 65 лет в медицинские организации',
     'for taking citizens over 65 to medical facilities',
     'de transport des personnes de plus de 65 ans vers les établissements médicaux',
     ('service', 'project', 'practice')),
    ('выездной социальной помощи жителям сёл', 'of mobile social assistance for villagers',
     "d'aide sociale mobile aux habitants des villages", ('service', 'practice', 'project')),
    ('межведомственного взаимодействия при выявлении детей в трудной жизненной ситуации',
     'of interagency cooperation in identifying children in difficult circumstances',
     "de coopération interministérielle pour repérer les enfants en difficulté",
     ('model', 'system', 'technology', 'practice')),
]
# Names of projects: (ru, en, fr, heads they go with, neutral enough to follow a complement)
P_NAMES = [('Активное долголетие', 'Active Longevity', 'Longévité active', ('project', 'programme'), False),
           ('Мобильная бригада', 'Mobile Team', 'Brigade mobile', ('service', 'project', 'practice'), False),
           ('Заботливый сосед', 'Caring Neighbour', 'Voisin attentionné', ('project', 'programme', 'practice'), False),
           ('Серебряный возраст', 'Silver Age', "L'Âge d'argent", ('project', 'programme'), False),
           ('Мамина школа', "Mum's School", 'École des mamans', ('project', 'programme'), False),
           ('Территория заботы', 'Territory of Care', 'Territoire de la bienveillance', ('project', 'programme', 'platform'), True),
           ('Тёплый дом', 'Warm Home', 'Maison chaleureuse', ('project', 'programme'), True),
           ('Шаг навстречу', 'A Step Forward', 'Un pas vers l’autre', ('project', 'programme', 'practice', 'technology'), True),
           ('Открытый мир', 'Open World', 'Monde ouvert', ('project', 'programme', 'platform'), True),
           ('Равные возможности', 'Equal Opportunities', 'Égalité des chances', ('project', 'programme'), True),
           ('Круг поддержки', 'Circle of Support', 'Cercle de soutien', ('technology', 'practice', 'method', 'project'), True),
           ('Здоровое поколение', 'Healthy Generation', 'Génération en bonne santé', ('project', 'programme'), False),
           ('Добрые соседи', 'Good Neighbours', 'Bons voisins', ('project', 'practice'), False),
           ('Социальное такси', 'Social Taxi', 'Taxi social', ('service', 'project'), False),
           ('Университет третьего возраста', 'University of the Third Age', 'Université du troisième âge', ('project', 'programme'), False),
           ('Передышка', 'Respite', 'Répit', ('technology', 'service', 'project'), True),
           ('Рука помощи', 'Helping Hand', "Main tendue", ('service', 'project', 'programme'), True),
           ('Семейный МФЦ', 'Family Service Centre', 'Guichet unique des familles', ('project', 'service'), False),
           ('Вместе с мамой', 'Together with Mum', 'Avec maman', ('project', 'programme'), False),
           ('Старшее поколение', 'Older Generation', 'Génération aînée', ('programme', 'project'), False)]
# Which heads an adjective goes with.
P_ADJ_HEADS = {0: None, 1: ('model', 'system', 'programme', 'practice', 'technology', 'project'),
               2: ('system', 'platform', 'centre', 'service'), 3: ('service', 'centre', 'platform'),
               4: ('programme', 'system', 'model', 'centre', 'service', 'method'),
               5: ('platform', 'service', 'system', 'technology', 'project'), 6: ('centre', 'project', 'programme', 'school')}

# Surname stems, grouped by the suffix they take.
STEMS_OV = ['Смирн', 'Сокол', 'Мороз', 'Волк', 'Орл', 'Белоус', 'Кузнец', 'Жук', 'Комар', 'Баран',
            'Крыл', 'Мирон', 'Богдан', 'Тихон', 'Гаврил', 'Сидор', 'Тарас', 'Фрол', 'Кирилл', 'Денис',
            'Осип', 'Карп', 'Влас', 'Мельник', 'Лобан', 'Щегл', 'Дрозд', 'Зуб', 'Нос', 'Глеб', 'Рыбак',
            'Казак', 'Черн', 'Белик', 'Сед', 'Быстр', 'Крюк', 'Сазон', 'Гром', 'Лавр', 'Симон',
            'Абрам', 'Кудряш', 'Горшк', 'Ерш', 'Клим', 'Назар', 'Ефим', 'Прохор', 'Шиш']
STEMS_EV = ['Лебед', 'Медвед', 'Беля', 'Журавл', 'Воробь', 'Соловь', 'Григорь', 'Зайц', 'Голуб',
            'Ковал', 'Корол', 'Грач', 'Малыш', 'Ткач', 'Серге', 'Андре', 'Матве', 'Алексе', 'Никола',
            'Тимофе', 'Афанась', 'Савель', 'Игнать', 'Дементь', 'Прокофь', 'Кондрать', 'Василь',
            'Гус', 'Кисел', 'Лапт', 'Пономар', 'Гуля', 'Фаде', 'Евсе', 'Муравь', 'Зиновь', 'Дорофе']
STEMS_IN = ['Никит', 'Кузьм', 'Иль', 'Сорок', 'Галк', 'Фом', 'Шишк', 'Лапш', 'Ворон', 'Зим', 'Бород',
            'Калин', 'Лук', 'Юд', 'Мух', 'Зор', 'Пан', 'Лар', 'Сав', 'Кост', 'Гриш', 'Ерем', 'Реп',
            'Шуб', 'Утк', 'Курочк', 'Голик', 'Скоп', 'Белк', 'Синичк']
STEMS_SKY = ['Покров', 'Преображен', 'Вознесен', 'Успен', 'Рождествен', 'Знамен', 'Михайлов', 'Петров',
             'Александров', 'Дмитров', 'Жуков', 'Остров', 'Добров', 'Ковалев', 'Вишнев', 'Малинов',
             'Богослов', 'Белозер', 'Камен', 'Загор', 'Полян', 'Садов', 'Соснов', 'Боров', 'Яблонов']


def surname_pair(rng):
    """An invented family name: (masculine, feminine)."""
    kind = rng.choices(['ov', 'ev', 'in', 'sky'], weights=[40, 25, 20, 15])[0]
    if kind == 'ov':
        s = rng.choice(STEMS_OV)
        return s + 'ов', s + 'ова'
    if kind == 'ev':
        s = rng.choice(STEMS_EV)
        return s + 'ев', s + 'ева'
    if kind == 'in':
        s = rng.choice(STEMS_IN)
        return s + 'ин', s + 'ина'
    s = rng.choice(STEMS_SKY)
    return s + 'ский', s + 'ская'


# =============================================================================================
# Gold accumulator

class Gold:
    def __init__(self, doc, lang):
        self.doc = doc
        self.lang = lang
        self.events = []
        self.sessions = []
        self.officials = []
        self.regions = []
        self.practices = []
        self.relations = []
        self._rel = set()

    def region(self, iso):
        if iso and iso not in self.regions:
            self.regions.append(iso)

    def event(self, **kw):
        e = {'id': 'e%d' % (len(self.events) + 1), 'kind': kw['kind'], 'name': kw['name'],
             'series': kw.get('series'), 'edition': kw.get('edition'), 'start': kw.get('start'),
             'end': kw.get('end'), 'city': kw.get('city'), 'organizers': kw.get('organizers', [])}
        self.events.append(e)
        return e

    def session(self, title, stype, event_ref, date=None):
        s = {'id': 's%d' % (len(self.sessions) + 1), 'title': title, 'type': stype,
             'event': event_ref, 'date': date}
        self.sessions.append(s)
        return s

    def official(self, name, latin, posts, organization, region):
        p = {'id': 'p%d' % (len(self.officials) + 1), 'name': name, 'surname_latin': latin,
             'variants': [], 'posts': posts, 'organization': organization, 'region': region}
        self.officials.append(p)
        return p

    def practice(self, label, region, by_ref):
        x = {'id': 'x%d' % (len(self.practices) + 1), 'label': label, 'region': region, 'by': by_ref}
        self.practices.append(x)
        return x

    def relation(self, rtype, who, what):
        """who and what are ids, ISO codes, or objects whose id is known only later (resolved in json())."""
        self.relations.append({'type': rtype, 'who': who, 'what': what})

    @staticmethod
    def _rid(ref):
        if ref is None or isinstance(ref, str):
            return ref
        if isinstance(ref, dict):
            gid = ref['gid']
        else:
            gid = ref.gid
        if gid is None:
            raise ValueError('reference to an entity the text never names')
        return gid

    def json(self):
        for s in self.sessions:
            s['event'] = self._rid(s['event'])
        for x in self.practices:
            x['by'] = self._rid(x['by'])
        rels = []
        seen = set()
        for r in self.relations:
            rr = {'type': r['type'], 'who': self._rid(r['who']), 'what': self._rid(r['what'])}
            key = (rr['type'], rr['who'], rr['what'])
            if key not in seen:
                seen.add(key)
                rels.append(rr)
        self.relations = rels
        d = {'doc': self.doc, 'lang': self.lang, 'events': self.events, 'sessions': self.sessions,
             'officials': self.officials, 'regions': self.regions, 'practices': self.practices,
             'relations': self.relations}
        return json.dumps(d, ensure_ascii=False, indent=1) + '\n'


# =============================================================================================
# Region forms in the three languages

def _ru_formal_dsl(iso, r):
    if iso == 'RU-MOW':
        return 'Москва/f', 'f'
    if iso == 'RU-SPE':
        return 'Санкт-Петербург/m', 'm'
    name = r['name_ru']
    if iso == 'RU-CU':
        name = name.split(' — ')[0]
    words = name.split(' ')
    out = []
    gender = 'f'
    head_seen = False
    after_dash = False
    republic_head = False
    for w in words:
        if head_seen and republic_head:
            out.append(w)
            continue
        if w in ('область', 'Республика', 'край', 'округ'):
            gender = {'область': 'f', 'Республика': 'f', 'край': 'm', 'округ': 'm'}[w]
            out.append(w + '/' + gender)
            head_seen = True
            republic_head = w == 'Республика' and len(out) == 1
        elif w == '—':
            out.append(w)
            after_dash = True
        elif after_dash:
            out.append(w + ('/f' if w.endswith('а') else '/m'))
        elif not head_seen and w.endswith(('ая', 'ий', 'ый')):
            out.append(w + '/a')
        else:
            out.append(w)
    return ' '.join(out), gender


class RuRegion:
    """One Russian surface form of a region: notation, gender, preposition of place."""

    def __init__(self, iso, dsl, gender, prep='в'):
        self.iso, self.dsl, self.gender, self.prep = iso, dsl, gender, prep

    def case(self, c):
        return decline(self.dsl, c)

    def loc(self):
        w = self.case('prep')
        p = self.prep if self.prep != 'в' else v_prep(w)
        return p + ' ' + w


def _fr_of(name_fr):
    """'Oblast de Tcheliabinsk' -> 'de Tcheliabinsk'; 'Oblast d'Amour' -> "d'Amour"."""
    i = name_fr.find(' ')
    return name_fr[i + 1:]


class Regions:
    def __init__(self, lex):
        self.lex = lex
        self.usable = [iso for iso in lex.regions if iso not in ('RU-MOW', 'RU-SPE')]

    def ru(self, rng, iso, informal=0.3):
        r = self.lex.regions[iso]
        if iso in RU_INFORMAL and rng.random() < informal:
            dsl, prep = rng.choice(RU_INFORMAL[iso])
            last = dsl.split(' ')[-1]
            return RuRegion(iso, dsl, last.rsplit('/', 1)[1], prep)
        dsl, gender = _ru_formal_dsl(iso, r)
        return RuRegion(iso, dsl, gender)

    def en(self, rng, iso):
        r = self.lex.regions[iso]
        kind, name = r['kind'], r['name_en']
        forms = []
        if kind == 'oblast':
            x = name[:-len(' Oblast')] if name.endswith(' Oblast') else name
            forms = [name, 'the %s Region' % x, 'the %s region' % x, '%s Region' % x]
        elif kind == 'krai':
            x = name[:-len(' Krai')] if name.endswith(' Krai') else name
            forms = [name, '%s Territory' % x, 'the %s Territory' % x]
            if iso != 'RU-ALT':  # 'the Altai region' may be the republic as well
                forms.append('the %s region' % x)
        elif kind == 'republic':
            forms = [name]
            if 'Republic' not in name and '–' not in name:
                forms.append('the Republic of %s' % name)
        elif kind == 'federal_city':
            forms = [name]
        elif kind == 'autonomous_oblast':
            forms = ['the ' + name]
        else:
            forms = ['the ' + name]
        forms += EN_EXTRA.get(iso, [])
        return rng.choice(forms)

    def fr(self, rng, iso):
        """(article, noun phrase): ('la', 'région de Tcheliabinsk'); ('', 'Moscou')."""
        r = self.lex.regions[iso]
        kind, name = r['kind'], r['name_fr']
        forms = []
        if kind == 'oblast':
            of = _fr_of(name)
            forms = [('la', 'région ' + of), ("l'", 'oblast ' + of)]
        elif kind == 'krai':
            of = _fr_of(name)
            forms = [('le', 'kraï ' + of), ('le', 'territoire ' + of)]
            if iso != 'RU-ALT':  # 'région d'Altaï' may be the republic as well
                forms.append(('la', 'région ' + of))
        elif kind == 'republic':
            forms = [('la', name[0].lower() + name[1:])]
        elif kind == 'federal_city':
            forms = [('', name)]
        elif kind == 'autonomous_oblast':
            forms = [("l'", 'oblast autonome juif')]
        else:
            forms = [('le', name[0].lower() + name[1:])]
        if iso in FR_BARE:
            forms.append(FR_BARE[iso])
        return rng.choice(forms)


def fr_np(det, np):
    return np if not det else (det + np if det.endswith("'") else det + ' ' + np)


def fr_de(det, np):
    if det == 'le':
        return 'du ' + np
    if det == 'les':
        return 'des ' + np
    if det == 'la':
        return 'de la ' + np
    if det == "l'":
        return "de l'" + np
    if det in ('un', 'une'):
        return "d'" + det + ' ' + np
    return ("d'" if np[:1].lower() in 'aeiouhéèâ' else 'de ') + np


def fr_a(det, np):
    if det == 'le':
        return 'au ' + np
    if det == 'les':
        return 'aux ' + np
    if det == 'la':
        return 'à la ' + np
    if det == "l'":
        return "à l'" + np
    if det in ('un', 'une'):
        return 'à ' + det + ' ' + np
    return 'à ' + np


def fr_in_region(det, np):
    if not det:
        return 'à ' + np
    if np[:1].isupper():  # a bare name: en Bouriatie, au Tatarstan
        return ('au ' if det == 'le' else 'en ') + np
    return 'dans ' + fr_np(det, np)


# =============================================================================================
# Officials and their posts

REGIONAL_POSTS = ['governor', 'deputy_governor', 'minister', 'deputy_minister', 'dept_director',
                  'committee_chair', 'children_ombudsman', 'senator', 'mp_regional', 'sfr_branch',
                  'ngo_centre']
FEDERAL_POSTS = ['fc_deputy_chair', 'fc_committee_chair', 'deputy_minister_fed', 'asi_head',
                 'duma_committee', 'sfr_chair']


class Official:
    def __init__(self, rng, lex, regions, iso, post, gender=None):
        self.gender = gender or rng.choice('mf')
        self.iso = iso
        self.post = post
        self.kind = lex.regions[iso]['kind'] if iso else None
        g = self.gender
        pool = lex.given[('ru', g)]
        common = pool[:90]
        self.given_ru = rng.choice(common if rng.random() < 0.85 else pool)
        if g == 'f' and not declinable_given(self.given_ru, 'f') and rng.random() < 0.7:
            self.given_ru = rng.choice([n for n in common if declinable_given(n, 'f')])
        m, f = surname_pair(rng)
        self.surname_ru = m if g == 'm' else f
        self.latin = bgn(self.surname_ru)
        self.surname_lat = bgn(self.surname_ru, press=True, rng=rng)
        self.given_en = rng.choice(lex.given[('en', g)][:70] if rng.random() < 0.8 else lex.given[('en', g)])
        self.given_fr = rng.choice(lex.given[('fr', g)])
        self.ministry = rng.randrange(len(MINISTRIES))
        self.dept = rng.randrange(len(DEPARTMENTS))
        self.gid = None
        self.mentions = 0

    # ---- Russian
    def ru_post(self, rng, regions, case):
        """(text of the post in the case, nominative text, organisation)."""
        iso, kind, post = self.iso, self.kind, self.post
        reg = regions.ru(rng, iso) if iso else None
        rg = reg.case('gen') if reg else ''
        mn = MINISTRIES[self.ministry][0]
        dp = DEPARTMENTS[self.dept][0]
        if post == 'governor':
            if iso == 'RU-MOW':
                head, tail, org = 'мэр/ma', 'Москвы', None
            elif kind == 'republic':
                head, tail, org = 'глава/ma', rg, None
            else:
                head, tail, org = 'губернатор/ma', rg, None
        elif post == 'deputy_governor':
            if iso == 'RU-MOW':
                head, tail, org = 'заместитель/ma', 'мэра Москвы по вопросам социального развития', None
            elif kind == 'republic':
                head, tail, org = 'заместитель/ma', 'председателя правительства ' + rg, 'Правительство ' + rg
            else:
                head, tail, org = rng.choice([('заместитель/ma', 'губернатора ' + rg, None),
                                              ('вице-губернатор/ma', rg, None)])
        elif post == 'minister':
            head, tail, org = 'министр/ma', mn + ' ' + rg, 'Министерство ' + mn + ' ' + rg
        elif post == 'deputy_minister':
            head, tail, org = rng.choice(['заместитель/ma', 'первый/aa заместитель/ma']), \
                'министра ' + mn + ' ' + rg, 'Министерство ' + mn + ' ' + rg
        elif post == 'dept_director':
            head = rng.choice(['директор/ma', 'руководитель/ma', 'начальник/ma'])
            tail = 'департамента ' + dp + ' ' + rg
            org = 'Департамент ' + dp + ' ' + rg
        elif post == 'committee_chair':
            head, tail, org = 'председатель/ma', 'комитета по социальной защите ' + rg, \
                'Комитет по социальной защите ' + rg
        elif post == 'children_ombudsman':
            head, tail, org = 'уполномоченный/aa', 'по правам ребёнка ' + reg.loc(), None
        elif post == 'senator':
            head, tail = rng.choice([('сенатор/ma', 'от ' + rg), ('член/ma', 'Совета Федерации от ' + rg)])
            org = 'Совет Федерации'
        elif post == 'mp_regional':
            head, tail, org = 'депутат/ma', 'Законодательного собрания ' + rg, 'Законодательное собрание ' + rg
        elif post == 'sfr_branch':
            head = 'управляющий/aa'
            tail = 'отделением Социального фонда России по ' + reg.case('dat')
            org = 'Отделение Социального фонда России по ' + reg.case('dat')
        elif post == 'ngo_centre':
            head, tail, org = 'руководитель/ma', 'ресурсного центра поддержки НКО ' + rg, \
                'Ресурсный центр поддержки НКО ' + rg
        elif post == 'fc_deputy_chair':
            head, tail, org = 'заместитель/ma', 'председателя Совета Федерации', 'Совет Федерации'
        elif post == 'fc_committee_chair':
            head, tail, org = 'председатель/ma', 'комитета Совета Федерации по социальной политике', 'Совет Федерации'
        elif post == 'deputy_minister_fed':
            head, tail, org = 'заместитель/ma', 'министра труда и социальной защиты Российской Федерации', \
                'Министерство труда и социальной защиты Российской Федерации'
        elif post == 'asi_head':
            head, tail, org = 'генеральный/aa директор/ma', 'Агентства стратегических инициатив', \
                'Агентство стратегических инициатив'
        elif post == 'duma_committee':
            head, tail, org = 'председатель/ma', 'комитета Государственной думы по труду, социальной политике и делам ветеранов', \
                'Государственная дума'
        else:  # sfr_chair
            head, tail, org = 'председатель/ma', 'Социального фонда России', 'Социальный фонд России'
        text = decline(head, case) + ' ' + tail
        return text, plain(head) + ' ' + tail, org, (reg.iso if reg else None)

    def ru_name(self, case):
        return given_case(self.given_ru, self.gender, case) + ' ' + surname_case(self.surname_ru, self.gender, case)

    def ru_name_nom(self):
        return self.given_ru + ' ' + self.surname_ru

    # ---- English
    def en_post(self, rng, regions):
        iso, kind, post = self.iso, self.kind, self.post
        r = regions.en(rng, iso) if iso else ''
        mn = MINISTRIES[self.ministry][1]
        dp = DEPARTMENTS[self.dept][1]
        if post == 'governor':
            if iso == 'RU-MOW':
                return 'Mayor of Moscow', None
            return ('Head of ' if kind == 'republic' else 'Governor of ') + r, None
        if post == 'deputy_governor':
            if iso == 'RU-MOW':
                return 'Deputy Mayor of Moscow for Social Development', None
            if kind == 'republic':
                return 'Deputy Prime Minister of ' + r, None
            return rng.choice(['Deputy Governor of ', 'Vice-Governor of ']) + r, None
        if post == 'minister':
            return 'Minister of %s of %s' % (mn, r), None
        if post == 'deputy_minister':
            return rng.choice(['Deputy Minister', 'First Deputy Minister']) + ' of %s of %s' % (mn, r), None
        if post == 'dept_director':
            return rng.choice(['Director', 'Head']) + ' of the %s Department of %s' % (dp, r), None
        if post == 'committee_chair':
            return 'Chair of the Social Protection Committee of ' + r, None
        if post == 'children_ombudsman':
            return "Children's Rights Commissioner in " + r, None
        if post == 'senator':
            return rng.choice(['Senator from ', 'Federation Council member from ']) + r, 'Federation Council'
        if post == 'mp_regional':
            return 'member of the Legislative Assembly of ' + r, None
        if post == 'sfr_branch':
            return 'Head of the Social Fund of Russia branch in ' + r, None
        if post == 'ngo_centre':
            return 'Head of the NGO Support Resource Centre of ' + r, None
        return {'fc_deputy_chair': 'Deputy Chair of the Federation Council',
                'fc_committee_chair': 'Chair of the Federation Council Committee on Social Policy',
                'deputy_minister_fed': 'Deputy Minister of Labour and Social Protection of the Russian Federation',
                'asi_head': 'Director General of the Agency for Strategic Initiatives',
                'duma_committee': "Chair of the State Duma Committee on Labour, Social Policy and Veterans' Affairs",
                'sfr_chair': 'Chairman of the Social Fund of Russia'}[post], None

    # ---- French
    def fr_post(self, rng, regions):
        """(article, post) agreeing with the official's gender."""
        iso, kind, post = self.iso, self.kind, self.post
        f = self.gender == 'f'
        det, np = regions.fr(rng, iso) if iso else ('', '')
        de_r = fr_de(det, np) if iso else ''
        mn = MINISTRIES[self.ministry][2]
        dp = DEPARTMENTS[self.dept][2]
        art = 'la' if f else 'le'
        if post == 'governor':
            if iso == 'RU-MOW':
                return art, 'maire de Moscou'
            if kind == 'republic':
                return art, 'chef ' + de_r
            return 'le', 'gouverneur ' + de_r
        if post == 'deputy_governor':
            if iso == 'RU-MOW':
                return art, ('maire adjointe' if f else 'maire adjoint') + ' de Moscou chargé' + ('e' if f else '') + \
                    ' du développement social'
            if kind == 'republic':
                return art, 'vice-Premier ministre ' + de_r
            return art, ('vice-gouverneure ' if f else 'vice-gouverneur ') + de_r
        if post == 'minister':
            return art, 'ministre %s %s' % (mn, de_r)
        if post == 'deputy_minister':
            return art, 'vice-ministre %s %s' % (mn, de_r)
        if post == 'dept_director':
            return art, ('directrice' if f else 'directeur') + ' du département %s %s' % (dp, de_r)
        if post == 'committee_chair':
            return art, ('présidente' if f else 'président') + ' du comité de protection sociale ' + de_r
        if post == 'children_ombudsman':
            return art, ('déléguée' if f else 'délégué') + " aux droits de l'enfant " + fr_in_region(det, np)
        if post == 'senator':
            return art, ('sénatrice' if f else 'sénateur') + ' représentant ' + fr_np(det, np)
        if post == 'mp_regional':
            return art, ('députée' if f else 'député') + " de l'Assemblée législative " + de_r
        if post == 'sfr_branch':
            return art, ('directrice' if f else 'directeur') + ' de la branche du Fonds social de Russie ' + \
                fr_in_region(det, np)
        if post == 'ngo_centre':
            return art, ('directrice' if f else 'directeur') + ' du centre de ressources pour les ONG ' + de_r
        e = 'e' if f else ''
        return art, {'fc_deputy_chair': 'vice-président%s du Conseil de la Fédération' % e,
                     'fc_committee_chair': 'président%s de la commission de la politique sociale du Conseil de la Fédération' % e,
                     'deputy_minister_fed': 'vice-ministre du Travail et de la Protection sociale de la Fédération de Russie',
                     'asi_head': ('directrice générale' if f else 'directeur général') + " de l'Agence des initiatives stratégiques",
                     'duma_committee': 'président%s de la commission du travail et de la politique sociale de la Douma d’État' % e,
                     'sfr_chair': 'président%s du Fonds social de Russie' % e}[post]


def regional_post(rng, kind):
    posts = list(REGIONAL_POSTS)
    weights = [8, 10, 14, 10, 14, 5, 4, 5, 4, 3, 4]
    if kind in ('federal_city',):
        weights[REGIONAL_POSTS.index('minister')] = 0
        weights[REGIONAL_POSTS.index('deputy_minister')] = 0
        weights[REGIONAL_POSTS.index('mp_regional')] = 0
    if kind in ('autonomous_okrug', 'autonomous_oblast'):
        weights[REGIONAL_POSTS.index('minister')] = 0
        weights[REGIONAL_POSTS.index('deputy_minister')] = 0
    if kind == 'republic':
        weights[REGIONAL_POSTS.index('mp_regional')] = 0
    return rng.choices(posts, weights=weights)[0]


# =============================================================================================
# Practices

class Practice:
    def __init__(self, rng):
        style = rng.choices(['tail', 'adj_tail', 'name', 'adj_name', 'tail_name'], weights=[35, 20, 20, 10, 15])[0]
        self.style = style
        self.tail = self.adj = self.name = None
        if style in ('name', 'adj_name'):
            self.name = rng.randrange(len(P_NAMES))
            self.head = rng.choice(P_NAMES[self.name][3])
        else:
            self.tail = rng.randrange(len(P_TAILS))
            self.head = rng.choice(P_TAILS[self.tail][3])
            if style == 'tail_name':
                self.name = rng.choice([i for i, n in enumerate(P_NAMES) if n[4] and self.head in n[3]] or [None])
        if style.startswith('adj'):
            ok = [i for i, h in P_ADJ_HEADS.items() if (h is None or self.head in h) and
                  not (i == 1 and self.tail is not None and 'межведомств' in P_TAILS[self.tail][0])]
            self.adj = rng.choice(ok)
        self.gid = None

    # ---- Russian
    def ru_dsl(self):
        hdsl = P_HEADS[self.head][0]
        gender = hdsl.rsplit('/', 1)[1]
        parts = []
        if self.adj is not None:
            a = P_ADJS[self.adj][0]
            if gender == 'f':
                a = a[:-2] + 'ая'
            parts.append(a + '/a')
        parts.append(hdsl)
        if self.tail is not None:
            parts.append(P_TAILS[self.tail][0])
        if self.name is not None:
            parts.append('«' + P_NAMES[self.name][0] + '»')
        return ' '.join(parts), gender

    def ru(self, case):
        return decline(self.ru_dsl()[0], case)

    def ru_gender(self):
        return self.ru_dsl()[1]

    # ---- English: (text with article, label)
    def en(self, rng):
        head = P_HEADS[self.head][1]
        adj = P_ADJS[self.adj][1] + ' ' if self.adj is not None else ''
        if self.name is not None and self.tail is None:
            nm = P_NAMES[self.name][1]
            if rng.random() < 0.5:
                label = '%s%s "%s"' % (adj, head, nm)
            else:
                label = '%s%s %s' % (nm, ' ' + adj.strip() if adj else '', head)
            return 'the ' + label, label
        label = '%s%s %s' % (adj, head, P_TAILS[self.tail][1])
        if self.name is not None:
            label += ' "%s"' % P_NAMES[self.name][1]
        art = 'the' if self.name is not None or rng.random() < 0.5 else ('an' if label[0] in 'aeio' else 'a')
        return art + ' ' + label, label

    # ---- French: (article, label)
    def fr(self, rng):
        g, head = P_HEADS[self.head][2]
        adj = ''
        if self.adj is not None:
            adj = ' ' + (P_ADJS[self.adj][3] if g == 'f' else P_ADJS[self.adj][2])
        label = head + adj
        if self.tail is not None:
            label += ' ' + P_TAILS[self.tail][2]
        if self.name is not None:
            label += ' «' + P_NAMES[self.name][2] + '»'
        if self.name is not None or rng.random() < 0.5:
            det = "l'" if head[0] in 'aeiouéè' else ('la' if g == 'f' else 'le')
        else:
            det = 'une' if g == 'f' else 'un'
        return det, label


# =============================================================================================
# Dates

def _ymd(d):
    return d.year, d.month, d.day


def make_event_dates(rng, year):
    import datetime
    m = rng.randint(1, 12)
    d1 = rng.randint(1, MONTH_DAYS[m])
    span = rng.choices([0, 1, 2, 3], weights=[22, 38, 25, 15])[0]
    start = datetime.date(year, m, d1)
    end = start + datetime.timedelta(days=span)
    if end.year != year:
        end = start
    return start, (end if end != start else None)


def iso_date(d, year_known):
    if year_known:
        return '%04d-%02d-%02d' % (d.year, d.month, d.day)
    return '--%02d-%02d' % (d.month, d.day)


def ru_dates(rng, start, end, with_year):
    y = ' %d года' % start.year if with_year else ''
    y2 = ' %d г.' % start.year if with_year else ''
    if end is None:
        return '%d %s%s' % (start.day, RU_MONTHS_GEN[start.month], rng.choice([y, y2]) if with_year else '')
    if end.month != start.month:
        return 'с %d %s по %d %s%s' % (start.day, RU_MONTHS_GEN[start.month], end.day, RU_MONTHS_GEN[end.month], y)
    mon = RU_MONTHS_GEN[start.month]
    opts = ['%d–%d %s%s' % (start.day, end.day, mon, y), '%d-%d %s%s' % (start.day, end.day, mon, y),
            'с %d по %d %s%s' % (start.day, end.day, mon, rng.choice([y, y2]) if with_year else '')]
    if end.day == start.day + 1:
        opts.append('%d и %d %s%s' % (start.day, end.day, mon, y))
    return rng.choice(opts)


def _en_th(d):
    if 10 <= d % 100 <= 20:
        return '%dth' % d
    return '%d%s' % (d, {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th'))


def en_dates(rng, start, end, with_year):
    Y = start.year
    M = EN_MONTHS[start.month]
    if end is None:
        if with_year:
            return rng.choice(['on %s %d, %d' % (M, start.day, Y), 'on %d %s %d' % (start.day, M, Y)])
        return rng.choice(['on %s %d' % (M, start.day), 'on %d %s' % (start.day, M)])
    if end.month != start.month:
        M2 = EN_MONTHS[end.month]
        return 'from %s %d to %s %d%s' % (M, start.day, M2, end.day, ', %d' % Y if with_year else '')
    opts = []
    if with_year:
        opts += ['on %s %d-%d, %d' % (M, start.day, end.day, Y), 'on %d–%d %s %d' % (start.day, end.day, M, Y),
                 'from %d to %d %s %d' % (start.day, end.day, M, Y)]
    else:
        opts += ['on %s %d-%d' % (M, start.day, end.day), 'from %d to %d %s' % (start.day, end.day, M),
                 'on %d-%d %s' % (start.day, end.day, M)]
        if end.day == start.day + 1:
            opts.append('on %s and %s of %s' % (_en_th(start.day), _en_th(end.day), M))
            opts.append('on %s %d and %d' % (M, start.day, end.day))
    return rng.choice(opts)


def _fr_day(d):
    return '1er' if d == 1 else str(d)


def fr_dates(rng, start, end, with_year):
    y = ' %d' % start.year if with_year else ''
    M = FR_MONTHS[start.month]
    if end is None:
        return 'le %s %s%s' % (_fr_day(start.day), M, y)
    if end.month != start.month:
        return 'du %s %s au %s %s%s' % (_fr_day(start.day), M, _fr_day(end.day), FR_MONTHS[end.month], y)
    opts = ['du %s au %d %s%s' % (_fr_day(start.day), end.day, M, y)]
    if end.day == start.day + 1:
        opts.append('les %s et %d %s%s' % (_fr_day(start.day), end.day, M, y))
    return rng.choice(opts)


# =============================================================================================
# Page chrome, headers, quotes, fillers

CHROME_TOP = {
    'ru': [['Размер шрифта: A A A', 'Цвет сайта: С С С', 'Изображения: Вкл. Выкл.'],
           ['Версия для слабовидящих'], ['Главная / Новости'], ['Главная / Пресс-центр / Новости'],
           ['Размер шрифта: A A A']],
    'en': [['Font size: A A A', 'Site colour: C C C', 'Images: On Off'], ['Version for the visually impaired'],
           ['Home / News'], ['Font size: A A A']],
    'fr': [['Taille du texte : A A A', 'Couleurs : C C C', 'Images : Activer Désactiver'],
           ['Version pour malvoyants'], ['Accueil / Actualités'], ['Taille du texte : A A A']],
}
CHROME_BOTTOM = {
    'ru': [['Возврат к списку'], ['Поделиться: ВКонтакте Одноклассники Telegram'], ['Версия для печати'],
           ['Комментарии:'], ['Просмотров: {n}'], ['Поделиться:', 'Возврат к списку'],
           ['Теги: социальная политика, форум'], ['Вернуться к списку новостей']],
    'en': [['Back to list'], ['Share: VK Telegram'], ['Print version'], ['Comments:'], ['Views: {n}'],
           ['Tags: social policy, forum'], ['Back to news']],
    'fr': [['Retour à la liste'], ['Partager : VK Telegram'], ['Imprimer'], ['Commentaires :'], ['Vues : {n}'],
           ['Mots-clés : politique sociale, forum'], ['Retour aux actualités']],
}
QUOTES = {
    'ru': ['Нам важно не просто обменяться опытом, а перенести лучшие решения в свою работу',
           'Такие встречи позволяют увидеть, какие подходы действительно работают',
           'Каждая семья должна получать помощь именно тогда, когда она ей нужна',
           'Мы готовы делиться своими наработками с коллегами',
           'Социальная сфера сегодня меняется очень быстро, и нам нужно успевать за этими изменениями',
           'Главное – чтобы человек почувствовал реальную поддержку, а не столкнулся с бюрократией',
           'Без участия некоммерческих организаций многие из этих решений были бы невозможны'],
    'en': ['It is important for us not just to exchange experience but to bring the best solutions into our work',
           'Such meetings show which approaches really work',
           'Every family should receive help exactly when it needs it',
           'We are ready to share our achievements with colleagues',
           'The social sphere is changing very quickly today, and we need to keep up with these changes',
           'The main thing is that a person feels real support rather than bureaucracy'],
    'fr': ["Il est important pour nous non seulement d'échanger des expériences, mais aussi d'intégrer les meilleures solutions à notre travail",
           'De telles rencontres montrent quelles approches fonctionnent réellement',
           "Chaque famille doit recevoir de l'aide au moment où elle en a besoin",
           'Nous sommes prêts à partager nos réalisations avec nos collègues',
           "La sphère sociale évolue très vite aujourd'hui et nous devons suivre ces changements",
           "L'essentiel est que la personne ressente un soutien réel, et non de la bureaucratie"],
}
FILLERS = {
    'ru': ['Всего за {d} дня было проведено более {m} мероприятий, участие в которых приняли свыше {k} экспертов.',
           'Деловая программа была посвящена вопросам демографии, активного долголетия, занятости и поддержки семей с детьми.',
           'По итогам работы будут подготовлены рекомендации для органов исполнительной власти субъектов Российской Федерации.',
           'На выставке социальных проектов были представлены разработки более {r} регионов.',
           'Форум традиционно собирает представителей органов власти, некоммерческих организаций, бизнеса и экспертного сообщества.',
           'Участники обсудили, как сделать социальные услуги доступнее для жителей небольших городов и сёл.',
           'За эти годы форум стал одной из главных дискуссионных площадок страны по вопросам социальной политики.',
           'Лучшие проекты будут включены в федеральный банк социальных практик.'],
    'en': ['In {d} days, more than {m} events were held with over {k} experts taking part.',
           'The business programme focused on demography, active longevity, employment and support for families with children.',
           'Following the forum, recommendations will be prepared for the executive authorities of the constituent entities of the Russian Federation.',
           'Projects from more than {r} regions were presented at the exhibition of social projects.',
           'The forum traditionally brings together representatives of the authorities, non-profit organisations, business and the expert community.',
           'Participants discussed how to make social services more accessible to residents of small towns and villages.',
           'Over the years, the forum has become one of the main discussion platforms in the country on social policy.'],
    'fr': ['En {d} jours, plus de {m} événements ont été organisés avec la participation de plus de {k} experts.',
           "Le programme d'affaires était consacré à la démographie, à la longévité active, à l'emploi et au soutien des familles avec enfants.",
           "À l'issue des travaux, des recommandations seront préparées à l'intention des autorités exécutives des sujets de la Fédération de Russie.",
           "Des projets de plus de {r} régions ont été présentés à l'exposition de projets sociaux.",
           'Le forum réunit traditionnellement des représentants des autorités, des organisations à but non lucratif, des entreprises et de la communauté des experts.',
           'Les participants ont discuté des moyens de rendre les services sociaux plus accessibles aux habitants des petites villes et des villages.',
           "Au fil des ans, le forum est devenu l'une des principales plateformes de discussion du pays sur la politique sociale."],
}


def fill(rng, s):
    return s.format(d=rng.choice([2, 3, 4]), m=rng.choice([40, 50, 60, 80, 100]),
                    k=rng.choice([300, 500, 700, 1000, 1500]), r=rng.choice([40, 50, 60, 70, 75, 80]),
                    n=rng.randint(40, 3000))


def join_list(items, conj):
    if len(items) == 1:
        return items[0]
    return ', '.join(items[:-1]) + ' ' + conj + ' ' + items[-1]


# =============================================================================================
# Writers: one per language. A writer builds the article's paragraphs and its gold together.

class Writer:
    conj = 'и'

    def __init__(self, art):
        self.art = art
        self.rng = art.rng
        self.g = art.gold
        self.R = art.regions
        self.lex = art.lex
        self.officials = []

    def pick(self, seq):
        return self.rng.choice(seq)

    def quote(self, lang):
        """A quotation not used yet in this article."""
        used = self.__dict__.setdefault('used_quotes', set())
        q = self.pick([q for q in QUOTES[lang] if q not in used] or QUOTES[lang])
        used.add(q)
        return q

    def chance(self, p):
        return self.rng.random() < p

    # ---- plan pieces shared by the languages
    def new_region(self, exclude=()):
        while True:
            iso = self.pick(self.R.usable)
            if iso not in exclude:
                return iso

    def new_official(self, iso, post=None, federal=False):
        while True:
            if federal:
                o = Official(self.rng, self.lex, self.R, None, post or self.pick(FEDERAL_POSTS))
            else:
                kind = self.lex.regions[iso]['kind']
                o = Official(self.rng, self.lex, self.R, iso, post or regional_post(self.rng, kind))
            # one family name per person in an article (two Smirnovs would make the gold ambiguous),
            # and one holder of a post per region
            if all(o.latin[:-1] != q.latin[:-1] and o.latin[:5] != q.latin[:5] for q in self.officials) and \
                    all((o.iso, o.post) != (q.iso, q.post) for q in self.officials):
                break
        self.officials.append(o)
        return o

    def new_edition(self, past=True):
        rng = self.rng
        series = rng.choices([k for k, _ in SERIES_WEIGHTS], weights=[w for _, w in SERIES_WEIGHTS])[0]
        n = rng.randint(2, 12) if rng.random() < 0.88 else None
        year = rng.randint(2016, 2025)
        start, end = make_event_dates(rng, year)
        city = rng.choices([k for k, _ in HOST_CITIES], weights=[w for _, w in HOST_CITIES])[0]
        style = rng.choices(['roman', 'word', 'digit'], weights=[50, 30, 20])[0]
        # the article's own date: shortly after the event, or some days before an announcement
        import datetime
        header = None
        if rng.random() < 0.4:
            if past:
                header = (end or start) + datetime.timedelta(days=rng.randint(0, 3))
            else:
                header = start - datetime.timedelta(days=rng.randint(1, 25))
        with_year = rng.random() < (0.4 if header else 0.6)
        if header and header.year != start.year:
            with_year = True
        year_known = with_year or header is not None
        ed = {'series': series, 'n': n, 'style': style, 'start': start, 'end': end, 'city': city,
              'with_year': with_year, 'year_known': year_known, 'header': header, 'gid': None,
              'organizers': []}
        self.ed = ed
        self.art.header = header
        return ed

    def register_edition(self, name):
        ed = self.ed
        if ed['gid'] is None:
            e = self.g.event(kind='forum_edition', name=name, series=self.lex.series[ed['series']]['label_ru'],
                             edition=ed['n'], start=iso_date(ed['start'], ed['year_known']),
                             end=iso_date(ed['end'], ed['year_known']) if ed['end'] else None,
                             city=self.lex.cities[ed['city']]['name_ru'], organizers=ed['organizers'])
            ed['gid'] = e['id']
        return ed['gid']

    def new_session(self, stype=None, titled=True):
        rng = self.rng
        stype = stype or rng.choices([k for k, _ in SESSION_WEIGHTS], weights=[w for _, w in SESSION_WEIGHTS])[0]
        s = {'type': stype, 'gid': None, 'titled': titled,
             'topic': rng.randrange(len(TOPICS)), 'sub': rng.randrange(len(SUBTITLES)),
             'fmt': rng.choice(['colon', 'colon', 'dash', 'topic', 'dot']), 'variant': rng.randrange(2)}
        return s

    def session_title(self, s, li):
        if not s['titled']:
            return None
        t, sub = TOPICS[s['topic']][li], SUBTITLES[s['sub']][li]
        if s['fmt'] == 'colon':
            return '%s: %s' % (t, sub)
        if s['fmt'] == 'dash':
            return '%s — %s' % (t, sub)
        if s['fmt'] == 'dot':
            return '%s. %s' % (t, cap(sub))
        return t

    def register_session(self, s, title, event_ref):
        if s['gid'] is None:
            s['gid'] = self.g.session(title, s['type'], event_ref)['id']
        return s['gid']

    def register_practice(self, x, label, region, by):
        if x.gid is None:
            x.gid = self.g.practice(label, region, by)['id']
            if by is not None:
                self.g.relation('presented', by, x.gid)
            elif region:
                self.g.relation('presented', region, x.gid)
        return x.gid

    def practices(self, k):
        out = []
        used = set()
        while len(out) < k:
            x = Practice(self.rng)
            key = (x.tail, x.name)
            if key in used or (x.tail is not None and any(x.tail == y.tail for y in out)) or \
                    (x.name is not None and any(x.name == y.name for y in out)):
                continue
            used.add(key)
            out.append(x)
        return out

    def participant(self, who, what):
        self.g.relation('participant', who, what)

    # ---- the article
    def write(self):
        scen = self.rng.choices(['participation', 'announcement', 'session', 'visit', 'interview'],
                                weights=[32, 20, 24, 12, 12])[0]
        title, paras = getattr(self, 'sc_' + scen)()
        return title, paras


def _past(g, m, f=None, n=None):
    """Russian past-tense agreement: _past('f', 'выступил') -> 'выступила'."""
    if g == 'm':
        return m
    if m.endswith('ся'):
        base = m[:-2]
        return base + ('ась' if g == 'f' else 'ось' if g == 'n' else 'ись')
    if f is None:
        f = m + 'а'
    if g == 'f':
        return f
    if g == 'pl':
        return f[:-1] + 'и'
    return n or f[:-1] + 'о'


RU_TITLE_QUOTES = ['Лучшие практики должны работать во всех регионах', 'Форум стал местом для обмена опытом',
                   'Регионы готовы учиться друг у друга', 'Социальная политика начинается с человека']


class RuWriter(Writer):
    li = 0
    conj = 'и'

    # ---- phrases
    def reg(self, iso, case, informal=0.3):
        self.g.region(iso)
        return self.R.ru(self.rng, iso, informal).case(case)

    def regf(self, iso, informal=0.3):
        self.g.region(iso)
        return self.R.ru(self.rng, iso, informal)

    def city(self, key, case='prep'):
        c = self.lex.cities[key]
        if c['region_iso'] in ('RU-MOW', 'RU-SPE') and key in ('moscow', 'saint-petersburg'):
            self.g.region(c['region_iso'])
        if key in RU_CITY_PREP_SPECIAL:
            return RU_CITY_PREP_SPECIAL[key][0 if case == 'prep' else 1]
        dsl = RU_CITY.get(key)
        if dsl is None:
            name = c['name_ru']
            if name[-1] == 'а':
                dsl = name + '/f'
            elif name[-1] == 'ь':
                dsl = name + '/f'
            elif name[-1] in 'оиыэу':
                dsl = name
            else:
                dsl = name + '/m'
        return decline(dsl, case)

    def city_loc(self, key):
        c = self.lex.cities[key]
        w = self.city(key, 'prep')
        if c['region_iso'] == 'RU-MOS' and self.chance(0.5):
            self.g.region('RU-MOS')
            return 'в подмосковном ' + w
        return v_prep(w) + ' ' + w

    def off(self, p, case='nom', app=False):
        if p.gid is None:
            post, post_nom, org, riso = p.ru_post(self.rng, self.R, case)
            if riso:
                self.g.region(riso)
            gp = self.g.official(p.ru_name_nom(), p.latin, [post_nom], org, p.iso)
            p.gid = gp['id']
            p.gold = gp
            if app:
                return '%s, %s' % (p.ru_name(case), post)
            return '%s %s' % (post, p.ru_name(case))
        r = self.rng.random()
        if r < 0.45:
            return p.ru_name(case)
        if r < 0.8:
            return surname_case(p.surname_ru, p.gender, case)
        var = '%s. %s' % (p.given_ru[0], p.surname_ru)
        if var not in p.gold['variants']:
            p.gold['variants'].append(var)
        return '%s. %s' % (p.given_ru[0], surname_case(p.surname_ru, p.gender, case))

    def offs(self, ps, case='nom'):
        return join_list([self.off(p, case) for p in ps], 'и')

    def ed_text(self, case, register=True):
        ed = self.ed
        dsl = ed.get('ru_dsl')
        if dsl is None:
            dsl = ed['ru_dsl'] = self.pick(SERIES[ed['series']]['ru'])
        s = decline(dsl, case)
        n = ed['n']
        if n is not None:
            if ed['style'] == 'roman':
                s = ROMAN[n] + ' ' + s
            elif ed['style'] == 'digit':
                s = '%d-%s %s' % (n, {'nom': 'й', 'acc': 'й', 'gen': 'го', 'dat': 'му', 'prep': 'м', 'ins': 'м'}[case], s)
            else:
                s = self.ordinal(n, case) + ' ' + s
        if register:
            self.register_edition(self.ed_text('nom', register=False) if case != 'nom' else s)
        return s

    def v_ed(self, case):
        t = self.ed_text(case)
        return v_prep(t) + ' ' + t

    @staticmethod
    def ordinal(n, case):
        if n == 3:
            return {'nom': 'третий', 'gen': 'третьего', 'dat': 'третьему', 'acc': 'третий', 'ins': 'третьим',
                    'prep': 'третьем'}[case]
        return _adj(RU_ORD[n], case)

    def dates(self):
        ed = self.ed
        return ru_dates(self.rng, ed['start'], ed['end'], ed['with_year'])

    def ses_dsl(self, s):
        forms = SESSION_TYPES[s['type']][0]
        return forms[s['variant'] % len(forms)]

    def ses_gender(self, s):
        return self.ses_dsl(s).split(' ')[-1].rsplit('/', 1)[1]

    def ses(self, s, case, event=True, title=True, full=False):
        t = self.session_title(s, 0)
        self.register_session(s, t, self.ed if event and getattr(self, 'ed', None) else None)
        base = decline(self.ses_dsl(s), case)
        if t and title and (full or not s.get('shown')):
            s['shown'] = True
            q = '«%s»' % t if self.chance(0.85) else '"%s"' % t
            return base + ' ' + q
        return base

    def prac(self, x, case, region, by=None):
        dsl, _ = x.ru_dsl()
        self.register_practice(x, plain(dsl), region, by)
        return decline(dsl, case)

    def orgs(self, case):
        ed = self.ed
        if not ed.get('org_keys'):
            keys = self.rng.sample(['mintrud', 'minek', 'asi', 'pgf', 'op', 'sfr', 'fpd', 'roscongress'],
                                   self.rng.randint(0, 2))
            if ed['series'] == 'fsir' or self.chance(0.3):
                keys.insert(0, self.pick(['sf', 'sf', 'sf-full']))
            if self.chance(0.5):
                keys.append('gov')
            if not keys:
                keys = ['sf']
            ed['org_keys'] = keys
        out = []
        for k in ed['org_keys']:
            if k == 'gov':
                iso = self.lex.cities[ed['city']]['region_iso']
                if iso == 'RU-MOW':
                    dsl = 'Правительство/n Москвы'
                    self.g.region(iso)
                else:
                    dsl = 'правительство/n ' + self.reg(iso, 'gen', informal=0.0)
            else:
                dsl = ORGS[k][0]
            name = plain(dsl)
            if name not in ed['organizers']:
                ed['organizers'].append(name)
            out.append(decline(dsl, case))
        self.register_edition(self.ed_text('nom', register=False))
        return out

    # ---- shared sentences
    def s_organizers(self, past):
        t = self.rng.randrange(3)
        if t == 0:
            return 'Организаторами форума %s %s.' % ('выступили' if past else 'выступают', join_list(self.orgs('nom'), 'и'))
        if t == 1:
            return 'Форум %s %s.' % ('был организован' if past else 'организован', join_list(self.orgs('ins'), 'и'))
        o = self.orgs('nom')
        return 'Организатор форума — %s.' % o[0] if len(o) == 1 else \
            'Организаторы форума — %s.' % join_list(o, 'и')

    def s_history(self):
        ed = self.ed
        out = []
        series_dsl = self.pick(SERIES[ed['series']]['ru'])
        label = self.lex.series[ed['series']]['label_ru']
        first = ed['start'].year - self.rng.randint(3, 8)
        if self.chance(0.5):
            name = plain(series_dsl)
            self.g.event(kind='forum_series', name=name, series=label, edition=None, start=str(first),
                         end=None, city=None, organizers=[])
            out.append(self.pick(['%s проводится с %d года.', '%s проводится ежегодно начиная с %d года.'])
                       % (cap(name), first))
        elif ed['n'] is None or ed['n'] >= 2:
            city = self.pick(['omsk', 'moscow', 'kazan', 'krasnogorsk', 'yaroslavl', 'sochi'])
            o = self.pick(['Первый', 'I'])
            name = '%s %s' % (o, plain(series_dsl))
            loc = self.city_loc(city)
            self.g.event(kind='forum_edition', name=name, series=label, edition=1, start=str(first), end=None,
                         city=self.lex.cities[city]['name_ru'], organizers=[])
            out.append('%s прошёл в %d году %s.' % (name, first, loc))
        return out

    def s_quote(self, p):
        q = self.quote('ru')
        if self.chance(0.6):
            return '«%s», — %s %s.' % (q, _past(p.gender, self.pick(['подчеркнул', 'отметил', 'сказал'])), self.off(p))
        return 'По словам %s, %s.' % (self.off(p, 'gen'), q[0].lower() + q[1:])

    def s_filler(self):
        return fill(self.rng, self.pick(FILLERS['ru']))

    def s_region_practices(self, iso, xs, verb_past=True):
        """Practices of a region, presented by the region."""
        t = self.rng.randrange(5) if len(xs) >= 2 else self.rng.choice([2, 3, 4])
        if not verb_past and t == 2:
            t = 3
        if t == 0:
            loc = cap(self.regf(iso).loc())
            items = [self.prac(x, 'nom', iso) for x in xs]
            return ['%s %s такие практики, как %s.' % (loc, self.pick(['внедрены', 'реализуются', 'работают']),
                                                      join_list(items, 'и'))]
        if t == 1:
            r = self.regf(iso)
            verb = _past(r.gender, 'представил') if verb_past else 'представит'
            k = len(xs)
            for x in xs:
                x.head, x.adj = 'project', None
            num = {2: '2 проекта', 3: '3 проекта', 4: '4 проекта'}[k] if self.chance(0.5) else \
                {2: 'два проекта', 3: 'три проекта', 4: 'четыре проекта'}[k]
            lines = ['%s %s %s:' % (cap(r.case('nom')), verb, num)]
            for i, x in enumerate(xs):
                lines.append('- %s%s' % (self.prac(x, 'nom', iso), ';' if i + 1 < k else '.'))
            return ['\n'.join(lines)]
        x = xs[0]
        g = x.ru_gender()
        if t == 2:
            r = self.regf(iso)
            return ['Особый интерес участников %s %s, %s %s.' % (_past(g, 'вызвал'), self.prac(x, 'nom', iso),
                                                              _adj('реализуемый', 'nom') if g == 'm' else 'реализуемая',
                                                              r.loc())]
        if t == 3:
            r = self.regf(iso)
            return ['Кроме того, %s успешно %s %s.' % (r.loc(), 'реализуется', self.prac(x, 'nom', iso))]
        r = self.regf(iso)
        verb = _past(r.gender, 'поделился') if verb_past else 'поделится'
        return ['%s %s опытом реализации %s.' % (cap(r.case('nom')), verb, self.prac(x, 'gen', iso))]

    # ---- scenarios
    def sc_participation(self):
        R = self.new_region()
        ed = self.new_edition(past=True)
        rng = self.rng
        offs = [self.new_official(R) for _ in range(rng.choice([1, 2, 2, 3]))]
        s = self.new_session()
        xs = self.practices(rng.choice([2, 3, 3]))
        paras = []
        # lead
        t = rng.randrange(5)
        if t == 0:
            lead = 'Делегация %s приняла участие %s, который прошёл %s %s.' % (
                self.reg(R, 'gen'), self.v_ed('prep'), self.dates(), self.city_loc(ed['city']))
            self.participant(R, ed)
        elif t == 1:
            lead = '%s %s прошёл %s, в работе которого приняли участие представители %s.' % (
                cap(self.dates()), self.city_loc(ed['city']), self.ed_text('nom'), self.reg(R, 'gen'))
            self.participant(R, ed)
        elif t == 2:
            r = self.regf(R)
            lead = '%s %s свои лучшие практики на %s, который состоялся %s %s.' % (
                cap(r.case('nom')), _past(r.gender, 'представил'), self.ed_text('prep'), self.dates(),
                self.city_loc(ed['city']))
        elif t == 3:
            lead = '%s завершил работу %s, проходивший %s.' % (
                cap(self.city_loc(ed['city'])), self.ed_text('nom'), self.dates())
        else:
            r = self.regf(R)
            lead = '%s прошёл %s %s. %s %s на нём свои проекты.' % (
                cap(self.ed_text('nom')), self.dates(), self.city_loc(ed['city']), cap(r.case('nom')),
                _past(r.gender, 'представил'))
        paras.append([lead])
        # delegation
        body = []
        t = rng.randrange(6) if len(offs) >= 2 else rng.choice([0, 1, 2, 5])
        if t == 5:
            w = self.off(offs[0], 'ins')
            b = 'В работе форума приняли участие представители региона во главе %s %s.' % (s_prep(w), w)
            self.participant(R, ed)
            if len(offs) > 1:
                b += ' В состав делегации также %s %s.' % (
                    'вошли' if len(offs) > 2 else _past(offs[1].gender, 'вошёл', 'вошла'), self.offs(offs[1:]))
            body.append(b)
        elif t == 0:
            body.append('В состав делегации %s вошли %s.' % (self.reg(R, 'gen'), self.offs(offs)))
        elif t == 1:
            b = 'Делегацию %s %s.' % (_past(offs[0].gender, 'возглавил'), self.off(offs[0]))
            if len(offs) > 1:
                b += ' В её состав также %s %s.' % ('вошли' if len(offs) > 2 else _past(offs[1].gender, 'вошёл', 'вошла'),
                                                    self.offs(offs[1:]))
            body.append(b)
        elif t == 2:
            verb = 'представляли' if len(offs) > 1 else _past(offs[0].gender, 'представлял')
            body.append('Регион на форуме %s %s.' % (verb, self.offs(offs)))
        elif t == 3:
            rest = offs[1:]
            verb = 'приняли' if len(rest) > 1 else _past(rest[0].gender, 'принял')
            body.append('Помимо %s, в работе форума %s участие %s.' % (self.off(offs[0], 'gen'), verb, self.offs(rest)))
        else:
            rest = offs[1:]
            verb = 'посетили' if len(rest) > 1 else _past(rest[0].gender, 'посетил')
            w = self.off(offs[0], 'ins')
            body.append('Вместе %s %s форум %s %s.' % (s_prep(w), w, verb, self.offs(rest)))
        for p in offs:
            self.participant(p, ed)
        # a speech at a session
        p = rng.choice(offs)
        body += self.speech(p, s, xs[0] if rng.random() < 0.5 else None)
        xs_rest = xs[1:] if xs[0].gid else xs
        paras.append(body)
        # practices of the region
        more = []
        if xs_rest:
            more += self.s_region_practices(R, xs_rest)
        if R in RU_REGION_ADJ and self.chance(0.3):
            self.g.region(R)
            more.append('%s специалисты также поделились опытом с коллегами из других регионов.' % cap(RU_REGION_ADJ[R]))
        if self.chance(0.5):
            more.append(self.s_filler())
        if more:
            paras.append(more)
        tail = []
        if self.chance(0.35):
            tail.append(self.s_organizers(True))
        if self.chance(0.35):
            tail += self.s_history()
        if tail:
            paras.append(tail)
        # title
        r = self.regf(R)
        t = rng.randrange(3)
        if t == 0:
            title = '%s %s опыт на %s' % (cap(r.case('nom')), _past(r.gender, 'представил'), self.ed_text('prep'))
        elif t == 1:
            title = 'Делегация %s приняла участие %s' % (r.case('gen'), self.v_ed('prep'))
            self.participant(R, ed)
        else:
            title = '%s на %s' % (cap(r.case('nom')), self.ed_text('prep'))
        return title, paras

    def speech(self, p, s, x):
        """One official speaking at a session: speaker, and perhaps a practice presented by them."""
        rng = self.rng
        t = rng.choice([0, 0, 2, 2, 3, 5]) if x is None else rng.choice([1, 4])
        v = lambda m, f=None: _past(p.gender, m, f)
        if t == 0:
            out = '%s %s на %s.' % (cap(self.off(p)), v('выступил'), self.ses(s, 'prep'))
        elif t == 1 and x is not None:
            pr = self.prac(x, 'prep', p.iso, p)
            out = 'В ходе %s %s %s %s %s.' % (self.ses(s, 'gen'), self.off(p), v('рассказал'), o_prep(pr), pr)
        elif t == 2 or t == 1:
            out = 'На %s с докладом %s %s.' % (self.ses(s, 'prep'), v('выступил'), self.off(p))
        elif t == 3:
            out = '«%s», — %s %s, выступая на %s.' % (self.quote('ru'), v('отметил'), self.off(p),
                                                    self.ses(s, 'prep'))
        elif t == 4 and x is not None:
            first = p.gid is None
            who = self.off(p, app=True)
            out = '%s%s %s с докладом на %s и %s %s.' % (cap(who), ',' if first else '', v('выступил'),
                                                        self.ses(s, 'prep'), v('представил'),
                                                        self.prac(x, 'acc', p.iso, p))
        else:
            out = 'В %s %s участие %s.' % (self.ses(s, 'prep'), v('принял'), self.off(p))
            self.participant(p, s)
            return [out]
        self.g.relation('speaker', p, s)
        return [out]

    def moderation(self, p, s):
        rng = self.rng
        t = rng.randrange(4)
        if t == 0:
            out = 'Модератором %s %s %s.' % (self.ses(s, 'gen'), _past(p.gender, 'выступил'), self.off(p))
        elif t == 1:
            out = '%s %s %s.' % (cap(self.ses(s, 'nom')), _past(p.gender, 'провёл', 'провела'), self.off(p))
        elif t == 2:
            out = '%s %s %s.' % (_past(p.gender, 'Модерировал'), self.ses(s, 'acc'), self.off(p))
        else:
            out = '%s %s %s %s.' % ('Ведущим' if p.gender == 'm' else 'Ведущей', self.ses(s, 'gen'),
                                    _past(p.gender, 'стал'), self.off(p))
        self.g.relation('moderator', p, s)
        return out

    def sc_announcement(self):
        rng = self.rng
        R = self.new_region()
        ed = self.new_edition(past=False)
        paras = []
        t = rng.randrange(4)
        part = False
        if t == 0:
            lead = '%s %s пройдёт %s.' % (cap(self.dates()), self.city_loc(ed['city']), self.ed_text('nom'))
        elif t == 1:
            lead = '%s состоится %s %s.' % (cap(self.ed_text('nom')), self.dates(), self.city_loc(ed['city']))
        elif t == 2:
            r = self.regf(R)
            lead = '%s примет участие %s, который пройдёт %s %s.' % (
                cap(r.case('nom')), self.v_ed('prep'), self.dates(), self.city_loc(ed['city']))
            part = True
        else:
            lead = '%s %s откроется %s, основная цель которого – распространение лучших социальных практик регионов.' % (
                cap(self.dates()), self.city_loc(ed['city']), self.ed_text('nom'))
        paras.append([lead, self.s_organizers(False)] if self.chance(0.7) else [lead])
        prog = []
        s = self.new_session(stype=rng.choice(['plenary', 'plenary', 'strategic_session', 'panel']))
        t = rng.randrange(3)
        if t == 0:
            prog.append('Программа форума включает %s.' % self.ses(s, 'acc'))
        elif t == 1:
            prog.append('Центральным событием форума станет %s.' % self.ses(s, 'nom'))
        else:
            prog.append('Открытие форума состоится на %s.' % self.ses(s, 'prep'))
        if self.chance(0.6):
            p = self.new_official(None, federal=True) if self.chance(0.5) else self.new_official(self.new_region((R,)))
            if self.chance(0.5):
                prog.append('Модератором %s выступит %s.' % (self.ses(s, 'gen', title=False), self.off(p)))
                self.g.relation('moderator', p, s)
            else:
                prog.append('С докладом на %s выступит %s.' % (self.ses(s, 'prep', title=False), self.off(p)))
                self.g.relation('speaker', p, s)
        if self.chance(0.4):
            s2 = self.new_session(stype=rng.choice(['round_table', 'expert_session', 'discussion', 'thematic_site']))
            while s2['topic'] == s['topic']:
                s2['topic'] = rng.randrange(len(TOPICS))
            prog.append('Также запланированы %s и другие мероприятия деловой программы.' % self.ses(s2, 'nom'))
        paras.append(prog)
        xs = self.practices(rng.choice([2, 3, 3, 4]))
        pr = self.s_region_practices(R, xs, verb_past=False)
        if self.chance(0.5) and not part:
            r = self.regf(R)
            pr.insert(0, '%s примет участие в форуме.' % cap(r.case('nom')))
            part = True
        if part:
            self.participant(R, ed)
        paras.append(pr)
        if self.chance(0.5):
            paras.append(self.s_history())
        r = self.regf(R)
        t = rng.randrange(3)
        if t == 0:
            title = '%s пройдёт %s' % (cap(self.ed_text('nom')), self.city_loc(ed['city']))
        elif t == 1:
            title = '%s примет участие %s' % (cap(r.case('nom')), self.v_ed('prep'))
            self.participant(R, ed)
        else:
            title = '%s представит свои проекты на %s' % (cap(r.case('nom')), self.ed_text('prep'))
        return title, [p for p in paras if p]

    def sc_session(self):
        rng = self.rng
        ed = self.new_edition(past=True)
        s = self.new_session()
        paras = []
        g = self.ses_gender(s)
        t = rng.randrange(3)
        if t == 0:
            lead = 'В рамках %s, который проходит %s %s, %s %s.' % (
                self.ed_text('gen'), self.dates(), self.city_loc(ed['city']), _past(g, 'состоялся'), self.ses(s, 'nom'))
        elif t == 1:
            lead = '%s %s в рамках %s %s %s.' % (cap(self.dates()), self.city_loc(ed['city']), self.ed_text('gen'),
                                               _past(g, 'прошёл', 'прошла', 'прошло'), self.ses(s, 'nom'))
        else:
            lead = 'Одним из центральных событий %s, прошедшего %s %s, %s %s.' % (
                self.ed_text('gen'), self.dates(), self.city_loc(ed['city']), _past(g, 'стал'), self.ses(s, 'nom'))
        paras.append([lead])
        body = []
        regs = []
        if self.chance(0.7):
            if self.chance(0.5):
                m = self.new_official(None, federal=True)
            else:
                mr = self.new_region()
                regs.append(mr)
                m = self.new_official(mr)
            body.append(self.moderation(m, s))
        for _ in range(rng.choice([1, 2, 2])):
            R = self.new_region(regs)
            regs.append(R)
            p = self.new_official(R)
            x = self.practices(1)[0]
            t = rng.randrange(3)
            if t == 0:
                body += self.speech(p, s, x)
            elif t == 1:
                body += self.speech(p, s, None)
                pr = self.prac(x, 'acc', R, p)
                body.append('%s %s %s.' % (cap(self.off(p)), _past(p.gender, 'презентовал'), pr))
            else:
                body += self.speech(p, s, None)
                g2 = x.ru_gender()
                pr = self.prac(x, 'acc', R, p)
                body.append('В качестве примера %s %s %s, %s реализуют %s.' % (
                    self.off(p), _past(p.gender, 'привёл', 'привела'), pr,
                    {'m': 'который', 'f': 'которую', 'n': 'которое'}[g2], self.regf(R).loc()))
        paras.append(body)
        tail = []
        if self.chance(0.5):
            tail.append(self.s_filler())
        if self.chance(0.3):
            tail.append(self.s_quote(self.officials[-1]))
        if tail:
            paras.append(tail)
        t = rng.randrange(3)
        ti = self.session_title(s, 0)
        if t == 0:
            title = '%s «%s» %s на %s' % (cap(decline(self.ses_dsl(s), 'nom')), ti or '',
                                        _past(g, 'прошёл', 'прошла', 'прошло'), self.ed_text('prep'))
            if not ti:
                title = '%s %s на %s' % (cap(decline(self.ses_dsl(s), 'nom')), _past(g, 'прошёл', 'прошла', 'прошло'),
                                         self.ed_text('prep'))
        elif t == 1:
            title = 'Итоги %s' % self.ses(s, 'gen', full=True)
        else:
            title = '%s: %s' % (cap(self.ed_text('nom')), self.ses(s, 'nom', full=True))
        return title, paras

    def sc_visit(self):
        rng = self.rng
        R1 = self.new_region()
        R2 = self.new_region((R1,))
        self.ed = None
        p1 = self.new_official(R1, post=rng.choice(['minister', 'deputy_minister', 'dept_director', 'committee_chair',
                                                   'deputy_governor']))
        p2 = self.new_official(R2, post=rng.choice(['minister', 'deputy_minister', 'dept_director', 'committee_chair']))
        s = self.new_session(stype='round_table')
        xs = self.practices(rng.choice([2, 3, 4]))
        paras = []
        if self.chance(0.6):
            rg = self.reg(R1, 'gen')
            w = self.off(p1, 'ins')
            lead = 'Делегация %s во главе %s %s посетила %s.' % (rg, s_prep(w), w, self.reg(R2, 'acc'))
        else:
            lead = 'Представители %s познакомились с опытом коллег %s.' % (self.reg(R1, 'gen'), self.regf(R2).loc())
        paras.append([lead])
        body = []
        t = rng.randrange(2)
        if t == 0:
            body.append('%s %s круглый стол %s, который %s %s.' % (
                cap(self.regf(R2).loc()), 'состоялся', self.ses_title_q(s), _past(p2.gender, 'провёл', 'провела'),
                self.off(p2)))
        else:
            body.append('В ходе визита состоялся круглый стол %s. Его модератором %s %s.' % (
                self.ses_title_q(s), _past(p2.gender, 'выступил'), self.off(p2)))
        self.g.relation('moderator', p2, s)
        t = rng.randrange(3)
        items = [self.prac(x, 'nom', R2) for x in xs]
        if t == 0:
            body.append('Гостям представили такие практики, как %s.' % join_list(items, 'и'))
        elif t == 1:
            body.append('Коллеги из %s познакомились с такими практиками, как %s.' % (
                self.reg(R1, 'gen'), join_list([decline(x.ru_dsl()[0], 'ins') for x in xs], 'и')))
        else:
            body.append('Участникам встречи представили:\n' + '\n'.join(
                '- %s%s' % (it, ';' if i + 1 < len(items) else '.') for i, it in enumerate(items)))
        paras.append(body)
        if self.chance(0.6):
            x = self.practices(1)[0]
            while any(x.tail is not None and x.tail == y.tail or x.name is not None and x.name == y.name for y in xs):
                x = self.practices(1)[0]
            pr = self.prac(x, 'prep', R1, p1)
            paras.append(['В ходе круглого стола %s %s %s %s.' % (self.off(p1), _past(p1.gender, 'рассказал'),
                                                                o_prep(pr), pr)])
            self.g.relation('speaker', p1, s)
        paras.append([self.pick(['Стороны договорились о дальнейшем сотрудничестве и обмене опытом.',
                                 'Представленные коллегами наработки послужат основой для совершенствования работы.',
                                 'По итогам встречи достигнута договорённость о развитии межрегиональных связей.'])])
        r1, r2 = self.regf(R1), self.regf(R2)
        if self.chance(0.5):
            title = 'Делегация %s изучила опыт %s' % (r1.case('gen'), r2.case('gen'))
        else:
            title = '%s и %s обменялись опытом в социальной сфере' % (cap(r1.case('nom')), r2.case('nom'))
        return title, paras

    def ses_title_q(self, s):
        t = self.session_title(s, 0)
        self.register_session(s, t, None)
        return '«%s»' % t

    def sc_interview(self):
        rng = self.rng
        ed = self.new_edition(past=False)
        p = self.new_official(None, federal=True)
        R = self.new_region()
        paras = []
        lead = '%s %s о подготовке к %s, который пройдёт %s %s.' % (
            cap(self.off(p)), _past(p.gender, 'рассказал'), self.ed_text('dat'), self.dates(),
            self.city_loc(ed['city']))
        paras.append([lead] + self.s_history())
        body = [self.s_quote(p)]
        x = self.practices(1)[0]
        g2 = x.ru_gender()
        pr = self.prac(x, 'acc', R, p)
        body.append('В качестве примера %s %s %s, %s реализуют %s.' % (
            self.off(p), _past(p.gender, 'привёл', 'привела'), pr,
            {'m': 'который', 'f': 'которую', 'n': 'которое'}[g2], self.regf(R).loc()))
        if self.chance(0.5):
            R2 = self.new_region((R,))
            body += self.s_region_practices(R2, self.practices(rng.choice([1, 2, 3])), verb_past=False)
        paras.append(body)
        if self.chance(0.5):
            paras.append([self.s_organizers(False)])
        if self.chance(0.5):
            title = '%s: «%s»' % (p.surname_ru, self.pick(RU_TITLE_QUOTES))
        else:
            title = 'Лучшие региональные практики обсудят на %s' % self.ed_text('prep')
        return title, paras


EN_TITLE_QUOTES = ['Best practices should work in every region', 'The forum has become a place to share experience',
                   'Regions are ready to learn from each other']


def strip_article(s, arts):
    for a in arts:
        if s.startswith(a + ' '):
            return s[len(a) + 1:]
        if a.endswith("'") and s.startswith(a):
            return s[len(a):]
    return s


class EnWriter(Writer):
    li = 1
    conj = 'and'

    def reg(self, iso):
        self.g.region(iso)
        return self.R.en(self.rng, iso)

    def city_loc(self, key):
        c = self.lex.cities[key]
        if key in ('moscow', 'saint-petersburg'):
            self.g.region(c['region_iso'])
        name = c['name_en']
        if c['region_iso'] == 'RU-MOS' and self.chance(0.5):
            self.g.region('RU-MOS')
            return 'in %s, Moscow Region' % name
        return 'in ' + name

    def off(self, p, subj=True, prefix=False):
        if p.gid is None:
            post, org = p.en_post(self.rng, self.R)
            if p.iso:
                self.g.region(p.iso)
            name = '%s %s' % (p.given_en, p.surname_lat)
            gp = self.g.official(name, p.latin, [post], org, p.iso)
            p.gid = gp['id']
            p.gold = gp
            if prefix or self.chance(0.5):
                return '%s %s' % (post, name)
            return '%s, %s%s' % (name, post, ',' if subj else '')
        r = self.rng.random()
        if r < 0.4:
            return '%s %s' % (p.given_en, p.surname_lat)
        if r < 0.8:
            return p.surname_lat
        var = '%s. %s' % (p.given_en[0], p.surname_lat)
        if var not in p.gold['variants']:
            p.gold['variants'].append(var)
        return var

    def offs(self, ps):
        return join_list([self.off(p, subj=False, prefix=True) for p in ps], 'and')

    def ed_text(self, the=True):
        ed = self.ed
        if ed.get('en_name') is None:
            ed['en_name'] = self.pick(SERIES[ed['series']]['en'])
        s = ed['en_name']
        n = ed['n']
        if n is not None:
            if ed['style'] == 'roman':
                s = '%s %s' % (ROMAN[n], s)
            elif ed['style'] == 'digit':
                s = '%s %s' % (_en_th(n), s)
            else:
                s = '%s %s' % (EN_ORD[n], s)
        self.register_edition(s)
        return ('the ' + s) if the else s

    def dates(self):
        ed = self.ed
        return en_dates(self.rng, ed['start'], ed['end'], ed['with_year'])

    def ses(self, s, event=True, title=True, full=False):
        t = self.session_title(s, 1)
        self.register_session(s, t, self.ed if event and self.ed else None)
        forms = SESSION_TYPES[s['type']][1]
        base = 'the ' + forms[s['variant'] % len(forms)]
        if t and title and (full or not s.get('shown')):
            s['shown'] = True
            return base + (' "%s"' % t if self.chance(0.7) else ' “%s”' % t)
        return base

    def prac(self, x, region, by=None, article=True):
        if getattr(x, 'en_cache', None) is None:
            x.en_cache = x.en(self.rng)
        text, label = x.en_cache
        self.register_practice(x, label, region, by)
        return text if article else label

    def orgs(self):
        ed = self.ed
        if not ed.get('org_keys'):
            keys = self.rng.sample(['mintrud', 'minek', 'asi', 'pgf', 'op', 'sfr', 'fpd', 'roscongress'],
                                   self.rng.randint(0, 2))
            if ed['series'] == 'fsir' or self.chance(0.3):
                keys.insert(0, self.pick(['sf', 'sf', 'sf-full']))
            if self.chance(0.5):
                keys.append('gov')
            if not keys:
                keys = ['sf']
            ed['org_keys'] = keys
        out = []
        for k in ed['org_keys']:
            if k == 'gov':
                iso = self.lex.cities[ed['city']]['region_iso']
                if iso == 'RU-MOW':
                    self.g.region(iso)
                    text = self.pick(['the Moscow Government', 'the Government of Moscow'])
                else:
                    text = 'the Government of ' + self.reg(iso)
            else:
                text = ORGS[k][1]
            name = strip_article(text, ['the'])
            if name not in ed['organizers']:
                ed['organizers'].append(name)
            out.append(text)
        self.register_edition(self.ed_text(the=False))
        return out

    def s_organizers(self, past):
        o = join_list(self.orgs(), 'and')
        return self.pick(['The forum %s organised by %s.' % ('was' if past else 'is', o),
                          'The organisers of the forum %s %s.' % ('were' if past else 'are', o)])

    def s_history(self):
        ed = self.ed
        name = self.pick(SERIES[ed['series']]['en'])
        label = self.lex.series[ed['series']]['label_ru']
        first = ed['start'].year - self.rng.randint(3, 8)
        if self.chance(0.5):
            self.g.event(kind='forum_series', name=name, series=label, edition=None, start=str(first), end=None,
                         city=None, organizers=[])
            return [self.pick(['The %s has been held since %d.', 'The %s has been held annually since %d.'])
                    % (name, first)]
        if ed['n'] is None or ed['n'] >= 2:
            city = self.pick(['omsk', 'moscow', 'kazan', 'krasnogorsk', 'yaroslavl', 'sochi'])
            o = self.pick(['First', 'I', '1st'])
            loc = self.city_loc(city)
            self.g.event(kind='forum_edition', name='%s %s' % (o, name), series=label, edition=1, start=str(first),
                         end=None, city=self.lex.cities[city]['name_ru'], organizers=[])
            return ['The %s %s was held in %d %s.' % (o, name, first, loc)]
        return []

    def s_quote(self, p):
        q = self.quote('en')
        if self.chance(0.6):
            return '"%s," %s %s.' % (q, self.pick(['said', 'stressed', 'noted']), self.off(p, subj=False))
        return 'According to %s, %s.' % (self.off(p, subj=False), q[0].lower() + q[1:])

    def s_filler(self):
        return fill(self.rng, self.pick(FILLERS['en']))

    def s_region_practices(self, iso, xs, past=True):
        t = self.rng.randrange(5) if len(xs) >= 2 else self.rng.choice([2, 3, 4])
        if not past and t == 2:
            t = 3
        if t == 0:
            items = [self.prac(x, iso) for x in xs]
            return ['%s has introduced practices such as %s.' % (cap(self.reg(iso)), join_list(items, 'and'))]
        if t == 1:
            for x in xs:
                x.head, x.adj = 'project', None
            k = len(xs)
            lines = ['%s %s %s projects:' % (cap(self.reg(iso)), 'presented' if past else 'will present',
                                             {2: 'two', 3: 'three', 4: 'four'}[k])]
            for i, x in enumerate(xs):
                lines.append('- %s%s' % (self.prac(x, iso, article=False), ';' if i + 1 < k else '.'))
            return ['\n'.join(lines)]
        x = xs[0]
        if t == 2:
            return ['Participants showed particular interest in %s, which is being implemented in %s.'
                    % (self.prac(x, iso), self.reg(iso))]
        if t == 3:
            return ['In addition, %s has been successfully implemented in %s.' % (self.prac(x, iso), self.reg(iso))]
        return ['%s %s its experience of implementing %s.' % (cap(self.reg(iso)), 'also shared' if past else 'will share',
                                                              self.prac(x, iso))]

    def speech(self, p, s, x):
        t = self.rng.choice([0, 0, 2, 2, 3, 5]) if x is None else self.rng.choice([1, 4])
        if t == 0:
            out = '%s spoke at %s.' % (cap(self.off(p)), self.ses(s))
        elif t == 1:
            out = 'During %s, %s talked about %s.' % (self.ses(s), self.off(p), self.prac(x, p.iso, p))
        elif t == 2:
            out = '%s made a presentation at %s.' % (cap(self.off(p)), self.ses(s))
        elif t == 3:
            out = '"%s," %s said during %s.' % (self.quote('en'), self.off(p), self.ses(s))
        elif t == 4:
            who = self.off(p)
            sep = ' ' if who.endswith(',') else ' '
            out = '%s%saddressed %s and presented %s.' % (cap(who), sep, self.ses(s), self.prac(x, p.iso, p))
        else:
            out = '%s took part in %s.' % (cap(self.off(p)), self.ses(s))
            self.participant(p, s)
            return [out]
        self.g.relation('speaker', p, s)
        return [out]

    def moderation(self, p, s):
        t = self.rng.randrange(3)
        if t == 0:
            out = '%s was moderated by %s.' % (cap(self.ses(s)), self.off(p, subj=False))
        elif t == 1:
            out = '%s moderated %s.' % (cap(self.off(p)), self.ses(s))
        else:
            out = '%s acted as moderator of %s.' % (cap(self.off(p)), self.ses(s))
        self.g.relation('moderator', p, s)
        return out

    def sc_participation(self):
        rng = self.rng
        R = self.new_region()
        ed = self.new_edition(past=True)
        offs = [self.new_official(R) for _ in range(rng.choice([1, 2, 2, 3]))]
        s = self.new_session()
        xs = self.practices(rng.choice([2, 3, 3]))
        paras = []
        t = rng.randrange(4)
        if t == 0:
            lead = 'A delegation from %s took part in %s, which was held %s %s.' % (
                self.reg(R), self.ed_text(), self.dates(), self.city_loc(ed['city']))
            self.participant(R, ed)
        elif t == 1:
            lead = '%s took place %s %s, bringing together representatives of %s and other regions.' % (
                cap(self.ed_text()), self.dates(), self.city_loc(ed['city']), self.reg(R))
            self.participant(R, ed)
        elif t == 2:
            lead = '%s presented its best practices at %s, held %s %s.' % (
                cap(self.reg(R)), self.ed_text(), self.dates(), self.city_loc(ed['city']))
        else:
            lead = '%s has closed %s. The forum was held %s.' % (cap(self.ed_text()), self.city_loc(ed['city']),
                                                                self.dates())
        paras.append([lead])
        body = []
        t = rng.randrange(4) if len(offs) >= 2 else rng.randrange(3)
        if t == 0:
            body.append('The delegation included %s.' % self.offs(offs))
        elif t == 1:
            b = 'The delegation was led by %s.' % self.off(offs[0], subj=False)
            if len(offs) > 1:
                b += ' It also included %s.' % self.offs(offs[1:])
            body.append(b)
        elif t == 2:
            body.append('The region was represented at the forum by %s.' % self.offs(offs))
        else:
            body.append('Along with %s, %s took part in the forum.' % (self.off(offs[0], subj=False),
                                                                      self.offs(offs[1:])))
        for p in offs:
            self.participant(p, ed)
        p = rng.choice(offs)
        body += self.speech(p, s, xs[0] if rng.random() < 0.5 else None)
        paras.append(body)
        rest = xs[1:] if xs[0].gid else xs
        more = self.s_region_practices(R, rest) if rest else []
        if self.chance(0.5):
            more.append(self.s_filler())
        if more:
            paras.append(more)
        tail = []
        if self.chance(0.35):
            tail.append(self.s_organizers(True))
        if self.chance(0.35):
            tail += self.s_history()
        if tail:
            paras.append(tail)
        t = rng.randrange(3)
        r = self.reg(R)
        if t == 0:
            title = '%s presents its experience at %s' % (cap(r), self.ed_text())
        elif t == 1:
            title = '%s delegation takes part in %s' % (cap(r), self.ed_text())
            self.participant(R, ed)
        else:
            title = '%s at %s' % (cap(r), self.ed_text())
        return title, paras

    def sc_announcement(self):
        rng = self.rng
        R = self.new_region()
        ed = self.new_edition(past=False)
        paras = []
        part = False
        t = rng.randrange(3)
        if t == 0:
            lead = '%s will take place %s %s.' % (cap(self.ed_text()), self.dates(), self.city_loc(ed['city']))
        elif t == 1:
            lead = '%s, %s will host %s.' % (cap(self.dates()), self.lex.cities[ed['city']]['name_en'], self.ed_text())
            self.city_loc(ed['city'])
        else:
            lead = '%s will take part in %s, which will be held %s %s.' % (
                cap(self.reg(R)), self.ed_text(), self.dates(), self.city_loc(ed['city']))
            part = True
        paras.append([lead, self.s_organizers(False)] if self.chance(0.7) else [lead])
        prog = []
        s = self.new_session(stype=rng.choice(['plenary', 'plenary', 'strategic_session', 'panel']))
        t = rng.randrange(3)
        if t == 0:
            prog.append('The programme includes %s.' % self.ses(s))
        elif t == 1:
            prog.append('The highlight of the forum will be %s.' % self.ses(s))
        else:
            prog.append('The forum will open with %s.' % self.ses(s))
        if self.chance(0.6):
            p = self.new_official(None, federal=True) if self.chance(0.5) else self.new_official(self.new_region((R,)))
            if self.chance(0.5):
                prog.append('%s will moderate the session.' % cap(self.off(p)))
                self.g.relation('moderator', p, s)
            else:
                prog.append('%s will speak at the session.' % cap(self.off(p)))
                self.g.relation('speaker', p, s)
        paras.append(prog)
        xs = self.practices(rng.choice([2, 3, 3, 4]))
        pr = self.s_region_practices(R, xs, past=False)
        if not part and self.chance(0.5):
            pr.insert(0, '%s will take part in the forum.' % cap(self.reg(R)))
            part = True
        if part:
            self.participant(R, ed)
        paras.append(pr)
        if self.chance(0.5):
            paras.append(self.s_history())
        t = rng.randrange(3)
        if t == 0:
            title = '%s to be held %s' % (cap(self.ed_text(the=False)), self.city_loc(ed['city']))
        elif t == 1:
            title = '%s to take part in %s' % (cap(self.reg(R)), self.ed_text())
            self.participant(R, ed)
        else:
            title = '%s to present its projects at %s' % (cap(self.reg(R)), self.ed_text())
        return title, [p for p in paras if p]

    def sc_session(self):
        rng = self.rng
        ed = self.new_edition(past=True)
        s = self.new_session()
        paras = []
        t = rng.randrange(3)
        if t == 0:
            lead = '%s was held as part of %s, which is taking place %s %s.' % (
                cap(self.ses(s)), self.ed_text(), self.dates(), self.city_loc(ed['city']))
        elif t == 1:
            lead = 'As part of %s, held %s %s, participants of %s discussed the future of social services.' % (
                self.ed_text(), self.dates(), self.city_loc(ed['city']), self.ses(s))
        else:
            lead = 'One of the key events of %s, which took place %s %s, was %s.' % (
                self.ed_text(), self.dates(), self.city_loc(ed['city']), self.ses(s))
        paras.append([lead])
        body = []
        regs = []
        if self.chance(0.7):
            if self.chance(0.5):
                m = self.new_official(None, federal=True)
            else:
                mr = self.new_region()
                regs.append(mr)
                m = self.new_official(mr)
            body.append(self.moderation(m, s))
        for _ in range(rng.choice([1, 2, 2])):
            R = self.new_region(regs)
            regs.append(R)
            p = self.new_official(R)
            x = self.practices(1)[0]
            t = rng.randrange(3)
            if t == 0:
                body += self.speech(p, s, x)
            elif t == 1:
                body += self.speech(p, s, None)
                body.append('%s presented %s.' % (cap(self.off(p)), self.prac(x, R, p)))
            else:
                body += self.speech(p, s, None)
                body.append('As an example, %s cited %s, which is being implemented in %s.' % (
                    self.off(p), self.prac(x, R, p), self.reg(R)))
        paras.append(body)
        tail = []
        if self.chance(0.5):
            tail.append(self.s_filler())
        if self.chance(0.3):
            tail.append(self.s_quote(self.officials[-1]))
        if tail:
            paras.append(tail)
        t = rng.randrange(2)
        if t == 0:
            title = '%s held at %s' % (cap(strip_article(self.ses(s, full=True), ['the'])), self.ed_text())
        else:
            title = 'Results of %s' % self.ses(s, full=True)
        return title, paras

    def sc_visit(self):
        rng = self.rng
        R1 = self.new_region()
        R2 = self.new_region((R1,))
        self.ed = None
        p1 = self.new_official(R1, post=rng.choice(['minister', 'deputy_minister', 'dept_director', 'committee_chair',
                                                   'deputy_governor']))
        p2 = self.new_official(R2, post=rng.choice(['minister', 'deputy_minister', 'dept_director', 'committee_chair']))
        s = self.new_session(stype='round_table')
        xs = self.practices(rng.choice([2, 3, 4]))
        paras = []
        if self.chance(0.6):
            lead = 'A delegation from %s led by %s visited %s.' % (self.reg(R1), self.off(p1), self.reg(R2))
        else:
            lead = 'Representatives of %s studied the experience of their colleagues in %s.' % (self.reg(R1), self.reg(R2))
        paras.append([lead])
        body = []
        t = self.session_title(s, 1)
        self.register_session(s, t, None)
        if self.chance(0.5):
            body.append('A round table "%s" was held in %s, moderated by %s.' % (t, self.reg(R2), self.off(p2, subj=False)))
        else:
            body.append('During the visit, a round table "%s" took place. It was moderated by %s.' % (
                t, self.off(p2, subj=False)))
        self.g.relation('moderator', p2, s)
        items = [self.prac(x, R2) for x in xs]
        if self.chance(0.6):
            body.append('The guests were introduced to practices such as %s.' % join_list(items, 'and'))
        else:
            body.append('The participants were presented with:\n' + '\n'.join(
                '- %s%s' % (strip_article(it, ['the', 'a', 'an']), ';' if i + 1 < len(items) else '.')
                for i, it in enumerate(items)))
        paras.append(body)
        if self.chance(0.6):
            x = self.practices(1)[0]
            while any(x.tail is not None and x.tail == y.tail or x.name is not None and x.name == y.name for y in xs):
                x = self.practices(1)[0]
            paras.append(['During the round table, %s talked about %s.' % (self.off(p1),
                                                                          self.prac(x, R1, p1))])
            self.g.relation('speaker', p1, s)
        paras.append([self.pick(['The parties agreed to continue cooperation and the exchange of experience.',
                                 'The experience presented by colleagues will help improve our work.'])])
        if self.chance(0.5):
            title = '%s delegation studies the experience of %s' % (cap(self.reg(R1)), self.reg(R2))
        else:
            title = '%s and %s exchange experience in the social sphere' % (cap(self.reg(R1)), self.reg(R2))
        return title, paras

    def sc_interview(self):
        rng = self.rng
        ed = self.new_edition(past=False)
        p = self.new_official(None, federal=True)
        R = self.new_region()
        paras = []
        lead = '%s spoke about the preparations for %s, which will be held %s %s.' % (
            cap(self.off(p)), self.ed_text(), self.dates(), self.city_loc(ed['city']))
        paras.append([lead] + self.s_history())
        body = [self.s_quote(p)]
        x = self.practices(1)[0]
        body.append('As an example, %s cited %s, which is being implemented in %s.' % (
            self.off(p), self.prac(x, R, p), self.reg(R)))
        if self.chance(0.5):
            R2 = self.new_region((R,))
            body += self.s_region_practices(R2, self.practices(rng.choice([1, 2, 3])), past=False)
        paras.append(body)
        if self.chance(0.5):
            paras.append([self.s_organizers(False)])
        if self.chance(0.5):
            title = '%s: "%s"' % (p.surname_lat, self.pick(EN_TITLE_QUOTES))
        else:
            title = 'Best regional practices to be discussed at %s' % self.ed_text()
        return title, paras


FR_TITLE_QUOTES = ['Les meilleures pratiques doivent fonctionner dans toutes les régions',
                   "Le forum est devenu un lieu d'échange d'expériences"]


def fr_roman_ord(n):
    return 'Ier' if n == 1 else ROMAN[n] + 'e'


class FrWriter(Writer):
    li = 2
    conj = 'et'

    def reg(self, iso):
        """(article, noun phrase) of a region, registered."""
        self.g.region(iso)
        return self.R.fr(self.rng, iso)

    def reg_nom(self, iso):
        return fr_np(*self.reg(iso))

    def reg_de(self, iso):
        return fr_de(*self.reg(iso))

    def reg_in(self, iso):
        return fr_in_region(*self.reg(iso))

    def city_loc(self, key):
        c = self.lex.cities[key]
        if key in ('moscow', 'saint-petersburg'):
            self.g.region(c['region_iso'])
        name = c['name_fr']
        if c['region_iso'] == 'RU-MOS' and self.chance(0.5):
            self.g.region('RU-MOS')
            return 'à %s, dans la région de Moscou' % name
        return 'à ' + name

    def off(self, p, subj=True, prefix=False):
        if p.gid is None:
            det, post = p.fr_post(self.rng, self.R)
            if p.iso:
                self.g.region(p.iso)
            name = '%s %s' % (p.given_fr, p.surname_lat)
            gp = self.g.official(name, p.latin, [post], None, p.iso)
            p.gid = gp['id']
            p.gold = gp
            if prefix or self.chance(0.55):
                return '%s %s, %s%s' % (det, post, name, ',' if subj else '')
            return '%s, %s%s' % (name, post, ',' if subj else '')
        r = self.rng.random()
        if r < 0.4:
            return '%s %s' % (p.given_fr, p.surname_lat)
        if r < 0.8:
            return p.surname_lat
        var = '%s. %s' % (p.given_fr[0], p.surname_lat)
        if var not in p.gold['variants']:
            p.gold['variants'].append(var)
        return var

    def offs(self, ps):
        return join_list([self.off(p, subj=False, prefix=True) for p in ps], 'et')

    def ed_name(self):
        ed = self.ed
        if ed.get('fr_name') is None:
            ed['fr_name'] = self.pick(SERIES[ed['series']]['fr'])
        s = ed['fr_name']
        n = ed['n']
        if n is not None:
            if ed['style'] == 'roman':
                s = '%s %s' % (fr_roman_ord(n), s)
            elif ed['style'] == 'digit':
                s = '%s %s' % ('1er' if n == 1 else '%d%s' % (n, self.pick(['e', 'ème'])) if 'fr_suf' not in ed
                               else ed['fr_suf'], s)
                ed['fr_suf'] = s.split(' ')[0]
                s = '%s %s' % (ed['fr_suf'], ed['fr_name'])
            else:
                s = '%s %s' % (FR_ORD[n], s)
        self.register_edition(s)
        return s

    def ed_text(self, prep=''):
        s = self.ed_name()
        return {'': 'le ', 'de': 'du ', 'a': 'au '}[prep] + s

    def dates(self):
        ed = self.ed
        return fr_dates(self.rng, ed['start'], ed['end'], ed['with_year'])

    def ses_form(self, s):
        forms = SESSION_TYPES[s['type']][2]
        return forms[s['variant'] % len(forms)]

    def ses(self, s, prep='', event=True, title=True, full=False):
        t = self.session_title(s, 2)
        self.register_session(s, t, self.ed if event and self.ed else None)
        det, np = self.ses_form(s)
        if t and title and (full or not s.get('shown')):
            s['shown'] = True
            np += (' «%s»' % t) if self.chance(0.8) else (' « %s »' % t)
        if prep == 'de':
            return fr_de(det, np)
        if prep == 'a':
            return fr_a(det, np)
        return fr_np(det, np)

    def ses_fem(self, s):
        return self.ses_form(s)[0] == 'la'

    def prac(self, x, region, by=None, prep=''):
        if getattr(x, 'fr_cache', None) is None:
            x.fr_cache = x.fr(self.rng)
        det, label = x.fr_cache
        self.register_practice(x, label, region, by)
        if prep == 'a':
            return fr_a(det, label)
        if prep == 'de':
            return fr_de(det, label)
        if prep == 'bare':
            return label
        return fr_np(det, label)

    def orgs(self):
        ed = self.ed
        if not ed.get('org_keys'):
            keys = self.rng.sample(['mintrud', 'minek', 'asi', 'pgf', 'op', 'sfr', 'fpd', 'roscongress'],
                                   self.rng.randint(0, 2))
            if ed['series'] == 'fsir' or self.chance(0.3):
                keys.insert(0, self.pick(['sf', 'sf', 'sf-full']))
            if self.chance(0.5):
                keys.append('gov')
            if not keys:
                keys = ['sf']
            ed['org_keys'] = keys
        out = []
        for k in ed['org_keys']:
            if k == 'gov':
                iso = self.lex.cities[ed['city']]['region_iso']
                if iso == 'RU-MOW':
                    self.g.region(iso)
                    text = 'le gouvernement de Moscou'
                else:
                    text = 'le gouvernement ' + self.reg_de(iso)
            else:
                text = ORGS[k][2]
            name = strip_article(text, ['le', 'la', "l'"])
            if name not in ed['organizers']:
                ed['organizers'].append(name)
            out.append(text)
        self.register_edition(self.ed_name())
        return out

    def s_organizers(self, past):
        o = join_list(self.orgs(), 'et')
        if self.chance(0.5):
            return 'Le forum %s organisé par %s.' % ('a été' if past else 'est', o)
        return 'Les organisateurs du forum %s %s.' % ('étaient' if past else 'sont', o)

    def s_history(self):
        ed = self.ed
        name = self.pick(SERIES[ed['series']]['fr'])
        label = self.lex.series[ed['series']]['label_ru']
        first = ed['start'].year - self.rng.randint(3, 8)
        if self.chance(0.5):
            self.g.event(kind='forum_series', name=name, series=label, edition=None, start=str(first), end=None,
                         city=None, organizers=[])
            return ['Le %s se tient depuis %d.' % (name, first)]
        if ed['n'] is None or ed['n'] >= 2:
            city = self.pick(['omsk', 'moscow', 'kazan', 'krasnogorsk', 'yaroslavl', 'sochi'])
            o = self.pick(['premier', 'Ier', '1er'])
            loc = self.city_loc(city)
            self.g.event(kind='forum_edition', name='%s %s' % (o, name), series=label, edition=1, start=str(first),
                         end=None, city=self.lex.cities[city]['name_ru'], organizers=[])
            return ["Le %s %s s'est tenu en %d %s." % (o, name, first, loc)]
        return []

    def s_quote(self, p):
        q = self.quote('fr')
        if self.chance(0.6):
            return '«%s», a %s %s.' % (q, self.pick(['déclaré', 'souligné', 'noté']), self.off(p, subj=False))
        return 'Selon %s, %s.' % (self.off(p, subj=False), q[0].lower() + q[1:])

    def s_filler(self):
        return fill(self.rng, self.pick(FILLERS['fr']))

    def s_region_practices(self, iso, xs, past=True):
        t = self.rng.randrange(5) if len(xs) >= 2 else self.rng.choice([2, 3, 4])
        if not past and t == 2:
            t = 3
        if t == 0:
            items = [self.prac(x, iso) for x in xs]
            return ['%s, des pratiques telles que %s ont été mises en place.' % (cap(self.reg_in(iso)),
                                                                                  join_list(items, 'et'))]
        if t == 1:
            for x in xs:
                x.head, x.adj = 'project', None
            k = len(xs)
            lines = ['%s %s %s projets :' % (cap(self.reg_nom(iso)), 'a présenté' if past else 'présentera',
                                             {2: 'deux', 3: 'trois', 4: 'quatre'}[k])]
            for i, x in enumerate(xs):
                lines.append('- %s%s' % (self.prac(x, iso, prep='bare'), ';' if i + 1 < k else '.'))
            return ['\n'.join(lines)]
        x = xs[0]
        if t == 2:
            if getattr(x, 'fr_cache', None) is None:
                x.fr_cache = x.fr(self.rng)
            fem = x.fr_cache[0] in ('la', 'une') or P_HEADS[x.head][2][0] == 'f'
            return ['Les participants se sont particulièrement intéressés %s, mis%s en œuvre %s.'
                    % (self.prac(x, iso, prep='a'), 'e' if fem else '', self.reg_in(iso))]
        if t == 3:
            return ['Par ailleurs, %s a été %s avec succès %s.' % (
                self.prac(x, iso), 'mis en œuvre' if P_HEADS[x.head][2][0] == 'm' else 'mise en œuvre',
                self.reg_in(iso))]
        return ["%s %s son expérience de mise en œuvre %s." % (cap(self.reg_nom(iso)),
                                                             'a également partagé' if past else 'partagera',
                                                             self.prac(x, iso, prep='de'))]

    def speech(self, p, s, x):
        t = self.rng.choice([0, 0, 2, 2, 3, 5]) if x is None else self.rng.choice([1, 4])
        e = 'e' if p.gender == 'f' else ''
        if t == 0:
            out = '%s est intervenu%s lors %s.' % (cap(self.off(p)), e, self.ses(s, 'de'))
        elif t == 1:
            out = 'Lors %s, %s a présenté %s.' % (self.ses(s, 'de'), self.off(p), self.prac(x, p.iso, p))
        elif t == 2:
            out = '%s a fait une présentation lors %s.' % (cap(self.off(p)), self.ses(s, 'de'))
        elif t == 3:
            out = '«%s», a déclaré %s lors %s.' % (self.quote('fr'), self.off(p), self.ses(s, 'de'))
        elif t == 4:
            out = '%s est intervenu%s lors %s et a présenté %s.' % (cap(self.off(p)), e, self.ses(s, 'de'),
                                                                   self.prac(x, p.iso, p))
        else:
            out = '%s a pris part %s.' % (cap(self.off(p)), self.ses(s, 'a'))
            self.participant(p, s)
            return [out]
        self.g.relation('speaker', p, s)
        return [out]

    def moderation(self, p, s):
        t = self.rng.randrange(3)
        if t == 0:
            out = '%s a été modéré%s par %s.' % (cap(self.ses(s)), 'e' if self.ses_fem(s) else '', self.off(p, subj=False))
        elif t == 1:
            out = '%s a animé %s.' % (cap(self.off(p)), self.ses(s))
        else:
            out = '%s a été %s %s.' % (cap(self.off(p)), 'la modératrice' if p.gender == 'f' else 'le modérateur',
                                       self.ses(s, 'de'))
        self.g.relation('moderator', p, s)
        return out

    def sc_participation(self):
        rng = self.rng
        R = self.new_region()
        ed = self.new_edition(past=True)
        offs = [self.new_official(R) for _ in range(rng.choice([1, 2, 2, 3]))]
        s = self.new_session()
        xs = self.practices(rng.choice([2, 3, 3]))
        paras = []
        t = rng.randrange(4)
        if t == 0:
            lead = "Une délégation %s a pris part %s, qui s'est tenu %s %s." % (
                self.reg_de(R), self.ed_text('a'), self.dates(), self.city_loc(ed['city']))
            self.participant(R, ed)
        elif t == 1:
            lead = "%s s'est déroulé %s %s avec la participation de représentants %s." % (
                cap(self.ed_text()), self.dates(), self.city_loc(ed['city']), self.reg_de(R))
            self.participant(R, ed)
        elif t == 2:
            lead = '%s a présenté ses meilleures pratiques %s, qui a eu lieu %s %s.' % (
                cap(self.reg_nom(R)), self.ed_text('a'), self.dates(), self.city_loc(ed['city']))
        else:
            lead = "%s s'est achevé %s. Le forum s'est tenu %s." % (cap(self.ed_text()), self.city_loc(ed['city']),
                                                                 self.dates())
        paras.append([lead])
        body = []
        t = rng.randrange(4) if len(offs) >= 2 else rng.randrange(3)
        if t == 0:
            body.append('La délégation comprenait %s.' % self.offs(offs))
        elif t == 1:
            b = 'La délégation était conduite par %s.' % self.off(offs[0], subj=False)
            if len(offs) > 1:
                b += ' Elle comprenait également %s.' % self.offs(offs[1:])
            body.append(b)
        elif t == 2:
            body.append('La région était représentée au forum par %s.' % self.offs(offs))
        else:
            first = self.off(offs[0], subj=False)
            rest = offs[1:]
            body.append('Outre %s, %s %s participé aux travaux du forum.' % (first, self.offs(rest),
                                                                            'ont' if len(rest) > 1 else 'a'))
        for p in offs:
            self.participant(p, ed)
        p = rng.choice(offs)
        body += self.speech(p, s, xs[0] if rng.random() < 0.5 else None)
        paras.append(body)
        rest = xs[1:] if xs[0].gid else xs
        more = self.s_region_practices(R, rest) if rest else []
        if self.chance(0.5):
            more.append(self.s_filler())
        if more:
            paras.append(more)
        tail = []
        if self.chance(0.35):
            tail.append(self.s_organizers(True))
        if self.chance(0.35):
            tail += self.s_history()
        if tail:
            paras.append(tail)
        t = rng.randrange(3)
        if t == 0:
            title = '%s a présenté son expérience %s' % (cap(self.reg_nom(R)), self.ed_text('a'))
        elif t == 1:
            title = 'Une délégation %s participe %s' % (self.reg_de(R), self.ed_text('a'))
            self.participant(R, ed)
        else:
            title = 'Bilan %s pour %s' % (self.ed_text('de'), self.reg_nom(R))
        return title, paras

    def sc_announcement(self):
        rng = self.rng
        R = self.new_region()
        ed = self.new_edition(past=False)
        paras = []
        part = False
        t = rng.randrange(3)
        if t == 0:
            lead = '%s se tiendra %s %s.' % (cap(self.ed_text()), self.dates(), self.city_loc(ed['city']))
        elif t == 1:
            lead = '%s, %s accueillera %s.' % (cap(self.dates()), self.lex.cities[ed['city']]['name_fr'], self.ed_text())
            self.city_loc(ed['city'])
        else:
            lead = '%s participera %s, qui aura lieu %s %s.' % (
                cap(self.reg_nom(R)), self.ed_text('a'), self.dates(), self.city_loc(ed['city']))
            part = True
        paras.append([lead, self.s_organizers(False)] if self.chance(0.7) else [lead])
        prog = []
        s = self.new_session(stype=rng.choice(['plenary', 'plenary', 'strategic_session', 'panel']))
        t = rng.randrange(3)
        if t == 0:
            prog.append('Le programme comprend %s.' % self.ses(s))
        elif t == 1:
            prog.append('Le temps fort du forum sera %s.' % self.ses(s))
        else:
            prog.append("Le forum s'ouvrira par %s." % self.ses(s))
        if self.chance(0.6):
            p = self.new_official(None, federal=True) if self.chance(0.5) else self.new_official(self.new_region((R,)))
            if self.chance(0.5):
                prog.append('%s en sera %s.' % (cap(self.off(p)), 'la modératrice' if p.gender == 'f' else 'le modérateur'))
                self.g.relation('moderator', p, s)
            else:
                prog.append('%s y prendra la parole.' % cap(self.off(p)))
                self.g.relation('speaker', p, s)
        paras.append(prog)
        xs = self.practices(rng.choice([2, 3, 3, 4]))
        pr = self.s_region_practices(R, xs, past=False)
        if not part and self.chance(0.5):
            pr.insert(0, '%s participera au forum.' % cap(self.reg_nom(R)))
            part = True
        if part:
            self.participant(R, ed)
        paras.append(pr)
        if self.chance(0.5):
            paras.append(self.s_history())
        t = rng.randrange(3)
        if t == 0:
            title = '%s se tiendra %s' % (cap(self.ed_text()), self.city_loc(ed['city']))
        elif t == 1:
            title = '%s participera %s' % (cap(self.reg_nom(R)), self.ed_text('a'))
            self.participant(R, ed)
        else:
            title = '%s présentera ses projets %s' % (cap(self.reg_nom(R)), self.ed_text('a'))
        return title, [p for p in paras if p]

    def sc_session(self):
        rng = self.rng
        ed = self.new_edition(past=True)
        s = self.new_session()
        paras = []
        fem = self.ses_fem(s)
        t = rng.randrange(3)
        if t == 0:
            lead = "Dans le cadre %s, qui se tient %s %s, s'est tenu%s %s." % (
                self.ed_text('de'), self.dates(), self.city_loc(ed['city']), 'e' if fem else '', self.ses(s))
        elif t == 1:
            lead = '%s a eu lieu %s %s dans le cadre %s.' % (cap(self.ses(s)), self.dates(), self.city_loc(ed['city']),
                                                            self.ed_text('de'))
        else:
            lead = "L'un des temps forts %s, qui s'est déroulé %s %s, a été %s." % (
                self.ed_text('de'), self.dates(), self.city_loc(ed['city']), self.ses(s))
        paras.append([lead])
        body = []
        regs = []
        if self.chance(0.7):
            if self.chance(0.5):
                m = self.new_official(None, federal=True)
            else:
                mr = self.new_region()
                regs.append(mr)
                m = self.new_official(mr)
            body.append(self.moderation(m, s))
        for _ in range(rng.choice([1, 2, 2])):
            R = self.new_region(regs)
            regs.append(R)
            p = self.new_official(R)
            x = self.practices(1)[0]
            t = rng.randrange(3)
            if t == 0:
                body += self.speech(p, s, x)
            elif t == 1:
                body += self.speech(p, s, None)
                body.append('%s a présenté %s.' % (cap(self.off(p)), self.prac(x, R, p)))
            else:
                body += self.speech(p, s, None)
                body.append("À titre d'exemple, %s a cité %s, mis%s en œuvre %s." % (
                    self.off(p), self.prac(x, R, p), 'e' if P_HEADS[x.head][2][0] == 'f' else '',
                    self.reg_in(R)))
        paras.append(body)
        tail = []
        if self.chance(0.5):
            tail.append(self.s_filler())
        if self.chance(0.3):
            tail.append(self.s_quote(self.officials[-1]))
        if tail:
            paras.append(tail)
        if self.chance(0.5):
            title = '%s %s' % (cap(strip_article(self.ses(s, full=True), ['le', 'la', "l'"])), self.ed_text('a'))
        else:
            title = 'Bilan %s' % self.ses(s, 'de', full=True)
        return title, paras

    def sc_visit(self):
        rng = self.rng
        R1 = self.new_region()
        R2 = self.new_region((R1,))
        self.ed = None
        p1 = self.new_official(R1, post=rng.choice(['minister', 'deputy_minister', 'dept_director', 'committee_chair',
                                                   'deputy_governor']))
        p2 = self.new_official(R2, post=rng.choice(['minister', 'deputy_minister', 'dept_director', 'committee_chair']))
        s = self.new_session(stype='round_table')
        xs = self.practices(rng.choice([2, 3, 4]))
        paras = []
        if self.chance(0.6):
            lead = 'Une délégation %s conduite par %s a visité %s.' % (self.reg_de(R1), self.off(p1),
                                                                       self.reg_nom(R2))
        else:
            lead = "Des représentants %s ont étudié l'expérience de leurs collègues %s." % (self.reg_de(R1),
                                                                                          self.reg_in(R2))
        paras.append([lead])
        body = []
        t = self.session_title(s, 2)
        self.register_session(s, t, None)
        if self.chance(0.5):
            body.append('Une table ronde «%s», animée par %s, a été organisée %s.' % (
                t, self.off(p2, subj=False), self.reg_in(R2)))
        else:
            body.append('Au cours de la visite, une table ronde «%s» a eu lieu. Elle a été modérée par %s.' % (
                t, self.off(p2, subj=False)))
        self.g.relation('moderator', p2, s)
        items = [self.prac(x, R2) for x in xs]
        if self.chance(0.6):
            body.append('Les invités ont découvert des pratiques telles que %s.' % join_list(items, 'et'))
        else:
            body.append('Les participants ont pu découvrir :\n' + '\n'.join(
                '- %s%s' % (it, ';' if i + 1 < len(items) else '.') for i, it in enumerate(items)))
        paras.append(body)
        if self.chance(0.6):
            x = self.practices(1)[0]
            while any(x.tail is not None and x.tail == y.tail or x.name is not None and x.name == y.name for y in xs):
                x = self.practices(1)[0]
            paras.append(['Lors de la table ronde, %s a présenté %s.' % (self.off(p1), self.prac(x, R1, p1))])
            self.g.relation('speaker', p1, s)
        paras.append([self.pick(["Les parties sont convenues de poursuivre leur coopération et l'échange d'expériences.",
                                 "L'expérience présentée par les collègues permettra d'améliorer notre travail."])])
        if self.chance(0.5):
            title = "Une délégation %s étudie l'expérience %s" % (self.reg_de(R1), self.reg_de(R2))
        else:
            title = "%s et %s échangent leurs expériences dans le domaine social" % (cap(self.reg_nom(R1)),
                                                                                    self.reg_nom(R2))
        return title, paras

    def sc_interview(self):
        rng = self.rng
        ed = self.new_edition(past=False)
        p = self.new_official(None, federal=True)
        R = self.new_region()
        paras = []
        lead = '%s a parlé des préparatifs %s, qui se tiendra %s %s.' % (
            cap(self.off(p)), self.ed_text('de'), self.dates(), self.city_loc(ed['city']))
        paras.append([lead] + self.s_history())
        body = [self.s_quote(p)]
        x = self.practices(1)[0]
        body.append("À titre d'exemple, %s a cité %s, mis%s en œuvre %s." % (
            self.off(p), self.prac(x, R, p), 'e' if P_HEADS[x.head][2][0] == 'f' else '',
            self.reg_in(R)))
        if self.chance(0.5):
            R2 = self.new_region((R,))
            body += self.s_region_practices(R2, self.practices(rng.choice([1, 2, 3])), past=False)
        paras.append(body)
        if self.chance(0.5):
            paras.append([self.s_organizers(False)])
        if self.chance(0.5):
            title = '%s : «%s»' % (p.surname_lat, self.pick(FR_TITLE_QUOTES))
        else:
            title = 'Les meilleures pratiques régionales seront examinées %s' % self.ed_text('a')
        return title, paras


# =============================================================================================
# Articles and the command line

WRITERS = {'ru': RuWriter, 'en': EnWriter, 'fr': FrWriter}
SOURCES = {'ru': ['Совет Федерации', 'пресс-служба правительства региона', 'ТАСС'],
           'en': ['Federation Council', 'regional government press service'],
           'fr': ['Russie – Conseil de la fédération', 'service de presse du gouvernement régional']}


class Article:
    def __init__(self, lex, regions, seed, index):
        self.rng = random.Random('forumkg-gen:%s:%d' % (seed, index))
        self.lex = lex
        self.regions = regions
        self.lang = self.rng.choices(['ru', 'en', 'fr'], weights=[60, 20, 20])[0]
        self.doc = 'g%07d_%s' % (index, self.lang)
        self.gold = Gold(self.doc, self.lang)
        self.header = None

    def render(self):
        rng = self.rng
        w = WRITERS[self.lang](self)
        title, paras = w.write()
        lines = []
        if rng.random() < 0.35:
            lines += rng.choice(CHROME_TOP[self.lang])
            lines.append('')
        h = self.header
        bottom_date = None
        if h is not None:
            kind = rng.randrange(4)
            if kind == 0:
                lines.insert(0, 'date %04d-%02d-%02d' % (h.year, h.month, h.day))
            elif kind == 1:
                lines.insert(0, 'date %04d-%02d Source: %s' % (h.year, h.month, rng.choice(SOURCES[self.lang])))
            elif kind == 2:
                lab = {'ru': 'Дата публикации:', 'en': 'Published:', 'fr': 'Publié le'}[self.lang]
                lines.insert(0, '%s %02d.%02d.%04d' % (lab, h.day, h.month, h.year))
            else:
                lab = {'ru': 'Дата новости для фото:', 'en': 'Date of publication:', 'fr': 'Date de publication :'}[self.lang]
                bottom_date = '%s  %02d.%02d.%04d %02d:%02d:%02d' % (lab, h.day, h.month, h.year, rng.randint(8, 20),
                                                                     rng.randint(0, 59), rng.randint(0, 59))
        lines.append(title)
        lines.append('')
        for para in paras:
            cur = []
            for s in para:
                if not s:
                    continue
                s = s.replace(' г..', ' г.')  # a date in 'г.' that ends the sentence
                cur.append(s[0].upper() + s[1:])
                if '\n' in s:  # a bulleted list closes its paragraph
                    lines.append(' '.join(cur))
                    lines.append('')
                    cur = []
            if cur:
                lines.append(' '.join(cur))
                lines.append('')
        if bottom_date:
            lines.append(bottom_date)
        if rng.random() < 0.5:
            lines += [fill(rng, x) for x in rng.choice(CHROME_BOTTOM[self.lang])]
        text = '\n'.join(lines).rstrip('\n') + '\n'
        return text, self.gold.json()


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    size = ap.add_mutually_exclusive_group(required=True)
    size.add_argument('--count', type=int, help='number of articles')
    size.add_argument('--megabytes', type=float, help='stop once the texts reach M megabytes (10^6 bytes)')
    ap.add_argument('--seed', default='1', help='random seed (any string); same seed, same corpus')
    ap.add_argument('--out', required=True, help='output directory (texts/ and gold/ are created in it)')
    ap.add_argument('--no-gold', action='store_true', help='write texts only (for benchmarks)')
    ap.add_argument('--lexicon', default=DEFAULT_LEXICON, help='ontology/lexicon directory')
    ap.add_argument('--start', type=int, default=0, help='index of the first article (for sharded generation)')
    args = ap.parse_args(argv)

    lex = Lexicon(args.lexicon)
    regions = Regions(lex)
    tdir = os.path.join(args.out, 'texts')
    gdir = os.path.join(args.out, 'gold')
    os.makedirs(tdir, exist_ok=True)
    if not args.no_gold:
        os.makedirs(gdir, exist_ok=True)
    limit = int(args.megabytes * 1e6) if args.megabytes is not None else None
    total = 0
    i = args.start
    n = 0
    while True:
        if args.count is not None and n >= args.count:
            break
        if limit is not None and total >= limit:
            break
        art = Article(lex, regions, args.seed, i)
        text, gold = art.render()
        data = text.encode('utf-8')
        with open(os.path.join(tdir, art.doc + '.txt'), 'wb') as f:
            f.write(data)
        if not args.no_gold:
            with open(os.path.join(gdir, art.doc + '.json'), 'w', encoding='utf-8') as f:
                f.write(gold)
        total += len(data)
        i += 1
        n += 1
    sys.stderr.write('gen-corpus: %d articles, %d bytes in %s\n' % (n, total, tdir))
    return 0


if __name__ == '__main__':
    sys.exit(main())
