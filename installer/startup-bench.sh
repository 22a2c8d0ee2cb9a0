#!/usr/bin/env bash
# Start-up benchmark (not a test): prints, as medians over N runs (wall clock, and the CPU time
# of the process, which a machine busy with other work distorts less),
#   - the time from launching to "Missive X.Y.Z" printed by --version,
#   - the time from launching to the first paint of the main window (a data folder with one
#     administrator without password and 200 contacts, so the window opens without sign-in),
#   - the resident memory (RSS) of the open main window after 3 s idle,
# for: the jar on the JDK on the PATH (as is, and as the README runs it), the installed copy (/opt/missive, if installed), and the
# installed runtime with and without the class data sharing archives compared. (The installed
# "missive" command runs with the C1 compiler alone when given arguments, as here: --data-dir.)
#
#   installer/startup-bench.sh [RUNS]          (default 3 runs; needs a display, else xvfb-run)
#   installer/startup-bench.sh --classlist     regenerates installer/missive.classlist
#
# The window reports its first paint when MISSIVE_STARTUP_PROBE is set (ui/main/StartupProbe).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1280x1024x24" "$0" "$@"
fi
[ -f target/missive.jar ] && [ -f target/missive.jsa ] || ./mvnw -q -B -DskipTests package
jar="$root/target/missive.jar"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
now_ms() { date +%s%3N; }

# A data folder that opens straight on the main window.
data="$work/data"
java -jar "$jar" --data-dir "$data" init --institution "Collège Jean Moulin" --admin "Claire Martin" >/dev/null
{
  echo "Nom;Prénom;Classe;Courriel"
  for i in $(seq 1 200); do echo "Élève$i;Prénom$i;6e B;eleve$i@exemple.fr"; done
} >"$work/contacts.csv"
java -jar "$jar" --data-dir "$data" contacts import "$work/contacts.csv" >/dev/null

# One launch to the first paint: prints "MILLIS CPU_MILLIS RSS_KIB".
window_once() {
  local err="$work/err" t0 pid painted cpu rss=0
  : >"$err"
  t0=$(now_ms)
  MISSIVE_STARTUP_PROBE=1 "$@" --data-dir "$data" 2>"$err" >/dev/null &
  pid=$!
  for _ in $(seq 1 600); do
    grep -q "missive-startup painted-at=" "$err" && break
    sleep 0.05
  done
  painted=$(sed -n 's/.*missive-startup painted-at=\([0-9]*\).*/\1/p' "$err" | head -1)
  cpu=$(sed -n 's/.*missive-startup .* cpu-ms=\([0-9-]*\).*/\1/p' "$err" | head -1)
  if [ -n "$painted" ]; then
    sleep 3
    rss=$(awk '/VmRSS/ { print $2 }' "/proc/$pid/status" 2>/dev/null || echo 0)
  fi
  kill -TERM "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  [ -n "$painted" ] || { echo "no paint reported: $(head -3 "$err")" >&2; return 1; }
  echo "$(( painted - t0 )) $cpu $rss"
}

# One --version: prints "MILLIS CPU_MILLIS".
version_once() {
  /usr/bin/time -f '%e %U %S' -o "$work/time" "$@" --version >/dev/null
  awk '{ printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000 }' "$work/time"
}

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

if [ "${1:-}" = "--classlist" ]; then
  # The classes loaded up to the first paint and by a letter rendered from the command line, the
  # jar's and its libraries' included (the package archives them on the installed jar; the
  # build keeps the JDK's alone for the runtime's default archive).
  window_once java -XX:DumpLoadedClassList="$work/window.classlist" -jar "$jar" >/dev/null
  printf -- '---\ndesignation: Absence\ncategory: absence\nsubject: Absence de {{first_name}}\n---\n%s\n' \
    'Madame, Monsieur, **{{first_name}} {{last_name}}** a été absent *lundi* :' '' '- un ;' '- deux.' >"$work/absence.md"
  java -jar "$jar" --data-dir "$data" letter import "$work/absence.md" >/dev/null
  java -XX:DumpLoadedClassList="$work/letter.classlist" -jar "$jar" --data-dir "$data" \
    letter render Absence --contacts ids=1,2 --out "$work/letters" >/dev/null
  cat "$work/window.classlist" "$work/letter.classlist" | grep -v ' source: ' | awk '!seen[$0]++' >installer/missive.classlist
  echo "installer/missive.classlist: $(wc -l <installer/missive.classlist) lines"
  exit 0
fi

runs="${1:-3}"
report() { # label, command…
  local label="$1"; shift
  : >"$work/v"
  for _ in $(seq 1 "$runs"); do version_once "$@" >>"$work/v"; done
  : >"$work/w"
  for _ in $(seq 1 "$runs"); do window_once "$@" >>"$work/w"; done
  printf '| %s | %s ms (CPU %s ms) | %s ms (CPU %s ms) | %s MB |\n' "$label" \
    "$(cut -d' ' -f1 "$work/v" | median)" "$(cut -d' ' -f2 "$work/v" | median)" \
    "$(cut -d' ' -f1 "$work/w" | median)" "$(cut -d' ' -f2 "$work/w" | median)" \
    "$(( $(cut -d' ' -f3 "$work/w" | median) / 1024 ))"
}

echo "Median of $runs runs on $(nproc) cores, $(java -version 2>&1 | head -1)"
echo "| launched as | --version | main window painted | RSS, window open |"
echo "|---|---|---|---|"
report "java -jar target/missive.jar" java -jar "$jar"
report "the same with JDK_JAVA_OPTIONS=-XX:TieredStopAtLevel=1" env JDK_JAVA_OPTIONS=-XX:TieredStopAtLevel=1 java -jar "$jar"
# The README's run command: the archive made by the package phase serves the jar named as it was
# when made (relative to the project folder, where this script runs).
report "README's run command (C1 compiler alone, the build's class data sharing archive)" \
  java -XX:SharedArchiveFile=target/missive.jsa -XX:TieredStopAtLevel=1 -jar target/missive.jar
installed=/opt/missive
if [ -x "$installed/bin/Missive" ]; then
  report "installed launcher ($installed/bin/Missive)" "$installed/bin/Missive"
  [ -x /usr/bin/missive ] && report "installed missive command (/usr/bin/missive)" /usr/bin/missive
  rt="$installed/lib/runtime/bin/java"
  app=(-cp "$installed/lib/app/missive.jar" fr.missive.Main)
  report "installed runtime with the archive of Missive's classes, C2 compiler too" \
    "$rt" -XX:SharedArchiveFile="$installed/lib/app/missive.jsa" "${app[@]}"
  report "installed runtime, the JDK classes' archive only" "$rt" "${app[@]}"
  "$rt" -Xshare:dump -XX:SharedArchiveFile="$work/jdk-default.jsa" >/dev/null 2>&1
  report "installed runtime, jlink's default CDS archive" "$rt" -XX:SharedArchiveFile="$work/jdk-default.jsa" "${app[@]}"
  report "installed runtime, no CDS" "$rt" -Xshare:off "${app[@]}"
else
  echo "(not installed: build and install the .deb to measure the installed copy)"
fi
