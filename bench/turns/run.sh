#!/usr/bin/env bash
# Side-by-side turn bench, one command:  bash bench/turns/run.sh [seconds per run] [rounds]
# ReformBot (Release, Development, SQLite, no app id) and the official botbuilder-js echo bot get the same wrk load
# (CONNECTIONS connections, 2 threads) posting "giúp" message activities; both reply to the same fast fake connector.
# Runs alternate (ReformBot, echo, ReformBot, ...) for the given rounds; the table gives replies/s counted at the
# connector during each run, HTTP p50/p99 and refusals (non-2xx), then the medians and their ratio.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
duration=${1:-20}
rounds=${2:-3}
connections=${CONNECTIONS:-32}
conversations=${CONVERSATIONS:-12}
connector=3990; echo_port=3979; bot_port=3978

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
command -v node >/dev/null || { echo "node is needed for the echo bot" >&2; exit 2; }
[ -d "$here/node_modules/botbuilder" ] || (cd "$here" && npm install --no-audit --no-fund --loglevel=error)

work=$(mktemp -d)
pids=()
# KEEP=1 keeps the logs and the database (their folder is printed at the end).
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  if [ "${KEEP:-0}" = 1 ]; then echo "logs and database kept in $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

# Published under bench/turns/bin (ignored by git); a second run only rebuilds what changed. BUILD=0 skips it.
out="$here/bin/reformbot"
if [ "${BUILD:-1}" != 0 ] || [ ! -f "$out/ReformBot.dll" ]; then
  echo "building ReformBot (Release)..."
  dotnet publish "$root/bot" -c Release -o "$out" --nologo -v q >/dev/null
fi

node "$here/fake-connector.js" $connector >"$work/connector.log" 2>&1 & pids+=($!)
node "$here/echo-bot.js" $echo_port >"$work/echo.log" 2>&1 & pids+=($!)
echo_pid=$!
(cd "$work" && ASPNETCORE_ENVIRONMENT=Development exec dotnet "$out/ReformBot.dll" \
  --urls "http://127.0.0.1:$bot_port" \
  --ConnectionStrings:ReformBot="Data Source=$work/bench.db" \
  --Reminders:SchedulerEnabled=false ${REFORMBOT_ARGS:-} >"$work/reformbot.log" 2>&1) & pids+=($!)
bot_pid=$!  # the subshell execs dotnet, so this is the service's own pid

wait_for() { for _ in $(seq 1 1200); do curl -fs -o /dev/null "$1" && return 0; sleep 0.5; done; echo "not up: $1" >&2; exit 1; }
wait_for "http://127.0.0.1:$bot_port/healthz"
wait_for "http://127.0.0.1:$connector/count"
count() { curl -fs "http://127.0.0.1:$connector/count" | sed -E 's/.*"replies":([0-9]+).*/\1/'; }
settle() { local last=-1 now; now=$(count); while [ "$now" != "$last" ]; do last=$now; sleep 2; now=$(count); done; }

# Link one conversation per officer of the sample plan, as a person would: a link code, then "liên kết <code>".
officers=$(curl -fs "http://127.0.0.1:$bot_port/api/admin/plans/104/KH-UBND" 2>/dev/null \
  | python3 -c 'import json,sys; print(" ".join(o["id"] for o in json.load(sys.stdin)["officers"]))' 2>/dev/null \
  || echo "lv.pnv.tp lv.pnv.cv1 lv.pnv.cv2 lv.vp.cvp lv.vp.cv1 lv.ptp.tp lv.ptckh.tp lv.ptckh.cv1 lv.pvhtt.tp lv.pvhtt.cv1 lv.xa.ct lv.tt.ct")
i=0
for officer in $officers; do
  [ "$i" -lt "$conversations" ] || break
  code=$(curl -fs -X POST "http://127.0.0.1:$bot_port/api/admin/officers/$officer/link-code" | sed -E 's/.*"code":"([0-9]+)".*/\1/')
  curl -fs -o /dev/null -X POST "http://127.0.0.1:$bot_port/api/messages" -H 'Content-Type: application/json' -d "{\"type\":\"message\",\"id\":\"link-$i\",\"channelId\":\"msteams\",\"serviceUrl\":\"http://127.0.0.1:$connector/\",\"from\":{\"id\":\"bench-user-$i\",\"name\":\"Bench $i\"},\"recipient\":{\"id\":\"bench-bot\"},\"conversation\":{\"id\":\"bench-conv-$i\",\"conversationType\":\"personal\"},\"text\":\"liên kết $code\"}"
  i=$((i + 1))
done
conversations=$i
settle

load() { cut -d' ' -f1 /proc/loadavg; }
# CPU time (user + system, ms) a process has used so far, from /proc/<pid>/stat: load-independent, unlike replies/s.
ticks=$(getconf CLK_TCK)
cpu_ms() { awk -v t="$ticks" '{ sub(/^.*\) /, ""); print int(($12 + $13) * 1000 / t) }' "/proc/$1/stat"; }
printf '%-10s %5s %10s %8s %8s %12s %12s %6s\n' target round replies/s p50_ms p99_ms refused cpu_ms/reply load
results="$work/results.tsv"
for round in $(seq 1 "$rounds"); do
  for target in reformbot echo; do
    port=$bot_port; pid=$bot_pid; [ "$target" = echo ] && port=$echo_port && pid=$echo_pid
    before=$(count); cpu_before=$(cpu_ms "$pid")
    json=$(CONVERSATIONS=$conversations SERVICE_URL="http://127.0.0.1:$connector/" RUN_ID="$target$round" \
      wrk -t2 -c"$connections" -d"${duration}s" -s "$here/load.lua" "http://127.0.0.1:$port" | tail -n 1)
    after=$(count)
    field() { echo "$json" | sed -E "s/.*\"$1\":([0-9.]+).*/\1/"; }
    secs=$(field seconds); p50=$(field p50ms); p99=$(field p99ms); refused=$(field refused); requests=$(field requests)
    rate=$(awk -v a="$after" -v b="$before" -v s="$secs" 'BEGIN { printf "%.0f", (a - b) / s }')
    # CPU per reply over the run and the settling after it (ReformBot answers from its inbox after the 200).
    settle
    settled=$(count); cpu_after=$(cpu_ms "$pid")
    per=$(awk -v c="$((cpu_after - cpu_before))" -v n="$((settled - before))" 'BEGIN { printf "%.2f", (n > 0 ? c / n : 0) }')
    printf '%-10s %5s %10s %8s %8s %12s %12s %6s\n' "$target" "$round" "$rate" "$p50" "$p99" "$refused/$requests" "$per" "$(load)"
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$target" "$rate" "$p50" "$p99" "$refused" "$requests" "$per" >>"$results"
  done
done

# Medians over the rounds (replies/s, p50, p99), refusals summed.
median() { grep "^$1	" "$results" | cut -f"$2" | sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
total() { grep "^$1	" "$results" | cut -f"$2" | awk '{ s += $1 } END { print s + 0 }'; }
echo
echo "Summary: $rounds alternated rounds of wrk -t2 -c$connections -d${duration}s, $conversations conversations, $(nproc) cores, load $(load) at the end"
echo
printf '| %-20s | %18s | %14s | %14s | %16s | %20s |\n' "" "replies/s (median)" "p50 ms (median)" "p99 ms (median)" "refused / sent" "CPU ms/reply (median)"
printf '|%s|%s|%s|%s|%s|%s|\n' "----------------------" "--------------------" "----------------" "----------------" "------------------" "----------------------"
for target in reformbot echo; do
  name=ReformBot; [ "$target" = echo ] && name="botbuilder-js echo"
  printf '| %-20s | %18s | %14s | %14s | %16s | %20s |\n' "$name" "$(median $target 2)" "$(median $target 3)" "$(median $target 4)" "$(total $target 5) / $(total $target 6)" "$(median $target 7)"
done
bot=$(median reformbot 2); peer=$(median echo 2)
echo
awk -v b="$bot" -v e="$peer" 'BEGIN { printf "Ratio of medians (ReformBot / echo): %.2f\n", (e > 0 ? b / e : 0) }'
