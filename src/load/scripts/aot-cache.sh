#!/usr/bin/env bash
# Makes the JDK's ahead-of-time cache for the production jar (JEP 483/514/515): extracts the jar (the cache
# needs plain jar files on the class path), then runs it once as a training run that starts, serves the
# sign-in page and the public page, and stops; the JVM writes what it loaded, linked and profiled to the cache.
#   src/load/scripts/aot-cache.sh [jar] [folder]      (default: target/tandem-*.jar into target/app)
# Start it afterwards with:  java -XX:AOTCache=target/app/tandem.aot -jar target/app/tandem-*.jar ...
# The training run needs a database (TANDEM_DB_URL etc., as for a real start; by default tandem_load_start on
# 127.0.0.1:3306 as root) and the same JDK and jar as the runs that use the cache.
set -euo pipefail
cd "$(dirname "$0")/../../.."
jar=${1:-$(ls target/tandem-*.jar | grep -v original | head -1)}
out=${2:-target/app}
port=${PORT:-18479}
export TANDEM_DB_URL=${TANDEM_DB_URL:-jdbc:mariadb://127.0.0.1:3306/tandem_load_start}
export TANDEM_DB_USER=${TANDEM_DB_USER:-root} TANDEM_DB_PASSWORD=${TANDEM_DB_PASSWORD:-}
export TANDEM_BOOTSTRAP_ADMIN_USERNAME=${TANDEM_BOOTSTRAP_ADMIN_USERNAME:-start-admin}
export TANDEM_BOOTSTRAP_ADMIN_PASSWORD=${TANDEM_BOOTSTRAP_ADMIN_PASSWORD:-a long start-time passphrase}
if [[ $TANDEM_DB_URL == *127.0.0.1:3306/tandem_load_start ]]; then
  mariadb -h 127.0.0.1 -u root -e "create database if not exists tandem_load_start character set utf8mb4 collate utf8mb4_unicode_ci"
fi
rm -rf "$out"
java -Djarmode=tools -jar "$jar" extract --destination "$out"
app=$(ls "$out"/tandem-*.jar)
java -XX:AOTCacheOutput="$out/tandem.aot" -jar "$app" --spring.profiles.active=prod --server.port="$port" \
  > "$out/training.log" 2>&1 &
pid=$!
until curl -fs -o /dev/null "http://127.0.0.1:$port/login"; do
  kill -0 "$pid" 2>/dev/null || { echo "training run stopped; see $out/training.log"; exit 1; }
  sleep 0.5
done
for path in /login /you-said-we-did /public/you-said-we-did.json /actuator/health "/login?v-r=init&location=login"; do
  curl -fs -o /dev/null "http://127.0.0.1:$port$path" || true
done
kill "$pid"; wait "$pid" || true
ls -l "$out/tandem.aot"
