#!/usr/bin/env bash
# The province morning, one command:  bash bench/morning/run.sh [throttle req/s, 0 = none] [instances]
# Builds the service (Release), starts it on a fresh SQLite file with the test clock at the chosen Monday 07:00 and a
# fast fake Bot Connector (bench/morning/fake-connector.js; with a throttle it answers 429 + Retry-After above that
# many requests a second), imports the generated province plan (generate.py: 3,000 officers, 150 units, 12,000
# tasks), then moves the clock to Monday 08:00 and reports: the import's time and peak RSS, the time from the clock
# move until the last message reached the connector, the messages, 429s and dead letters, the service's peak RSS
# during the morning (VmHWM from /proc, reset after the import), and the idle round (clock moved one minute with
# nothing due; median of 10).
# Environment: PUBLISHED=dir uses a build published before instead of building, RATE=n sets
#   Delivery:TenantRatePerSecond (default: 0, no limit, without a throttle; 40 with one), MONDAY (2027-03-01), TASKS (12000), BIG=1 also imports a 78,000-task plan first and reports it,
#   POSTGRES="Host=...;Database=..." runs on PostgreSQL instead (the database is dropped and created), SENDERS=n sets
#   Delivery:Senders (4), PORT and CONNECTOR_PORT (3981, 3991) the ports (the second instance takes PORT + 1).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
throttle=${1:-0}
instances=${2:-1}
monday=${MONDAY:-2027-03-01}
tasks=${TASKS:-12000}
connector=${CONNECTOR_PORT:-3991}; port=${PORT:-3981}
rate=${RATE:-$([ "$throttle" -gt 0 ] && echo 40 || echo 0)}

work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

echo "load before: $(uptime)"
python3 "$here/generate.py" --monday "$monday" --tasks "$tasks" -o "$work/province.json"
[ "${BIG:-0}" = 1 ] && python3 "$here/generate.py" --monday "$monday" --tasks 78000 --code 78/KH-UBND -o "$work/big.json"
if [ -n "${PUBLISHED:-}" ]; then
  ln -s "$PUBLISHED" "$work/reformbot"   # a build published before (e.g. of another commit, for before/after)
else
  echo "building ReformBot (Release)..."
  dotnet publish "$root/bot" -c Release -o "$work/reformbot" --nologo -v q >/dev/null
fi

node "$here/fake-connector.js" $connector "$throttle" >"$work/connector.log" 2>&1 & pids+=($!)

storage=(--Storage:Provider=Sqlite --ConnectionStrings:ReformBot="Data Source=$work/bench.db")
sql() { sqlite3 "$work/bench.db" "$1"; }
if [ -n "${POSTGRES:-}" ]; then
  # An Npgsql connection string; its database is dropped and created fresh for the run.
  pg=$(python3 -c "
import sys
kv = dict(p.split('=', 1) for p in sys.argv[1].split(';') if '=' in p)
kv = {k.strip().lower(): v for k, v in kv.items()}
print(f\"host={kv.get('host', '127.0.0.1')} port={kv.get('port', '5432')} user={kv.get('username', 'postgres')} password={kv.get('password', '')}\", kv.get('database', 'reformbot_morning'))" "$POSTGRES")
  pgdb=${pg##* }; pgconn=${pg% *}
  [ "$pgdb" = postgres ] && { echo "give POSTGRES a database of its own (Database=...), it is dropped" >&2; exit 1; }
  psql "$pgconn dbname=postgres" -qc "drop database if exists $pgdb with (force)" -c "create database $pgdb" >/dev/null
  storage=(--Storage:Provider=Postgres --ConnectionStrings:ReformBot="$POSTGRES")
  sql() { psql "$pgconn dbname=$pgdb" -tAF '|' -c "$1"; }
fi
start() { # $1 = port, $2 = node id
  (cd "$work" && ASPNETCORE_ENVIRONMENT=Development exec dotnet "$work/reformbot/ReformBot.dll" \
    --urls "http://127.0.0.1:$1" "${storage[@]}" \
    --Testing:Enabled=true --Testing:ClockStart="${monday}T07:00:00+07:00" \
    --Reminders:SchedulerEnabled=false --Cluster:NodeId="$2" \
    --Bot:MicrosoftAppTenantId=bench-tenant --Bot:DefaultServiceUrl="http://127.0.0.1:$connector/" \
    --Admin:MaxPlanFileBytes=104857600 --Delivery:TenantRatePerSecond="$rate" \
    --Delivery:Senders="${SENDERS:-4}" \
    --Logging:LogLevel:Default=Warning --Logging:LogLevel:ReformBot.Reminders.ReminderCycle=Debug >"$work/reformbot-$1.log" 2>&1) & pids+=($!)
}
start $port bench-1
wait_for() { for _ in $(seq 1 1200); do curl -fs -m 5 -o /dev/null "$1" && return 0; sleep 0.5; done; echo "not up: $1" >&2; cat "$work"/reformbot-*.log >&2; exit 1; }
wait_for "http://127.0.0.1:$port/api/testing/clock"
wait_for "http://127.0.0.1:$connector/count"
pid=$(pgrep -f "ReformBot.dll --urls http://127.0.0.1:$port" | head -1)
status() { grep "^$1:" "/proc/$pid/status" | awk '{print int($2/1024)}'; }
reset_peak() { echo 5 > "/proc/$pid/clear_refs"; }
cpu() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$1/stat"; }  # user + system CPU seconds of a process
ms() { date +%s%3N; }
clock() { curl -fs -X POST "http://127.0.0.1:$port/api/testing/clock" -H 'Content-Type: application/json' -d "{\"now\":\"$1\"}"; }

import() { # $1 = file, $2 = label
  local before t0 t1
  before=$(status VmRSS); reset_peak; t0=$(ms)
  curl -fs -o "$work/import.out" -w '' -X POST "http://127.0.0.1:$port/api/admin/plans" -H 'Content-Type: application/json' --data-binary "@$1" \
    || { echo "import failed:"; cat "$work/import.out"; exit 1; }
  t1=$(ms)
  sleep 3  # let the GC settle before reading the resident set
  echo "import $2: $(( t1 - t0 )) ms, RSS before ${before} MB, peak $(status VmHWM) MB, after $(status VmRSS) MB"
}
echo "service up: RSS $(status VmRSS) MB"
[ "${BIG:-0}" = 1 ] && import "$work/big.json" "78,000 tasks"
import "$work/province.json" "$tasks tasks"

if [ "$instances" -gt 1 ]; then
  start $((port + 1)) bench-2; wait_for "http://127.0.0.1:$((port + 1))/api/testing/clock"
  pid2=$(pgrep -f "ReformBot.dll --urls http://127.0.0.1:$((port + 1))" | head -1)
fi

reset_peak
count() { curl -fs "http://127.0.0.1:$connector/count"; }
field() { python3 -c "import json,sys; print(json.load(sys.stdin)['$1'])"; }
cpu0=$(cpu "$pid"); [ "$instances" -gt 1 ] && cpu20=$(cpu "$pid2")
t0=$(ms)
if [ "$instances" -gt 1 ]; then
  # Both instances move their clocks; planning is deduplicated, sending is shared through the claims.
  curl -fs -o "$work/clock2.out" -X POST "http://127.0.0.1:$((port + 1))/api/testing/clock" -H 'Content-Type: application/json' -d "{\"now\":\"${monday}T08:00:00+07:00\"}" &
  second=$!
fi
clock "${monday}T08:00:00+07:00" >"$work/clock.out"
[ "$instances" -gt 1 ] && wait $second
t1=$(ms)
echo "clock move answered after $(( t1 - t0 )) ms: $(cat "$work/clock.out")"
# Messages put off by a 429 are due again a little later: move the clock on a minute at a time until none is left.
minute=0
pending() { sql "select count(*) from outbox_messages where \"State\"='Pending' and not \"InDailyMessage\"" 2>/dev/null || echo 0; }
while [ "$(pending)" != 0 ] && [ $minute -lt 29 ]; do
  minute=$((minute + 1)); clock "${monday}T08:$(printf %02d $((30 + minute))):00+07:00" >/dev/null  # past wherever the morning left the clock
done
c=$(count)
first=$(echo "$c" | field first); last=$(echo "$c" | field last)
echo "morning: $(echo "$c" | field messages) messages ($(echo "$c" | field conversations) people, $(echo "$c" | field created) chats created), $(echo "$c" | field throttled) answered 429"
echo "morning: clock move to last message $(( last - t0 )) ms (first message after $(( first - t0 )) ms), extra clock minutes $minute"
echo "morning: peak RSS $(status VmHWM) MB, now $(status VmRSS) MB"
echo "morning: CPU of the bot $(python3 -c "print(round($(cpu "$pid") - $cpu0, 1))") s$([ "$instances" -gt 1 ] && echo ", of the second instance $(python3 -c "print(round($(cpu "$pid2") - $cpu20, 1))") s")"
echo "outbox: $(sql "select \"State\" || '=' || count(*) from outbox_messages group by \"State\"" | tr '\n' ' ')"

idle=()
logged=$(grep -c "Reminder round:" "$work/reformbot-$port.log" || true)
for i in $(seq 1 10); do
  a=$(ms); clock "${monday}T09:$(printf %02d "$i"):00+07:00" >/dev/null; b=$(ms); idle+=($(( b - a )))
done
echo "idle clock move through HTTP (clock +1 min, nothing due), ms: ${idle[*]}; median $(printf '%s\n' "${idle[@]}" | sort -n | sed -n 5p)"
# The round's own cost, logged by the service (each clock move runs two rounds: where the clock was, and the target).
grep "Reminder round:" "$work/reformbot-$port.log" | tail -n +$((logged + 1)) | python3 -c "
import re, statistics, sys
r = [tuple(map(float, re.search(r'planning ([0-9.]+) ms, sending ([0-9.]+) ms', l).groups())) for l in sys.stdin]
r and print(f'idle round itself (service log, {len(r)} rounds): planning median {statistics.median(p for p, _ in r):.1f} ms, sending median {statistics.median(s for _, s in r):.1f} ms, whole median {statistics.median(p + s for p, s in r):.1f} ms')
"
echo "load after: $(uptime)"
