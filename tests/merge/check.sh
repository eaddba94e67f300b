#!/bin/sh
# forumkg merge tests: one CTest case per call, run through the command line (fkg_merge_driver
# takes the arguments of `forumkg merge`). Graphs are compared as sets of N-Triples lines after
# parsing with rapper, or up to blank-node labels with tests/merge/graphtool.mjs (oxigraph and
# rdf-canonize), never as text.
#
# usage: check.sh CASE MERGE FORUMKG SOURCE_DIR SHARED_DIR NODE WORK_DIR
# exit 0 pass, 1 fail (the failed check is printed), 77 skipped (a tool is missing).
set -eu

CASE=$1 MERGE=$2 FORUMKG=$3 SRC=$4 SHARED=$5 NODE=$6 WORK=$7
FIX=$SRC/tests/merge/fixtures
TOOL=$SRC/tests/merge/graphtool.mjs
QUERIES=$SRC/ontology/queries
WIKIDATA=$SHARED/data/wikidata-regions.ttl
LINK="--link-property http://example.org/geo/iso"
OWL_SAMEAS=http://www.w3.org/2002/07/owl#sameAs
FAILS=0

rm -rf "$WORK"
mkdir -p "$WORK"
cd "$WORK"
export LC_ALL=C

fail() {
  echo "FAIL: $*"
  FAILS=$((FAILS + 1))
}
ok() { echo "ok: $*"; }
need() {
  for tool in "$@"; do
    command -v "$tool" >/dev/null 2>&1 || { echo "SKIP: $tool not found"; exit 77; }
  done
}
need_node() {
  if [ -z "$NODE" ] || [ ! -x "$NODE" ] || [ ! -d "$SRC/tests/external/node_modules/oxigraph" ]; then
    echo "SKIP: node or tests/external/node_modules missing (npm ci --prefix tests/external)"
    exit 77
  fi
}
# The statements of an RDF file as sorted, unique N-Triples (N-Quads for .nq) lines.
lines() {
  case $1 in
    *.ttl) syn=turtle ;; *.nt) syn=ntriples ;; *.nq) syn=nquads ;; *.rdf) syn=rdfxml ;;
    *.trig) syn=trig ;; *) syn=guess ;;
  esac
  out=ntriples
  [ "$syn" = nquads ] && out=nquads
  rapper -q -i "$syn" -o "$out" "$1" | sort -u
}
# Lines of $2 (sorted) missing from $3 (sorted) are printed; fails when there are any.
subset() {
  missing=$(comm -23 "$2" "$3")
  if [ -n "$missing" ]; then fail "$1: missing"; echo "$missing" | head -20; else ok "$1"; fi
}
has() { # has DESCRIPTION FILE PATTERN: a line of FILE matches the fixed string PATTERN
  if grep -qF -- "$3" "$2"; then ok "$1"; else fail "$1: no line with $3"; fi
}
hasnt() {
  if grep -qF -- "$3" "$2"; then fail "$1: unexpected line with $3"; else ok "$1"; fi
}
count() { # count DESCRIPTION EXPECTED ACTUAL
  if [ "$2" = "$3" ]; then ok "$1 ($3)"; else fail "$1: expected $2, got $3"; fi
}
# rasqal warns about every aggregate variable (exit 2 from roqet); its answers are what we check.
rq() { roqet -q -W 0 "$@"; }
run() { # runs the merge; fails the case on a non-zero exit
  if ! "$MERGE" "$@"; then fail "merge $* exited with an error"; fi
}
refused() { # refused WHAT FORMAT INPUT MESSAGE: merging INPUT exits 1 and says MESSAGE
  set +e
  "$MERGE" -f "$2" -o "$3.out" "$3" 2>"$3.err"
  rc=$?
  set -e
  count "exit status, $1" 1 "$rc"
  has "$1, located" "$3.err" "$4"
}

case $CASE in
union)
  # Every statement of every input is in the result: ground ones as they are, blank-node ones
  # once per input. Inputs in five syntaxes; no linking fires (no wdt:P300 here).
  need rapper
  run -f ntriples -o u.nt "$FIX/ours.ttl" "$FIX/geo.nt" "$FIX/extra.rdf" "$FIX/graphs.trig"
  lines u.nt >u.sorted
  : >ground
  bnodes=0
  for f in ours.ttl geo.nt extra.rdf graphs.trig; do
    lines "$FIX/$f" >in.sorted
    grep -v '_:' in.sorted >>ground || true
    bnodes=$((bnodes + $(grep -c '_:' in.sorted || true)))
  done
  sort -u ground >ground.sorted
  subset "every ground statement of every input" ground.sorted u.sorted
  grep -v '_:' u.sorted >u.ground || true
  count "no ground statement added" "$(wc -l <ground.sorted)" "$(wc -l <u.ground)"
  count "blank-node statements, one per input statement" "$bnodes" "$(grep -c '_:' u.sorted)"
  for fmt in turtle rdfxml nquads; do
    run -f $fmt -o "u.$fmt" "$FIX/ours.ttl" "$FIX/geo.nt" "$FIX/extra.rdf" "$FIX/graphs.trig"
  done
  mv u.turtle u2.ttl && mv u.rdfxml u2.rdf && mv u.nquads u2.nq
  count "turtle output, same number of statements" "$(wc -l <u.sorted)" "$(lines u2.ttl | wc -l)"
  count "rdfxml output, same number of statements" "$(wc -l <u.sorted)" "$(lines u2.rdf | wc -l)"
  # N-Quads keeps the TriG input's named graph: ex:dup is in it and in the default graph.
  count "nquads output keeps named graphs" 2 "$(grep -c '^<http://example.org/dup>' u2.nq)"
  ;;

bnodes)
  # Inputs share labels (_:b1 everywhere; _:genid1 beside an anonymous node, which raptor
  # itself would also call genid1): every node stays its own.
  need rapper
  printf '@prefix ex: <http://example.org/> .\n_:genid1 ex:p "labelled" .\nex:s ex:p [ ex:q "anonymous" ] .\n' >genid.ttl
  run -f ntriples -o b.nt "$FIX/ours.ttl" "$FIX/wikidata.ttl" "$FIX/geo.nt" "$FIX/extra.rdf" \
    "$FIX/graphs.trig" genid.ttl
  count "five inputs' _:b1 are five nodes" 5 \
    "$(grep '<http://example.org/source>' b.nt | cut -d' ' -f1 | sort -u | wc -l)"
  count "labelled and anonymous nodes of one input differ" 2 \
    "$(grep -E '"(labelled|anonymous)"' b.nt | cut -d' ' -f1 | sort -u | wc -l)"
  count "every label carries a content prefix" 0 \
    "$(grep -o '_:[^ ]*' b.nt | grep -cv '^_:fkg[0-9a-f]\{12\}[-_]' || true)"
  # The same bytes under another name are the same graph: nothing doubles.
  cp "$FIX/ours.ttl" copy-of-ours.ttl
  run -f ntriples -o once.nt "$FIX/ours.ttl"
  run -f ntriples -o twice.nt "$FIX/ours.ttl" copy-of-ours.ttl
  if cmp -s once.nt twice.nt; then ok "a file merged with its copy is itself"; else fail "copy doubled"; fi
  ;;

duplicates)
  need rapper
  run -f ntriples -o d.nt "$FIX/ours.ttl" "$FIX/wikidata.ttl" "$FIX/graphs.trig" "$FIX/ours.ttl"
  count "a statement in three inputs is written once" 1 "$(grep -c '^<http://example.org/dup>' d.nt)"
  count "no line twice" "$(wc -l <d.nt)" "$(sort -u d.nt | wc -l)"
  ;;

order)
  # merge(a,b,c,d,e) = merge(e, merge(d, merge(c, merge(b,a)))) in any order and grouping, with
  # linking and smushing on, since both are functions of the union. N-Triples intermediates
  # keep blank-node labels, so the results are equal as sets of lines; Turtle intermediates
  # may write a blank node as [ ], read back under a new label, so those are compared up to
  # blank-node labels.
  need rapper
  for opts in "" "--smush"; do
    # shellcheck disable=SC2086
    run $opts $LINK -f ntriples -o all.nt "$FIX/ours.ttl" "$FIX/wikidata.ttl" "$FIX/geo.nt" \
      "$FIX/extra.rdf" "$FIX/graphs.trig"
    # shellcheck disable=SC2086
    run $opts $LINK -f ntriples -o rev.nt "$FIX/graphs.trig" "$FIX/extra.rdf" "$FIX/geo.nt" \
      "$FIX/wikidata.ttl" "$FIX/ours.ttl"
    # shellcheck disable=SC2086
    {
      run $opts $LINK -f ntriples -o g1.nt "$FIX/graphs.trig" "$FIX/extra.rdf"
      run $opts $LINK -f ntriples -o g2.nt "$FIX/wikidata.ttl" g1.nt
      run $opts $LINK -f ntriples -o g3.nt "$FIX/geo.nt" g2.nt
      run $opts $LINK -f ntriples -o g4.nt g3.nt "$FIX/ours.ttl"
      run $opts $LINK -f ntriples -o again.nt all.nt
    }
    lines all.nt >all.sorted
    for r in rev g4 again; do
      lines $r.nt >$r.sorted
      if cmp -s all.sorted $r.sorted; then ok "$r = all ${opts:-plain}"
      else fail "$r differs from all ${opts:-plain}"; diff all.sorted $r.sorted | head; fi
    done
  done
  if [ -n "$NODE" ] && [ -x "$NODE" ] && [ -d "$SRC/tests/external/node_modules/rdf-canonize" ]; then
    # shellcheck disable=SC2086
    {
      run --smush $LINK -o all.ttl "$FIX/ours.ttl" "$FIX/wikidata.ttl" "$FIX/geo.nt" \
        "$FIX/extra.rdf" "$FIX/graphs.trig"
      run --smush $LINK -o t1.ttl "$FIX/extra.rdf" "$FIX/ours.ttl"
      run --smush $LINK -o t2.ttl "$FIX/graphs.trig" t1.ttl "$FIX/geo.nt"
      run --smush $LINK -o t3.ttl t2.ttl "$FIX/wikidata.ttl"
    }
    if "$NODE" "$TOOL" same all.ttl t3.ttl; then ok "turtle intermediates: isomorphic"
    else fail "turtle intermediates: not isomorphic"; fi
  else
    echo "note: node or rdf-canonize missing, turtle intermediates not compared"
  fi
  ;;

link)
  need rapper
  run -f ntriples -o l.nt "$FIX/ours.ttl" "$FIX/wikidata.ttl" "$FIX/geo.nt"
  has "P300 link (code in lower case)" l.nt \
    "<https://w3id.org/forumkg/id/region/ru-tst> <$OWL_SAMEAS> <http://www.wikidata.org/entity/Q9000002> ."
  hasnt "no link by another property unless asked" l.nt "<$OWL_SAMEAS> <http://example.org/geo/42>"
  count "owl:sameAs: our one plus one link" 2 "$(grep -c "<$OWL_SAMEAS>" l.nt)"
  # shellcheck disable=SC2086
  run $LINK -f ntriples -o lp.nt "$FIX/ours.ttl" "$FIX/wikidata.ttl" "$FIX/geo.nt"
  has "--link-property link" lp.nt \
    "<https://w3id.org/forumkg/id/region/ru-tst> <$OWL_SAMEAS> <http://example.org/geo/42> ."
  hasnt "another code is not linked" lp.nt "<$OWL_SAMEAS> <http://example.org/geo/43>"
  count "owl:sameAs: our one plus two links" 3 "$(grep -c "<$OWL_SAMEAS>" lp.nt)"
  lines l.nt >l.sorted
  lines lp.nt >lp.sorted
  count "links are the only addition" 1 "$(comm -13 l.sorted lp.sorted | wc -l)"
  ;;

smush)
  need rapper
  printf '%s\n' \
    '<http://example.org/z> <http://www.w3.org/2002/07/owl#sameAs> <http://example.org/m> .' \
    '<http://example.org/z> <http://example.org/p> "on z" .' \
    '<http://example.org/q> <http://example.org/p> <http://example.org/z> .' \
    '<http://example.org/m> <http://www.w3.org/2002/07/owl#sameAs> <http://example.org/m> .' >cluster.nt
  # shellcheck disable=SC2086
  run --smush $LINK -f ntriples -o s.nt "$FIX/ours.ttl" "$FIX/wikidata.ttl" "$FIX/geo.nt" \
    "$FIX/extra.rdf" cluster.nt
  R='<https://w3id.org/forumkg/id/region/ru-tst>'
  has "wdt:P361 reachable from our region" s.nt \
    "$R <http://www.wikidata.org/prop/direct/P361> <http://www.wikidata.org/entity/Q9000001> ."
  has "ru-yar's district too (same Wikidata IRI)" s.nt \
    "<https://w3id.org/forumkg/id/region/ru-yar> <http://www.wikidata.org/prop/direct/P361> <http://www.wikidata.org/entity/Q190778> ."
  for other in http://www.wikidata.org/entity/Q9000002 http://example.org/geo/42 http://example.org/alias/tst; do
    has "$other kept as owl:sameAs of ours" s.nt "$R <$OWL_SAMEAS> <$other> ."
    count "$other in no other position" 1 "$(grep -c "<$other>" s.nt)"
  done
  has "alias chain (alias = Q9000002 = ours) rewritten" s.nt "$R <http://example.org/note> _:"
  has "no ours in a cluster: the smallest IRI is canonical" s.nt \
    '<http://example.org/m> <http://example.org/p> "on z" .'
  has "objects rewritten" s.nt '<http://example.org/q> <http://example.org/p> <http://example.org/m> .'
  has "star of the smallest" s.nt "<http://example.org/m> <$OWL_SAMEAS> <http://example.org/z> ."
  hasnt "reflexive sameAs dropped" s.nt "<http://example.org/m> <$OWL_SAMEAS> <http://example.org/m> ."
  # Smushing only renames: the statement count of the unsmushed merge minus sameAs self-loops
  # and rewritten duplicates; every predicate survives.
  # shellcheck disable=SC2086
  run $LINK -f ntriples -o p.nt "$FIX/ours.ttl" "$FIX/wikidata.ttl" "$FIX/geo.nt" "$FIX/extra.rdf" cluster.nt
  count "same predicates" "$(cut -d' ' -f2 p.nt | sort -u | tr '\n' ' ')" "$(cut -d' ' -f2 s.nt | sort -u | tr '\n' ' ')"
  ;;

conflicts)
  need rapper
  for opts in "" "--smush"; do
    # shellcheck disable=SC2086
    run $opts -o c.ttl "$FIX/ours.ttl" "$FIX/wikidata.ttl"
    lines c.ttl >c.sorted
    L='<https://w3id.org/forumkg/id/region/ru-yar> <http://www.w3.org/2000/01/rdf-schema#label>'
    W='<http://www.wikidata.org/entity/Q2448> <http://www.w3.org/2000/01/rdf-schema#label>'
    if [ -n "$opts" ]; then W=$L; fi
    has "our @ru label kept ${opts:-plain}" c.sorted "$L \"\\u042F\\u0440\\u043E\\u0441\\u043B\\u0430\\u0432\\u0441\\u043A\\u0430\\u044F \\u043E\\u0431\\u043B\\u0430\\u0441\\u0442\\u044C\"@ru"
    has "their @ru label kept ${opts:-plain}" c.sorted "$W \"\\u042F\\u0440\\u043E\\u0441\\u043B\\u0430\\u0432\\u0441\\u043A\\u0430\\u044F \\u043E\\u0431\\u043B.\"@ru"
  done
  count "smushed ru-yar has two @ru labels" 2 "$(grep -F "$L" c.sorted | grep -c '@ru')"
  ;;

output)
  # A bad input is named and left out whole; the others are written, exit status 1.
  need rapper
  echo "previous content" >out.ttl
  if "$MERGE" -o out.ttl "$FIX/ours.ttl" "$FIX/bad.ttl" 2>err.txt; then fail "bad input accepted"
  else count "exit status on a bad input" 1 "$?"; fi
  has "located parse error" err.txt "bad.ttl:3: error:"
  has "written without it" err.txt "out.ttl: note: written without the inputs that could not be merged"
  count "the good input written, none of the bad one" "$(lines "$FIX/ours.ttl" | grep -vc '_:')" \
    "$(lines out.ttl | grep -vc '_:')"
  count "no temporary file left" 1 "$(find . -maxdepth 1 -name 'out.ttl*' | wc -l)"
  run -o out.ttl "$FIX/ours.ttl"
  count "replaced on success" "$(lines "$FIX/ours.ttl" | grep -vc '_:')" "$(lines out.ttl | grep -vc '_:')"
  count "no temporary file left" 1 "$(find . -maxdepth 1 -name 'out.ttl*' | wc -l)"
  if [ -w /dev/full ]; then
    if "$MERGE" -o /dev/full "$FIX/ours.ttl" 2>full.txt; then fail "write to /dev/full succeeded"
    else ok "write to /dev/full fails"; has "write error reported" full.txt "/dev/full: error: cannot write output"; fi
    if [ -c /dev/full ]; then ok "/dev/full is still a device"; else fail "/dev/full was replaced"; fi
  fi
  if "$MERGE" -o missing-dir/out.ttl "$FIX/ours.ttl" 2>/dev/null; then fail "missing directory accepted"
  else ok "missing directory refused"; fi
  # Usage errors exit 2.
  for args in "" "--nope x.ttl" "-f nosuch x.ttl" "-i nosuch x.ttl" "--link-property notaniri x.ttl"; do
    set +e
    # shellcheck disable=SC2086
    "$MERGE" $args >/dev/null 2>&1
    rc=$?
    set -e
    count "usage error '$args'" 2 "$rc"
  done
  if "$MERGE" --help | grep -q 'canonical owl:sameAs member'; then ok "--help documents smushing"
  else fail "--help does not document smushing"; fi
  # Standard input, with its syntax named.
  "$MERGE" -i ntriples -f ntriples - <"$FIX/geo.nt" >stdin.nt || fail "stdin"
  count "standard input" 4 "$(wc -l <stdin.nt)"
  ;;

query)
  # Our graph (the seeds, as extracted today) merged with the Wikidata fixture and smushed: the
  # federal-district queries answer for every official and practice whose region is known.
  need rapper roqet
  "$FORUMKG" extract "$SRC/seeds" -o seeds.ttl 2>extract.err || [ -s seeds.ttl ] || { fail "extract"; cat extract.err; }
  run --smush -o kg.ttl seeds.ttl "$WIKIDATA"
  # Tab-separated answers (labels may hold commas): IRIs as <...>, an unbound value empty.
  # Officials only: in our graph organisations and posts may carry fkg:represents too.
  rq -r tsv -D "$PWD/kg.ttl" "$QUERIES/officials-by-federal-district.rq" >officials.tsv
  rq -r tsv -e 'PREFIX fkg: <https://w3id.org/forumkg/ontology#>
    SELECT DISTINCT ?o WHERE { ?o fkg:represents ?r . ?o a fkg:Official }' -D "$PWD/seeds.ttl" | tail -n +2 | sort -u >expected.txt
  [ -s expected.txt ] || fail "the seeds graph has no official with fkg:represents"
  tail -n +2 officials.tsv | cut -f6 | sort -u >answered.txt
  subset "every official with a region is answered" expected.txt answered.txt
  count "every answered official has a district label" 0 \
    "$(tail -n +2 officials.tsv | awk -F'\t' '$2 == ""' | wc -l)"
  rq -r tsv -D "$PWD/kg.ttl" "$QUERIES/practices-by-federal-district.rq" >practices.tsv
  rq -r tsv -e 'PREFIX fkg: <https://w3id.org/forumkg/ontology#>
    SELECT DISTINCT ?x WHERE { ?x fkg:region ?r . ?x a fkg:Practice }' -D "$PWD/seeds.ttl" | tail -n +2 | sort -u >expected-p.txt
  tail -n +2 practices.tsv | awk -F'\t' '$2 != "" { print $6 }' | sort -u >answered-p.txt
  subset "every practice with fkg:region is answered with its district" expected-p.txt answered-p.txt
  # Exact answers on the fixtures, smushed and not (the query also follows owl:sameAs).
  for opts in "--smush" ""; do
    # shellcheck disable=SC2086
    run $opts -o fx.ttl "$FIX/ours.ttl" "$FIX/wikidata.ttl"
    rq -r csv -D "$PWD/fx.ttl" "$QUERIES/officials-by-federal-district.rq" | tr -d '\r' | cut -d, -f2,4,7 >fx.csv
    printf '%s\n' 'federalDistrictLabel,isoCode,officialName' \
      'Тестовый федеральный округ,RU-TST,Анна Петрова' \
      'Центральный федеральный округ,RU-YAR,Иван Иванов' >fx.expected
    if cmp -s fx.expected fx.csv; then ok "officials-by-federal-district on fixtures ${opts:-plain}"
    else fail "officials-by-federal-district on fixtures ${opts:-plain}"; diff fx.expected fx.csv; fi
    rq -r csv -D "$PWD/fx.ttl" "$QUERIES/practices-by-federal-district.rq" | tr -d '\r' | cut -d, -f2,4,7 >fp.csv
    printf '%s\n' 'federalDistrictLabel,isoCode,practiceLabel' \
      'Тестовый федеральный округ,RU-TST,тестовая практика' >fp.expected
    if cmp -s fp.expected fp.csv; then ok "practices-by-federal-district on fixtures ${opts:-plain}"
    else fail "practices-by-federal-district on fixtures ${opts:-plain}"; diff fp.expected fp.csv; fi
  done
  # Shapes that rasqal gets wrong when a query is written otherwise (see the queries' comments).
  for q in officials practices; do
    rq -r csv -D "$FIX/query-shapes.ttl" "$QUERIES/$q-by-federal-district.rq" | tr -d '\r' |
      tail -n +2 | cut -d, -f1,3,6 | sort >shapes-$q.csv
  done
  printf '%s\n' ',http://e/r1,http://e/o1' 'http://e/d1,http://e/r2,http://e/o2' \
    'http://e/d2,http://e/r3,http://e/o2' >shapes-officials.expected
  printf '%s\n' ',http://e/r1,http://e/p1' 'http://e/d1,http://e/r2,http://e/p3' \
    'http://e/d2,http://e/r3,http://e/p3' >shapes-practices.expected
  for q in officials practices; do
    if cmp -s shapes-$q.expected shapes-$q.csv; then ok "$q-by-federal-district on query shapes"
    else fail "$q-by-federal-district on query shapes"; diff shapes-$q.expected shapes-$q.csv; fi
  done
  # The same answers from oxigraph, an engine that shares nothing with rasqal.
  if [ -n "$NODE" ] && [ -x "$NODE" ] && [ -d "$SRC/tests/external/node_modules/oxigraph" ]; then
    for q in officials practices; do
      "$NODE" "$TOOL" query "$FIX/query-shapes.ttl" "$QUERIES/$q-by-federal-district.rq" |
        tail -n +2 | cut -f1,3,6 | tr '\t' , | sort >shapes-$q.ox
      if cmp -s shapes-$q.expected shapes-$q.ox; then ok "oxigraph agrees on $q query shapes"
      else fail "oxigraph disagrees on $q query shapes"; diff shapes-$q.expected shapes-$q.ox; fi
    done
    "$NODE" "$TOOL" query kg.ttl "$QUERIES/officials-by-federal-district.rq" | tail -n +2 |
      cut -f6 | sed 's/.*/<&>/' | sort -u >ox.txt
    if cmp -s answered.txt ox.txt; then ok "oxigraph answers the same officials"
    else fail "oxigraph answers other officials"; diff answered.txt ox.txt; fi
  fi
  ;;

oxigraph)
  # The merged graph, in every syntax both sides know, loads into oxigraph with the statement
  # count rapper sees.
  need rapper
  need_node
  "$FORUMKG" extract "$SRC/seeds" -o seeds.ttl 2>extract.err || [ -s seeds.ttl ] || fail "extract"
  for f in ttl nt nq rdf; do
    case $f in ttl) fmt=turtle ;; nt) fmt=ntriples ;; nq) fmt=nquads ;; rdf) fmt=rdfxml ;; esac
    run --smush -f "$fmt" -o "kg.$f" seeds.ttl "$WIKIDATA" "$FIX/ours.ttl" "$FIX/extra.rdf" "$FIX/graphs.trig"
  done
  "$NODE" "$TOOL" count kg.ttl kg.nt kg.nq kg.rdf >counts.txt || fail "oxigraph cannot load the merged graph"
  for f in ttl nt nq rdf; do
    count "oxigraph loads kg.$f" "$(lines "kg.$f" | wc -l)" "$(awk -v f="kg.$f" '$1 == f { print $2 }' counts.txt)"
  done
  ;;

hostile)
  # Inputs raptor2 parses but RDF 1.1 forbids, and literals its Turtle writer gets wrong
  # (docs/reliability.md, "Merge input"): one located message per bad input, each left out
  # whole, exit 1; tags and dot segments normalised; Turtle output that reads back.
  need rapper
  REG=$SRC/tests/fuzz/regressions/merge
  printf '<http://e/s> <http://e/p> "Yaros\273avl"@en ; <http://e/q> "kept" .\n' >utf8.ttl
  printf '<http://e/a<b> <http://e/p> "x" .\n' >angle.nq
  printf '<http://e/s> <http://e/p> "x"@fr--ca .\n' >lang.nt
  printf '<http://e/s> <http://e/p> "1"^^<http://w<http://e/x> .\n' >dtype.nt
  printf '<http://e/s> <http://e/p> "a\\u0000b" .\n' >nul.nt
  printf '%s\n' "<http://e/s> <http://e/p> \"it\\'s\" ." >escape.nt
  cp "$REG/rdfxml-relative-iri-bad091cd7790" relative.rdf
  echo "previous content" >out.ttl
  set +e
  "$MERGE" -o out.ttl "$FIX/geo.nt" utf8.ttl angle.nq lang.nt dtype.nt nul.nt escape.nt relative.rdf 2>err.txt
  rc=$?
  set -e
  count "exit status with bad inputs" 1 "$rc"
  has "invalid UTF-8, located" err.txt "utf8.ttl:1:33: error: invalid UTF-8 (byte 0xBB at offset 32)"
  has "IRI holding '<'" err.txt "angle.nq:1:"
  has "IRI holding '<': the reason" err.txt "error: IRI <http://e/a<b> holds '<', which RDF 1.1 does not allow in an IRI"
  has "malformed language tag" err.txt "error: language tag @fr--ca is not of the BCP 47 form"
  has "datatype IRI holding '<'" err.txt "error: datatype IRI <http://w<http://e/x> holds '<'"
  has "escaped NUL" err.txt 'nul.nt:1:29: error: escaped NUL (\u0000) at offset 28'
  has "an escape raptor2 cannot read, located" err.txt "escape.nt:1:30: error: backslash at offset 29: N-Triples allows"
  has "relative IRI in RDF/XML" err.txt "relative.rdf:4: error: IRI <http*//example.org/p> has no scheme"
  count "one message per bad input" 7 "$(grep -c ': error: ' err.txt)"
  has "written without them" err.txt "out.ttl: note: written without the inputs that could not be merged"
  count "only the good input's statements" "$(lines "$FIX/geo.nt" | wc -l)" "$(lines out.ttl | wc -l)"
  echo "previous content" >out.ttl
  # A backslash in a comment, or in an escape raptor2 reads, passes the screen.
  printf '%s\n' '# C:\data\q "not a literal \\' '<http://e/s> <http://e/p> "it\u0027s \\ \"q\"" . # \x' \
    '<http://e/s> <http://e/p> "\U0001F600 \t" .' >escapes-ok.nt
  run -f ntriples -o escapes-ok.out.nt escapes-ok.nt
  count "escapes raptor2 reads, comments: both statements" 2 "$(lines escapes-ok.out.nt | wc -l)"
  # A quote or a backslash in a comment: raptor2 would join the lines after it and lose their
  # statements; the comment is blanked before raptor2 reads it.
  printf '%s\n' "# it's here" '<http://e/s> <http://e/p> "x" . # C:\' '<http://e/s> <http://e/q> "y" .' \
    "<http://e/s> <http://e/r> \"z\" . # \"quoted" >comments.nt
  run -f ntriples -o comments.out.nt comments.nt
  count "quotes and backslashes in comments: every statement" 3 "$(lines comments.out.nt | wc -l)"
  # Outside a comment, a quote not closed on its line is refused, not joined to the next.
  printf '%s\n' "<http://e/s> <http://e/p> 'x\" ." '<http://e/s> <http://e/q> "y" .' >join.nt
  refused "a quote not closed on its line" ntriples join.nt \
    "join.nt:1:27: error: ' not closed on its line (offset 26)"
  # `<> {` crashes raptor2's Turtle/TriG lexer: refused before it reads it; "<>{" in a literal
  # or a comment is no graph name.
  printf '%s\n' '<> { <http://e/s> <http://e/p> "x" . }' >base-graph.trig
  refused "<> before {" nquads base-graph.trig "base-graph.trig:1:1: error: <> before '{' (offset 0)"
  printf '%s\n' '<> = { <http://e/s> <http://e/p> "x" . }' >base-graph-eq.trig
  refused "<> = {" nquads base-graph-eq.trig \
    "base-graph-eq.trig:1:1: error: <> before '{' (offset 0)"
  printf '%s\n' '# <> {' '<http://e/g> { <http://e/s> <http://e/p> "<>{" . }' >literal-graph.trig
  run -f nquads -o literal-graph.nq literal-graph.trig
  count "<>{ in a literal and a comment: the statement" 1 "$(lines literal-graph.nq | wc -l)"
  # Turtle has no graphs, and raptor2's lexer (shared with TriG) leaks a graph name in Turtle:
  # a '{' outside literals and comments refuses a Turtle input; the same bytes as TriG are
  # read, and braces in a literal or a comment are text.
  printf '%s\n' '<http://e/g> { <http://e/s> <http://e/p> "x" . }' >graph-in.ttl
  refused "{ in Turtle" nquads graph-in.ttl \
    "graph-in.ttl:1:14: error: '{' (offset 13): Turtle has no graphs"
  cp graph-in.ttl graph-in.trig
  run -f nquads -o graph-in-trig.nq graph-in.trig
  count "the same bytes as TriG: the statement" 1 "$(lines graph-in-trig.nq | wc -l)"
  printf '%s\n' '# {' '<http://e/s> <http://e/p> "{}", """{""" .' >braces.ttl
  run -f nquads -o braces.nq braces.ttl
  count "{ in literals and a comment of Turtle: the statements" 2 "$(lines braces.nq | wc -l)"
  # Without -f, the extension of -o names the output format.
  run -o geo.by-name.nq "$FIX/geo.nt"
  run -f nquads -o geo.nquads.nq "$FIX/geo.nt"
  if cmp -s geo.by-name.nq geo.nquads.nq && ! grep -q '^@prefix' geo.by-name.nq; then ok "-o FILE.nq without -f writes N-Quads"
  else fail "-o FILE.nq without -f did not write N-Quads"; fi
  # The same statement from three syntaxes is one statement.
  printf '<http://e/x/../s> <http://e/p> "x"@fr-CA .\n' >same.nt
  printf '<http://e/s> <http://e/p> "x"@fr-cA .\n' >same.ttl
  printf '<http://e/s> <http://e/./p> "x"@FR-ca <http://e/g> .\n' >same.nq
  run -f ntriples -o same.out.nt same.nt same.ttl same.nq
  count "tags lowered, dot segments removed: one statement" \
    '<http://e/s> <http://e/p> "x"@fr-ca .' "$(cat same.out.nt)"
  run -o same.out.ttl same.out.nt
  run -f ntriples -o again.nt same.out.ttl
  if cmp -s same.out.nt again.nt; then ok "merging the output again changes nothing"
  else fail "merging the output again changed it"; fi
  # Literals raptor2's Turtle writer would change: the Turtle file is N-Triples lines.
  X=http://www.w3.org/2001/XMLSchema
  printf '%s\n' "<http://e/s> <http://e/a> \"1.\"^^<$X#decimal> ." \
    "<http://e/s> <http://e/b> \"1\"^^<$X#decimal> ." \
    "<http://e/s> <http://e/c> \"1.5\"^^<$X#double> ." \
    "<http://e/s> <http://e/d> \"1\"^^<$X#boolean> ." \
    '<http://e/s> <http://e/e> "a\rb" .' >lits.nt
  run -o lits.ttl lits.nt 2>lits.err
  has "note on the fallback" lits.err "lits.ttl: note: written as N-Triples lines, which are Turtle"
  lines lits.nt >lits.sorted
  lines lits.ttl >lits-back.sorted
  if cmp -s lits.sorted lits-back.sorted; then ok "the Turtle file reads back as the same statements"
  else fail "the Turtle file reads back as other statements"; diff lits.sorted lits-back.sorted; fi
  # The net: an rdf:List node used twice is written by raptor2 as Turtle that does not parse.
  R=http://www.w3.org/1999/02/22-rdf-syntax-ns
  printf '%s\n' "_:l <$R#first> \"1\" ." "_:l <$R#rest> <$R#nil> ." \
    '<http://e/a> <http://e/p> _:l .' '<http://e/b> <http://e/p> _:l .' >list.nt
  set +e
  "$MERGE" -o out.ttl list.nt 2>list.err
  rc=$?
  set -e
  count "exit status when the Turtle output does not read back" 3 "$rc"
  has "the net's message" list.err "out.ttl: error: raptor2's turtle writer made a file that does not parse again"
  has "the hint" list.err "-f ntriples"
  count "previous file kept" "previous content" "$(cat out.ttl)"
  count "no temporary file left" 1 "$(find . -maxdepth 1 -name 'out.ttl*' | wc -l)"
  run -f ntriples -o list.out.nt list.nt
  count "the same graph as N-Triples" 4 "$(lines list.out.nt | wc -l)"
  ;;

*)
  echo "unknown case $CASE"
  exit 2
  ;;
esac

if [ "$FAILS" -gt 0 ]; then
  echo "$CASE: $FAILS check(s) failed"
  exit 1
fi
echo "$CASE: passed"
