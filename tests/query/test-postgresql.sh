#!/usr/bin/env bash
# forumkg query test: PostgreSQL. Starts Debian's PostgreSQL on a loopback port in a temporary
# directory (as the postgres system user when run as root: initdb refuses root), loads the
# fixture with `forumkg load --store postgresql:...`, and checks that every query gives the same
# rows as oxigraph; a second load adds nothing, a missing model is exit 3 for a query. The server
# is stopped on exit, whatever happened. A missing storage module or server is a failure.
source "$(dirname "$0")/lib.sh"

module=$(find /usr/lib -name 'librdf_storage_postgresql.so' -print -quit 2>/dev/null || true)
[[ -n "$module" ]] ||
  fail "Redland's postgresql storage is not installed (Debian package librdf-storage-postgresql)"
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
[[ -x "$pgbin/initdb" && -x "$pgbin/pg_ctl" ]] ||
  fail "PostgreSQL's server is not installed (Debian package postgresql)"

# Who runs the server: root may not, so the postgres system user does.
as_pg=()
if [[ $(id -u) == 0 ]]; then
  id postgres >/dev/null 2>&1 || fail "no postgres system user (Debian package postgresql)"
  chown postgres "$TMP"
  as_pg=(runuser -u postgres --)
fi
pg() { (cd "$TMP" && "${as_pg[@]+"${as_pg[@]}"}" "$@"); }

# A free loopback port, 54329 when it is free.
port=
for p in $(seq 54329 54359); do
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then port=$p; break; fi
done
[[ -n "$port" ]] || fail "no free port in 54329..54359"

pg "$pgbin/initdb" -D "$TMP/data" -U postgres -A trust -E UTF8 --locale=C --no-sync >"$TMP/initdb.log" 2>&1 ||
  { cat "$TMP/initdb.log"; fail "initdb failed"; }
on_exit+=("pg '$pgbin/pg_ctl' -D '$TMP/data' -m immediate -w stop >/dev/null 2>&1")
# Redland's postgresql storage takes a connection of its own for every triple pattern being
# matched at once (it hands a busy connection to no one), and compare_all runs every query side by
# side: the bundled queries' OPTIONALs hold more than the default 100 together.
pg "$pgbin/pg_ctl" -D "$TMP/data" -l "$TMP/server.log" -w -t 30 \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $TMP -c fsync=off -c max_connections=400" start >/dev/null ||
  { cat "$TMP/server.log"; fail "the PostgreSQL server did not start"; }
pg "$pgbin/createdb" -h 127.0.0.1 -p "$port" -U postgres kg || fail "createdb failed"
echo "ok   PostgreSQL $("$pgbin/postgres" --version | awk '{print $NF}') on 127.0.0.1:$port"

store="postgresql:host=127.0.0.1,port=$port,database=kg,user=postgres,password="
rc=0; "$FKG" load --store "$store" "$FIXTURE" 2>"$TMP/load.err" || rc=$?
((rc == 0)) || { cat "$TMP/load.err"; fail "load exited $rc"; }
oxigraph_dump "$FIXTURE" "$TMP/oxigraph"
status=0
compare_all "$TMP/oxigraph" --store "$store" || status=1

n0=$(count_statements --data "$FIXTURE")
"$FKG" load --store "$store" "$FIXTURE" 2>/dev/null || { echo "FAIL second load"; status=1; }
n=$(count_statements --store "$store")
[[ "$n" == "$n0" ]] && echo "ok   $n statements, loaded twice" || { echo "FAIL $n statements in the store, $n0 in the fixture"; status=1; }

# Queries never change the store: an update is refused and the count stays.
rc=0; "$FKG" query --store "$store" -e 'INSERT DATA { <urn:a> <urn:b> "c" }' >/dev/null 2>&1 || rc=$?
[[ $rc == 2 && "$(count_statements --store "$store")" == "$n0" ]] && echo "ok   update refused" || { echo "FAIL update: exit $rc"; status=1; }

# Another model name in the same database does not exist yet: exit 3 for a query, named.
rc=0; "$FKG" query --store "$store,model=other" -e 'ASK {}' >/dev/null 2>"$TMP/err" || rc=$?
[[ $rc == 3 ]] && grep -q 'model=other' "$TMP/err" && echo "ok   missing model: exit 3" || { echo "FAIL missing model: exit $rc"; cat "$TMP/err"; status=1; }
# A server that is not there: exit 3, and the password is not shown.
rc=0; "$FKG" query --store "postgresql:host=127.0.0.1,port=1,database=kg,user=postgres,password=sekret" -e 'ASK {}' >/dev/null 2>"$TMP/err" || rc=$?
[[ $rc == 3 ]] && ! grep -q sekret "$TMP/err" && echo "ok   no server: exit 3" || { echo "FAIL no server: exit $rc"; cat "$TMP/err"; status=1; }
exit $status
