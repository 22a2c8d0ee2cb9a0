#!/usr/bin/env bash
# Times the real command that imports 100,000 contacts, JVM start included, in a heap of 256 MB:
#
#   java -Xmx256m -jar target/missive.jar --data-dir DATA contacts import eleves.csv
#
# on a fresh data folder each run (one administrator, no contact). The file is the pupils export
# of fr.missive.bench.ContactCsvGenerator (Windows-1252, ';', one legal guardian per pupil, 5 % of
# broken e-mail addresses, some pupils listed twice), made once in target/import-bench.
# Usage (from the project folder): src/test/scripts/import-bench.sh [rows] [runs]
# Builds target/missive.jar first unless SKIP_BUILD=1. JAR names another jar to time (a reference
# build, say); JAVA_OPTS replaces -Xmx256m. Prints, for each run, wall-clock time, CPU time
# (user + sys, every thread) and the largest resident memory, with the load average.
# Target: under 4 s within -Xmx256m.
set -euo pipefail

rows=${1:-100000}
runs=${2:-3}
cd "$(dirname "$0")/../../.."
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
    ./mvnw -q -B -DskipTests package
fi
jar=${JAR:-target/missive.jar}
bench=target/import-bench
mkdir -p "$bench"
csv=$bench/eleves-$rows.csv
if [[ ! -f $csv ]]; then
    java src/test/java/fr/missive/bench/ContactCsvGenerator.java "$rows" "$csv"
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for ((run = 1; run <= runs; run++)); do
    rm -rf "$work/data"
    java -jar "$jar" --data-dir "$work/data" init --institution "Collège Jean Moulin" --admin "Jeanne Martin" \
        >/dev/null
    load=$(cut -d' ' -f1 /proc/loadavg)
    /usr/bin/time -o "$work/time" -f '%e %U %S %M' \
        java ${JAVA_OPTS:--Xmx256m} -jar "$jar" --data-dir "$work/data" contacts import "$csv" >"$work/out" 2>&1 \
        || { tail -5 "$work/out"; exit 1; }
    read -r real user sys rss <"$work/time"
    summary=$(grep -E '^(Lines read|Legal guardians)' "$work/out" | tr '\n' ' ')
    awk -v real="$real" -v cpu="$(echo "$user + $sys" | bc)" -v rss="$rss" -v r="$run" -v load="$load" 'BEGIN {
        printf "run %d: %.2f s (JVM start included); cpu %.2f s; max RSS %d MB; load %s\n",
            r, real, cpu, rss / 1024, load }'
    echo "    $summary"
done
