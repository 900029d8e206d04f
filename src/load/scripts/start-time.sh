#!/usr/bin/env bash
# Seconds from `java -jar` to the first 200 of the sign-in page, on MariaDB with the prod profile.
#   src/load/scripts/start-time.sh [runs] [extra java options...]
# e.g. src/load/scripts/start-time.sh 3                                    (plain)
#      src/load/scripts/start-time.sh 3 -XX:AOTCache=target/tandem.aot      (with the AOT cache, see README "Start time")
# Uses the database tandem_load_start on 127.0.0.1:3306 (root, no password) unless TANDEM_DB_URL is set.
# Prints one line per run with the machine's load average at the time.
set -euo pipefail
cd "$(dirname "$0")/../../.."
runs=${1:-3}; shift || true
jar=${TANDEM_JAR:-$(ls target/tandem-*.jar | grep -v original | head -1)}
port=${PORT:-18480}
export TANDEM_DB_URL=${TANDEM_DB_URL:-jdbc:mariadb://127.0.0.1:3306/tandem_load_start}
export TANDEM_DB_USER=${TANDEM_DB_USER:-root} TANDEM_DB_PASSWORD=${TANDEM_DB_PASSWORD:-}
export TANDEM_BOOTSTRAP_ADMIN_USERNAME=start-admin TANDEM_BOOTSTRAP_ADMIN_PASSWORD='a long start-time passphrase'
db=${TANDEM_DB_URL##*/}
mariadb -h 127.0.0.1 -u root -e "create database if not exists \`$db\` character set utf8mb4 collate utf8mb4_unicode_ci"
for run in $(seq 1 "$runs"); do
  started=$(date +%s.%N)
  java "$@" -jar "$jar" --spring.profiles.active=prod --server.port="$port" > "target/start-time-$run.log" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$port/login"; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "the jar stopped; see target/start-time-$run.log"; exit 1; fi
    sleep 0.1
  done
  ended=$(date +%s.%N)
  # CPU seconds the JVM spent until then (user + system): steadier than the wall time on a shared machine.
  cpu=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$pid/stat")
  printf 'run %s: %.1f s to the sign-in page, %s s of CPU (load average %s)\n' "$run" \
    "$(echo "$ended - $started" | bc)" "$cpu" "$(cut -d' ' -f1-3 /proc/loadavg)"
  kill "$pid"; wait "$pid" 2>/dev/null || true
done
