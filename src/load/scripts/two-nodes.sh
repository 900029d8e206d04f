#!/usr/bin/env bash
# Two production jars on one MariaDB behind HAProxy with sticky sessions; the load test runs through the proxy
# and one node is killed with kill -9 half-way. Then it shows (README "Running on several servers"):
#  - a person signed in on the dead node is asked to sign in again, and can, on the other node;
#  - every update and feedback item whose save was answered is in the database (nothing saved is lost);
#  - the report, each of its copies and each person's digest exist once (Quartz's cluster runs each firing once);
#  - the surviving node's Quartz took over: the dead node leaves the cluster and the triggers go on firing.
#   src/load/scripts/two-nodes.sh [people] [minutes]          (default 100 people for 2 minutes)
# Needs the production jar (./mvnw -Pproduction package -DskipTests), HAProxy and MariaDB on 127.0.0.1:3306 as
# root. Writes target/load/two-nodes/summary.md, the nodes' logs and Gatling's report (target/gatling).
set -euo pipefail
cd "$(dirname "$0")/../../.."
people=${1:-100}; minutes=${2:-2}
db=tandem_load_two
out=target/load/two-nodes
proxy=http://127.0.0.1:18600
rm -rf "$out"; mkdir -p "$out"
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}; export PATH=$JAVA_HOME/bin:$PATH
sql() { mariadb -h 127.0.0.1 -u root -N -B "$db" -e "$1"; }
say() { echo "$*" | tee -a "$out/summary.md"; }

./mvnw -B -ntp -q -Pload test-compile dependency:build-classpath -Dmdep.outputFile=target/load-classpath.txt \
  -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat target/load-classpath.txt)" org.tandem.load.LoadData "$db" \
  > "$out/data.log" 2>&1

# So that the scheduled work happens during the test: the update deadline is today (the update reminders are
# due, so the digest, every minute on both nodes, has something for each owner), and the current half-term's
# board meeting is a week ahead with the report's time four minutes from now: it falls due after the kill, for
# the survivor to produce. (Issuing it closes the half-term to updates, so it comes after the updates' part.)
sql "update half_term set board_meeting = date_add(curdate(), interval 7 day)
     where start_date <= curdate() and end_date >= curdate()"
days_left=$(sql "select datediff(end_date, curdate()) from half_term
                 where start_date <= curdate() and end_date >= curdate()")
report_at=$(date -d '+4 minutes' '+%H:%M')

if [[ -f target/app/tandem.aot ]]; then
  launch=(-XX:AOTCache=target/app/tandem.aot -jar "$(ls target/app/tandem-*.jar)")
else
  launch=(-jar "$(ls target/tandem-*.jar | grep -v original | head -1)")
fi
pids=()
start_node() { # name port
  TANDEM_DB_URL=jdbc:mariadb://127.0.0.1:3306/$db TANDEM_DB_USER=root TANDEM_DB_PASSWORD= TANDEM_NODE_NAME=$1 \
  java -Xms256m -Xmx1g "${launch[@]}" --spring.profiles.active=prod --server.port="$2" \
    --server.servlet.session.cookie.secure=false --tandem.mail.outbox=true \
    '--tandem.reminders.cron=0 * * * * ?' '--tandem.report.check-cron=0/20 * * * * ?' \
    --tandem.report.time="$report_at" --tandem.report.days-before-board-meeting=7 \
    --tandem.updates.deadline-days-before-end="${days_left:-10}" \
    --spring.quartz.properties.org.quartz.scheduler.instanceId="node-$1" \
    --spring.quartz.properties.org.quartz.jobStore.clusterCheckinInterval=5000 \
    > "$out/node-$1.log" 2>&1 &
  pids+=($!)
  echo $!
}
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT
pid_a=$(start_node a 18601); pid_b=$(start_node b 18602)
pids=("$pid_a" "$pid_b")
for port in 18601 18602; do
  until curl -fs -o /dev/null "http://127.0.0.1:$port/actuator/health"; do sleep 1; done
done
haproxy -f config/haproxy-two-nodes.cfg -db > "$out/haproxy.log" 2>&1 &
pids+=($!)
until curl -fs -o /dev/null "$proxy/actuator/health"; do sleep 0.5; done

say "# Two nodes behind HAProxy, $(date -u '+%d/%m/%Y %H:%M') UTC"
say ""
say "$people people for $minutes minutes through $proxy; load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"

# One person signs in through the proxy; the cookie TANDEM_NODE says which node holds their session.
jar=$out/person.cookies
admin=$(sql "select min(u.username) from user_account u join user_role r on r.user_id = u.id where r.role = 'ADMIN'")
sign_in() {
  curl -s -o /dev/null -c "$jar" -b "$jar" "$proxy/login"
  curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -c "$jar" -b "$jar" -X POST \
    --data-urlencode "username=$admin" --data-urlencode "password=a load-test passphrase for everyone" "$proxy/login"
}
say "- $admin signs in through the proxy: $(sign_in) on node $(awk '$6 == "TANDEM_NODE" {print $7}' "$jar")"
victim=$(awk '$6 == "TANDEM_NODE" {print $7}' "$jar")
[[ $victim == a ]] && victim_pid=$pid_a survivor=b || { victim_pid=$pid_b; survivor=a; }

./mvnw -B -ntp -Pload gatling:test -Dtandem.load.base-url=$proxy -Dtandem.load.database=$db \
  -Dtandem.load.nodes=http://127.0.0.1:18601,http://127.0.0.1:18602 -Dtandem.load.people="$people" \
  -Dtandem.load.minutes="$minutes" -Dtandem.load.ramp-seconds=30 > "$out/gatling.log" 2>&1 &
gatling=$!
sleep $((30 + minutes * 30))
killed_at=$(date -u '+%Y-%m-%d %H:%M:%S')
kill -9 "$victim_pid"
say "- $killed_at UTC: kill -9 node $victim (pid $victim_pid), with $(sql "select count(*) from progress_update where narrative like 'Load test%'") updates saved so far"
sleep 6
say "- the same person's next page: $(curl -s -o /dev/null -w '%{http_code} to %{redirect_url}' -b "$jar" "$proxy/") (asked to sign in again)"
say "- signs in again: $(sign_in) on node $(awk '$6 == "TANDEM_NODE" {print $7}' "$jar")"
wait "$gatling" || true
# The report's moment, and a last digest firing and cluster check-in on the survivor.
for _ in $(seq 1 24); do
  [[ $(sql "select count(*) from report_delivery where status <> 'PENDING'") -gt 0 ]] && break
  sleep 5
done
sleep 20

saves_ok=$(grep -E '^> My actions: save the update ' "$out/gatling.log" | tail -1 | awk -F'|' '{gsub(/ /,"",$3); print $3}')
logs_ok=$(grep -E '^> Log feedback: save ' "$out/gatling.log" | tail -1 | awk -F'|' '{gsub(/ /,"",$3); print $3}')
say "- updates saved with an answer: ${saves_ok:-?}; in the database: $(sql "select count(*) from progress_update where narrative like 'Load test%'")"
say "- $(grep -m1 '^Updates the page confirmed' "$out/gatling.log" || echo 'no count of confirmed saves')"
say "- feedback logged with an answer: ${logs_ok:-?}; in the database: $(sql "select count(*) from feedback_item where what_was_said like 'Load test%'" 2>/dev/null || echo '?')"
say "- failed requests in Gatling: $(grep -E '^> request count' "$out/gatling.log" | tail -1 | awk -F'|' '{gsub(/ /,"",$4); print $4}') (the dead node's people, until they sign in again)"
say "- the report was due at $report_at today; produced by: $(grep -l 'Producing the board report' "$out"/node-*.log | xargs -r -n1 basename | tr '\n' ' ')($(cat "$out"/node-*.log | grep -c 'Producing the board report') time(s) in all)"
say "- digest runs that sent e-mail: $(grep -h -o 'Reminder digests for .*DigestRun\[sent=[1-9][0-9]*[^]]*\]' "$out"/node-*.log | tr '\n' ';' ) on nodes $(grep -l 'DigestRun\[sent=[1-9]' "$out"/node-*.log | xargs -r -n1 basename | tr '\n' ' ')"
say "- reports issued: $(sql "select count(*) from issued_report") for $(sql "select count(distinct half_term_id) from issued_report") half-terms; copies: $(sql "select count(*) from report_delivery"), to $(sql "select count(distinct report_id, recipient_key) from report_delivery") distinct recipients"
say "- report copies by status and sending node: $(sql "select group_concat(concat(status, ' by ', coalesce(claimed_by, '-'), ': ', n) separator '; ') from (select status, claimed_by, count(*) n from report_delivery group by status, claimed_by) d")"
say "- digests claimed: $(sql "select count(*) from reminder_digest") for $(sql "select count(distinct recipient_id, digest_date) from reminder_digest") person-days"
say "- e-mails written: $(sql "select count(*) from outgoing_mail"); the same recipient and subject twice: $(sql "select count(*) from (select recipient, subject from outgoing_mail group by recipient, subject having count(*) > 1) twice")"
say "- Quartz cluster now: $(sql "select group_concat(instance_name) from QRTZ_SCHEDULER_STATE") (node $victim gone)"
say "- digest trigger last fired: $(sql "select from_unixtime(prev_fire_time / 1000) from QRTZ_TRIGGERS where trigger_name = 'reminder-digest'") (after the kill at $killed_at: the survivor, node $survivor, fires it)"
say "- node $survivor's log on the takeover: $(grep -m1 -o 'ClusterManager: detected [0-9]* failed or restarted instances' "$out/node-$survivor.log" | tail -1 || echo 'none found')"
say "- load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
cp "$out/summary.md" /dev/stdout >/dev/null
