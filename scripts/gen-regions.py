#!/usr/bin/env python3
"""Build ontology/lexicon/regions.tsv from the shared reference table.

Inputs (read only):
  ../shared/data/regions.tsv            the federal subjects (Wikidata id, ISO code, names, kind,
                                        capital, federal district, informal names)
  ontology/lexicon/region-forms.tsv     hand-maintained extra surface forms, one row per ISO code;
                                        a form written "-form" removes that form from the row; its
                                        `demonyms` column likewise adds or removes demonyms

Output:
  ontology/lexicon/regions.tsv          iso, wikidata, kind, name_ru, name_en, name_fr,
                                        capital_ru, capital_en, district_ru, forms, demonyms

The output is a pure function of the two inputs, so regenerating is reproducible:

  python3 scripts/gen-regions.py            # from the repository root or anywhere
  python3 scripts/gen-regions.py --check    # exit 1 if regions.tsv is out of date

Rows of the shared table without an ISO 3166-2 code (the six territories whose status is
disputed) are skipped and listed in a comment at the top of the output: region IRIs are built
from the ISO code, so a row without one cannot be addressed.

`forms` gathers, in this order: the official Russian name (cleaned), the shared informal names,
forms derived from the kind ("Ярославская обл.", "Ярославский регион", "Yaroslavl Region",
"région de Iaroslavl", "kraï de Perm", "territoire de Perm"...), the hand-maintained extras, and
the case forms of single-word Russian names the Snowball stemmer is not trusted to reduce
(Югра|Югры|Югре|Югру|Югрой).

`demonyms` holds the adjectives and demonyms that name the subject only beside a group of its
people (нижегородская делегация, the Tyumen delegation, la délégation tioumenaise, with
чувашскими коллегами): on their own they are as often a city's or a people's. Derived: the
adjective of an oblast's, krai's, autonomous okrug's or republic's Russian name, and the English
name of an oblast or krai without its kind word; then the hand-maintained ones. Python standard
library only.
"""

import argparse
import os
import re
import sys
import unicodedata

HEADER = ["iso", "wikidata", "kind", "name_ru", "name_en", "name_fr",
          "capital_ru", "capital_en", "district_ru", "forms", "demonyms"]

# Shared names that are unambiguous in the source but not as bare surface forms. They stay out
# of `forms` unless region-forms.tsv adds them back.
DROP_SHARED_FORMS = {
    "RU-AL": {"Алтай"},          # the republic, the krai, the mountains
    "RU-NEN": {"НАО"},           # also "непубличное акционерное общество"
}

# Spelling fixes for the French labels of the shared table (the shared spelling stays a form).
FIX_NAME_FR = {
    "RU-IN": "République d'Ingouchie",
    "RU-KC": "République de Karatchaïevo-Tcherkessie",
    "RU-KO": "République des Komis",
    "RU-CU": "République de Tchouvachie",
    "RU-IRK": "Oblast d'Irkoutsk",
    "RU-TA": "République du Tatarstan",
}

# Masculine form of an oblast adjective where the ending is stressed.
MASC_ADJ = {"Тверская": "Тверской"}

# Single-word names that do not decline.
INDECLINABLE = {"Коми", "Саха", "Марий Эл"}

CYRILLIC = re.compile(r"[\u0400-\u04FF]")
VOWELS_FR = "AEIOUÉÈÊÂÎÔÛŒaeiouéèêâîôûœ"
HISSING = "гкхжшщч"          # gen. sg. -и after these, not -ы
SIBILANT_C = "жшщчц"         # unstressed instr. -ей after these


def nfc(s):
    return unicodedata.normalize("NFC", s.strip())


def read_tsv(path):
    """Rows of a TSV file as dicts, skipping blank and '#' lines."""
    with open(path, encoding="utf-8") as f:
        lines = [l.rstrip("\n").rstrip("\r") for l in f]
    lines = [l for l in lines if l.strip() and not l.startswith("#")]
    header = lines[0].split("\t")
    rows = []
    for n, line in enumerate(lines[1:], 2):
        cells = line.split("\t")
        if len(cells) < len(header):
            cells += [""] * (len(header) - len(cells))
        if len(cells) > len(header):
            sys.exit(f"{path}: line {n}: {len(cells)} columns, header has {len(header)}")
        rows.append({k: nfc(v) for k, v in zip(header, cells)})
    return rows


def clean_name_ru(name):
    """'Республика Адыгея (Адыгея)' -> 'Республика Адыгея'; ' - ' -> ' — '."""
    name = name.replace(" - ", " — ")
    m = re.match(r"^(.*\S)\s*\(([^)]*)\)$", name)
    if m and m.group(2) in m.group(1):
        name = m.group(1)
    return name


def masc(adj):
    if adj in MASC_ADJ:
        return MASC_ADJ[adj]
    if adj.endswith("ая"):
        return adj[:-2] + "ий"
    return adj


def declensions(word):
    """Case forms of a Russian feminine/neuter noun (the last hyphen part of `word` declines)."""
    head, _, last = word.rpartition("-")
    head = head + "-" if head else ""
    if last.isupper() or word in INDECLINABLE or not CYRILLIC.search(last):
        return []
    if last.endswith("ия"):
        s = last[:-2]
        ends = ["ии", "ию", "ией"]
    elif last.endswith("ье"):
        s = last[:-1]
        ends = ["я", "ю", "ем"]
    elif last.endswith("я"):
        s = last[:-1]
        ends = ["и", "е", "ю", "ей"]
    elif last.endswith("а"):
        s = last[:-1]
        gen = "и" if s[-1:].lower() in HISSING else "ы"
        ins = "ей" if s[-1:].lower() in SIBILANT_C else "ой"
        ends = [gen, "е", "у", ins]
    elif last.endswith("ь"):
        s = last[:-1]
        ends = ["и", "ью"]
    else:
        return []
    return [head + s + e for e in ends]


def fr_de(prefix, x):
    """'région', 'Iaroslavl' -> ['région de Iaroslavl', "région d'Iaroslavl"]."""
    out = [f"{prefix} de {x}"]
    if x[:1] in VOWELS_FR:
        out.append(f"{prefix} d'{x}")
    return out


def fr_place(name_fr):
    """'Oblast d'Iaroslavl' -> 'Iaroslavl'; 'Kraï du Kamtchatka' -> 'du Kamtchatka' kept whole."""
    m = re.match(r"^(?:Oblast|Kraï|Krai)\s+(de |d'|d’)(.+)$", name_fr)
    if m:
        return m.group(2)
    return None


def derived_forms(row):
    iso, kind = row["iso_3166_2"], row["kind"]
    ru_raw, en, fr_src = row["name_ru"], row["name_en"], row["name_fr"]
    ru = clean_name_ru(ru_raw)
    fr = FIX_NAME_FR.get(iso, fr_src)
    forms = [ru]
    # the part before " — " (Кемеровская область — Кузбасс, Ханты-Мансийский автономный округ — Югра)
    base_ru = ru.split(" — ")[0]
    if base_ru != ru:
        forms.append(base_ru)
    words = base_ru.split(" ")
    if kind == "oblast" and len(words) == 2 and words[1] == "область":
        adj = words[0]
        forms += [f"{adj} обл.", f"{masc(adj)} регион"]
    elif kind == "krai" and len(words) == 2 and words[1] == "край":
        forms += [f"{words[0]} регион"]
    elif kind == "autonomous_okrug" and base_ru.endswith(" автономный округ"):
        adj = base_ru[: -len(" автономный округ")]
        forms += [f"{adj} АО", f"{adj} округ"]
    elif kind == "autonomous_oblast" and base_ru.endswith(" автономная область"):
        forms += [base_ru[: -len(" автономная область")] + " АО"]
    elif kind == "republic" and base_ru.startswith("Республика "):
        short = base_ru[len("Республика "):]
        forms += [short, f"Респ. {short}"]
    elif kind == "federal_city" and base_ru.startswith("город "):
        short = base_ru[len("город "):]
        forms += [short, f"г. {short}"]

    # English
    forms.append(en)
    b = None
    if kind == "oblast" and en.endswith(" Oblast"):
        b = en[: -len(" Oblast")]
        # "the Kaliningrad Regional Integrated Social Services Centre": in English an
        # oblast's bodies are "X Regional …".
        forms += [f"{b} Oblast", f"{b} Region", f"{b} region", f"{b} Regional"]
    elif kind == "krai" and en.endswith(" Krai"):
        b = en[: -len(" Krai")]
        forms += [f"{b} Krai", f"{b} Kray"]
        if not re.search(r"(sky|skiy|ski)$", b):
            forms += [f"{b} Territory", f"{b} Region", f"{b} region"]
        else:
            b = None
    elif kind == "autonomous_okrug" and en.endswith(" Autonomous Okrug"):
        a = en[: -len(" Autonomous Okrug")]
        forms += [f"{a} Autonomous Okrug", f"{a} Autonomous District", f"{a} Okrug"]
    elif kind == "autonomous_oblast" and en.endswith(" Autonomous Oblast"):
        forms += [en[: -len(" Oblast")] + " Region"]

    # French
    forms.append(fr)
    if fr != fr_src:
        forms.append(fr_src)
    x = fr_place(fr)
    if kind == "oblast" and x:
        forms += fr_de("oblast", x) + fr_de("région", x)
        if b and b != x:
            forms += fr_de("oblast", b) + fr_de("région", b)
    elif kind == "krai" and x:
        forms += fr_de("kraï", x) + fr_de("krai", x) + fr_de("territoire", x) + fr_de("région", x)
        if b and b != x:
            forms += fr_de("kraï", b) + fr_de("krai", b) + fr_de("région", b)
    return forms


def derived_demonyms(row):
    """нижегородская (Нижегородская область), чувашская (Чувашская Республика), Tyumen (Tyumen
    Oblast), Krasnodar (Krasnodar Krai)."""
    kind, en = row["kind"], row["name_en"]
    first = clean_name_ru(row["name_ru"]).split(" — ")[0].split(" ")[0]
    out = []
    if kind in ("oblast", "krai", "autonomous_okrug", "republic") and re.search(
            r"(ская|ский|цкая|цкий)$", first):
        out.append(first.lower())
    for word in (" Oblast", " Krai"):
        if kind in ("oblast", "krai") and en.endswith(word):
            b = en[: -len(word)]
            if not re.search(r"(sky|skiy|ski)$", b):
                out.append(b)
    return out


def fold(s):
    """Matching key: the matcher is case-insensitive except for all-capital abbreviations."""
    return s if s.isupper() else s.casefold()


def dedupe(seq):
    seen, out = set(), []
    for s in seq:
        s = nfc(s)
        if s and fold(s) not in seen:
            seen.add(fold(s))
            out.append(s)
    return out


def build(shared_path, forms_path):
    shared = read_tsv(shared_path)
    extra_rows = read_tsv(forms_path)
    extras, extra_dem = {}, {}
    for r in extra_rows:
        if r["iso"] in extras:
            sys.exit(f"{forms_path}: duplicate iso {r['iso']}")
        extras[r["iso"]] = [f for f in r["forms"].split("|") if f.strip()]
        extra_dem[r["iso"]] = [f for f in r.get("demonyms", "").split("|") if f.strip()]
    known = {r["iso_3166_2"] for r in shared if r["iso_3166_2"]}
    for iso in extras:
        if iso not in known:
            sys.exit(f"{forms_path}: {iso} is not an ISO code of the shared table")

    out, skipped = [], []
    for r in shared:
        iso = r["iso_3166_2"]
        if not iso:
            skipped.append(f"{r['wikidata_qid']} {r['name_ru']}")
            continue
        shared_alt = [a for a in r["alt_names_ru"].split("|") if a]
        shared_alt = [a for a in shared_alt if a not in DROP_SHARED_FORMS.get(iso, set())]
        add = [f for f in extras.get(iso, []) if not f.startswith("-")]
        remove = {fold(nfc(f[1:])) for f in extras.get(iso, []) if f.startswith("-")}
        forms = derived_forms(r) + shared_alt + add
        forms = [f for f in dedupe(forms) if fold(f) not in remove]
        cases = []
        for f in forms:
            if " " not in f and CYRILLIC.search(f) and not f[:1].islower():
                cases += declensions(f)
        forms = [f for f in dedupe(forms + cases) if fold(f) not in remove]
        dem_add = [f for f in extra_dem.get(iso, []) if not f.startswith("-")]
        dem_remove = {fold(nfc(f[1:])) for f in extra_dem.get(iso, []) if f.startswith("-")}
        as_form = {fold(f) for f in forms}
        dems = [f for f in dedupe(derived_demonyms(r) + dem_add)
                if fold(f) not in dem_remove and fold(f) not in as_form]
        for f in forms + dems:
            if "|" in f or "\t" in f:
                sys.exit(f"{iso}: bad form {f!r}")
        out.append([iso, r["wikidata_qid"], r["kind"], clean_name_ru(r["name_ru"]),
                    r["name_en"], FIX_NAME_FR.get(iso, r["name_fr"]), r["capital_ru"],
                    r["capital_en"], r["federal_district_ru"], "|".join(forms), "|".join(dems)])

    # a form must denote one subject only
    owner = {}
    for row in out:
        for f in [f for f in row[-2].split("|") + row[-1].split("|") if f]:
            key = fold(f)
            if key in owner and owner[key] != row[0]:
                sys.exit(f"form {f!r} is in {owner[key]} and {row[0]}")
            owner[key] = row[0]

    lines = ["\t".join(HEADER),
             "# Generated by scripts/gen-regions.py from ../shared/data/regions.tsv and",
             "# ontology/lexicon/region-forms.tsv. Do not edit by hand: edit region-forms.tsv and rerun.",
             "# Skipped (no ISO 3166-2 code in the shared table): " + "; ".join(skipped)]
    lines += ["\t".join(row) for row in out]
    return "\n".join(lines) + "\n"


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=os.path.join(root, "..", "shared", "data", "regions.tsv"))
    ap.add_argument("--forms", default=os.path.join(root, "ontology", "lexicon", "region-forms.tsv"))
    ap.add_argument("--out", default=os.path.join(root, "ontology", "lexicon", "regions.tsv"))
    ap.add_argument("--check", action="store_true", help="compare with --out instead of writing it")
    args = ap.parse_args()
    text = build(args.shared, args.forms)
    if args.check:
        try:
            with open(args.out, encoding="utf-8") as f:
                current = f.read()
        except FileNotFoundError:
            current = None
        if current != text:
            print(f"{args.out} is out of date; rerun scripts/gen-regions.py", file=sys.stderr)
            return 1
        return 0
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
