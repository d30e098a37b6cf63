#!/usr/bin/env bash
# The largest plan import, one command:  bash bench/import/run.sh
# Generates a 78,000-task province plan (bench/morning/generate.py: 150 units, 3,000 officers, 78,000 tasks, one monthly
# report), publishes the service (Release), starts it on a fresh database and reports, for the admin API
# (POST /api/admin/plans) and then the command line (`ReformBot.dll import file.json`, what `dotnet run --project bot --
# import` runs):
#   - the first import (the plan is new), the same file again (unchanged), and a revision (1,000 task titles and 500
#     deadlines changed, 100 tasks removed, 100 added): wall time of the HTTP call, and the CPU time the service used
#     meanwhile (utime + stime from /proc/<pid>/stat), which says more than the wall time on a shared machine;
#   - RSS from /proc/<pid>/status: before (the service up and a 10-task plan imported, so the code paths are warm), peak
#     (VmHWM, reset with /proc/<pid>/clear_refs before each import), after (3 s after the answer), and after a second
#     10-task import (what the service keeps once the next ordinary work has run; the 78,000-task import itself asks the
#     GC to give its memory back when the body was over 1 MB, no diagnostic endpoint is involved);
#   - the command line: wall time and peak RSS (/usr/bin/time) of the whole process, on a fresh database.
# The load average is printed with each figure: the machine may be shared.
# Environment: PUBLISHED=dir uses a build published before (e.g. of another commit, for before/after);
#   POSTGRES="Host=...;Username=...;Password=..." runs on PostgreSQL (a database reformbot_import_bench is dropped and
#   created; psql needed); TASKS (78000); PORT (3971).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
tasks=${TASKS:-78000}
port=${PORT:-3971}

work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

load() { cut -d' ' -f1-3 /proc/loadavg; }
echo "load before: $(load)"
gen="$root/bench/morning/generate.py"
python3 "$gen" --tasks "$tasks" --code 78/KH-UBND -o "$work/big.json"
python3 "$gen" --tasks 10 --units 5 --officers-per-unit 2 --code 1/KH-WARM -o "$work/warm.json"
python3 "$gen" --tasks 10 --units 5 --officers-per-unit 2 --code 2/KH-WARM -o "$work/warm2.json"
python3 - "$work/big.json" "$work/revised.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1], encoding="utf-8"))
t = plan["tasks"]
for i in range(0, 2000, 2):
    t[i]["title"] += " (sửa đổi)"
for i in range(1, 1000, 2):
    t[i]["deadline"] = "2027-12-30"
removed = t[-100:]
del t[-100:]
for i, r in enumerate(removed):
    r = dict(r); r["ref"] = f"99.{i + 1}"; t.append(r)
json.dump(plan, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False, separators=(",", ":"))
PY
echo "files: $(du -m "$work/big.json" | cut -f1) MB ($tasks tasks), revised $(du -m "$work/revised.json" | cut -f1) MB"

if [ -n "${PUBLISHED:-}" ]; then
  ln -s "$PUBLISHED" "$work/reformbot"
else
  echo "building ReformBot (Release)..."
  dotnet publish "$root/bot" -c Release -o "$work/reformbot" --nologo -v q >/dev/null
fi

fresh_db() { # $1 = name; sets storage=(the storage arguments)
  if [ -n "${POSTGRES:-}" ]; then
    local db="reformbot_import_bench_$1" base
    base=$(echo "$POSTGRES" | sed 's/Database=[^;]*;\?//; s/;$//')
    psql "$(echo "$base" | sed 's/;/ /g; s/Host=/host=/; s/Port=/port=/; s/Username=/user=/; s/Password=/password=/') dbname=postgres" -q \
      -c "drop database if exists $db with (force)" -c "create database $db" >/dev/null
    storage=(--Storage:Provider=Postgres "--ConnectionStrings:ReformBot=$base;Database=$db")
  else
    storage=(--Storage:Provider=Sqlite "--ConnectionStrings:ReformBot=Data Source=$work/$1.db")
  fi
}
provider=$([ -n "${POSTGRES:-}" ] && echo PostgreSQL || echo SQLite)

fresh_db api
(cd "$work" && ASPNETCORE_ENVIRONMENT=Development exec dotnet "$work/reformbot/ReformBot.dll" --urls "http://127.0.0.1:$port" "${storage[@]}" \
  --Reminders:SchedulerEnabled=false --Admin:MaxPlanFileBytes=104857600 --Logging:LogLevel:Default=Warning \
  --Logging:LogLevel:ReformBot.Storage.PlanStore=Information >"$work/reformbot.log" 2>&1) & pids+=($!)
for _ in $(seq 1 600); do curl -fs -m 5 -o /dev/null "http://127.0.0.1:$port/healthz" && break; sleep 0.5; done
curl -fs -m 5 -o /dev/null "http://127.0.0.1:$port/healthz" || { echo "not up"; cat "$work/reformbot.log"; exit 1; }
pid=${pids[-1]}  # the subshell exec-ed dotnet: same process
status() { grep "^$1:" "/proc/$pid/status" | awk '{print int($2/1024)}'; }
cpu() { awk -v t="$(getconf CLK_TCK)" '{printf "%d", ($14 + $15) * 1000 / t}' "/proc/$pid/stat"; }  # ms of CPU used so far
ms() { date +%s%3N; }
post() { # $1 = file; echoes the HTTP status
  curl -s -o "$work/import.out" -w '%{http_code}' -X POST "http://127.0.0.1:$port/api/admin/plans" \
    -H 'Content-Type: application/json' --data-binary "@$1"
}
import() { # $1 = file, $2 = label
  local before code t0 t1 c0 c1 peak
  before=$(status VmRSS); echo 5 > "/proc/$pid/clear_refs"; t0=$(ms); c0=$(cpu)
  code=$(post "$1"); t1=$(ms); c1=$(cpu)
  peak=$(status VmHWM); sleep 3
  echo "$provider API $2: HTTP $code in $(( t1 - t0 )) ms ($(( c1 - c0 )) ms of CPU); RSS before $before MB, peak $peak MB, after $(status VmRSS) MB (load $(load))"
  [[ "$code" == 20* ]] || { cat "$work/import.out"; echo; }
}
post "$work/warm.json" >/dev/null; sleep 2
echo "$provider service up, 10-task plan imported: RSS $(status VmRSS) MB"
import "$work/big.json" "first import"
post "$work/warm2.json" >/dev/null; sleep 2
echo "$provider API after a second 10-task import: RSS $(status VmRSS) MB"
import "$work/big.json" "same file again (unchanged)"
import "$work/revised.json" "revision"
post "$work/warm.json" >/dev/null; sleep 2
echo "$provider API after another 10-task import: RSS $(status VmRSS) MB"
echo "the service's own timing of each import (PlanStore log):"
grep -A1 "ReformBot.Storage.PlanStore" "$work/reformbot.log" | grep -v "ReformBot.Storage.PlanStore\|^--" | sed 's/^ */  /' || true

fresh_db cli
(cd "$work" && ASPNETCORE_ENVIRONMENT=Development dotnet "$work/reformbot/ReformBot.dll" migrate "${storage[@]}" >/dev/null)
t0=$(ms)
(cd "$work" && ASPNETCORE_ENVIRONMENT=Development /usr/bin/time -f "%M %U %S" -o "$work/cli.time" \
  dotnet "$work/reformbot/ReformBot.dll" import "$work/big.json" "${storage[@]}" --Logging:LogLevel:Default=Warning >"$work/cli.out" 2>&1) \
  || { echo "CLI import failed:"; tail -n 20 "$work/cli.out"; }
t1=$(ms)
read -r kb user sys < <(tail -1 "$work/cli.time")
echo "$provider CLI first import: $(( t1 - t0 )) ms for the whole process, start-up included ($(echo "($user + $sys) * 1000 / 1" | bc) ms of CPU), peak RSS $(( kb / 1024 )) MB (load $(load))"
echo "load after: $(load)"
