#!/usr/bin/env bash
# Times the real command that delivers a mailing, JVM start included:
#
#   java -jar target/missive.jar --data-dir DATA outbox run --until-empty
#
# against its reference in the same run: a plain Python 3 smtplib client (standard library only)
# sending the very same messages, byte for byte, over one connection. Both send to Debian's
# Postfix, a private instance started here on a loopback port (its configuration, queue and log in
# a temporary folder; mail for example.org is accepted, queued as Postfix always does, with its
# fsync, and then discarded).
#
# The messages are queued once, untimed, by `send letter … --contacts all --attach-pdf` (letter
# e-mails with a one-page PDF of about 26 KB); the queued data folder is copied aside and restored
# before each Missive run, so every run delivers the same messages. Their bytes and envelopes are
# also written to files for the Python client. Then the two alternate RUNS times.
#
# Usage (from the project folder, as root: Postfix's master must start as root):
#   src/test/scripts/delivery-bench.sh [messages] [runs]        (default 1000 5)
# Builds target/missive.jar first unless SKIP_BUILD=1; JAR names another jar to time (a reference
# build, with its own missive.jsa beside it). Target: Missive within 1.5× of Python.
# JAVA_OPTS, if set, is passed to every java command: JAVA_OPTS=-XX:TieredStopAtLevel=1 runs
# Missive with the C1 compiler only, as the installed launchers do. Any JVM option turns off the
# jar's own relaunch with the launchers' options (QuickStart), class data sharing archive included;
# so with JAVA_OPTS the build's archive (target/missive.jsa) is given too, as the launchers give
# theirs, unless JAVA_OPTS names one (-XX:SharedArchiveFile=…, or -Xshare:off for none).
set -euo pipefail

messages=${1:-1000}
runs=${2:-5}
cd "$(dirname "$0")/../../.."
project=$PWD
source "$project/src/test/scripts/lib/private-postfix.sh"
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
    ./mvnw -q -B -DskipTests package
fi
jar=${JAR:-$project/target/missive.jar}

work=$(mktemp -d /tmp/delivery-bench.XXXXXX)
chmod 755 "$work"
trap 'private_postfix_stop "$work/postfix"; rm -rf "$work"' EXIT
private_postfix_start "$work/postfix" example.org
port=$PRIVATE_POSTFIX_PORT

# --- The messages, queued once ------------------------------------------------------------------
data=$work/data
java_opts=(${JAVA_OPTS:-})
if [[ -n ${JAVA_OPTS:-} && $JAVA_OPTS != *SharedArchiveFile* && $JAVA_OPTS != *Xshare:off*
      && -f $(dirname "$jar")/missive.jsa ]]; then
    java_opts+=("-XX:SharedArchiveFile=$(dirname "$jar")/missive.jsa")
fi
missive() { java "${java_opts[@]}" -jar "$jar" --data-dir "$data" "$@"; }
missive init --institution "Collège Jean Moulin" --admin "Jeanne Martin" \
    --address "12 avenue des Frères-Lumière" --postcode 69008 --city Lyon --phone "04 78 00 00 00" >/dev/null
missive account add personal --name "Secrétariat" --address secretariat@college-test.fr \
    --host 127.0.0.1 --port "$port" --security none >/dev/null
last=(MARTIN BÈGUE LEFÈVRE NGUYỄN ØRSTED WRÓBEL GARCÍA MÜLLER "N'DIAYE" O’NEILL)
first=(Léa Océane Maël Łukasz Noël Zoé Benoît Anaïs Siobhán Timothée)
{
    echo "Civilité;Nom;Prénom;Classe;Adresse;Code postal;Ville;Courriel;Consentement"
    for ((i = 0; i < messages; i++)); do
        printf '%s;%s;%s;%de A;%d rue de la République;69003;Lyon;parent%d@example.org;oui\n' \
            "$([[ $((i % 2)) == 0 ]] && echo Madame || echo Monsieur)" "${last[i % 10]}" "${first[(i / 10) % 10]}" \
            $((3 + i % 4)) $((i % 90 + 1)) "$i"
    done
} >"$work/contacts.csv"
missive contacts import "$work/contacts.csv" >/dev/null
cat >"$work/absence.md" <<'MD'
---
designation: Absence non justifiée
category: absence
subject: Absence de {{first_name}} {{last_name}}
fields: date_absence
---
Madame, Monsieur,

Nous vous informons que votre enfant **{{first_name}} {{last_name}}** a été absent le {{date_absence}} sans que le collège en ait été averti.

Conformément au règlement intérieur, nous vous remercions de bien vouloir justifier cette absence par écrit, au moyen du carnet de correspondance, dans les *48 heures*.

Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées.
MD
missive letter import "$work/absence.md" >/dev/null
missive send letter "Absence non justifiée" --contacts all --attach-pdf \
    --field "date_absence=lundi 23 novembre 2026" >/dev/null
cp -a "$data" "$work/queued"

# The same bytes and envelopes, one file each, for the Python client.
mkdir "$work/eml"
java -cp "$jar" src/test/scripts/DeliveryBenchExport.java "$data/db/missive" "$work/eml"
queued=$(find "$work/eml" -name '*.eml' | wc -l)
size=$(du -sk "$work/eml" | cut -f1)
echo "$queued messages queued, $((size / queued)) KB each on average; Postfix on 127.0.0.1:$port; $(nproc) cores"

cat >"$work/send.py" <<'PY'
import pathlib, smtplib, sys
folder, port = pathlib.Path(sys.argv[1]), int(sys.argv[2])
sent = 0
with smtplib.SMTP("127.0.0.1", port) as smtp:
    for eml in sorted(folder.glob("*.eml")):
        envelope = eml.with_suffix(".env").read_text().split("\n")
        smtp.sendmail(envelope[0], [r for r in envelope[1:] if r], eml.read_bytes())
        sent += 1
print(sent)
PY

# Wall-clock time depends on what else the machine runs; the process's CPU time (user + sys,
# every thread) does not. The load average is given with each run for that reason.
TIMEFORMAT='%R %U %S'
python_times=()
missive_times=()
empty_times=()
load() { cut -d' ' -f1-3 /proc/loadavg; }
for ((run = 1; run <= runs; run++)); do
    times=$({ time python3 "$work/send.py" "$work/eml" "$port" >"$work/py.out"; } 2>&1)
    read -r real user sys <<<"$times"
    python_times+=("$real")
    printf 'run %d python : %4d sent in %5.2f s; cpu %5.2f s; load %s\n' "$run" "$(cat "$work/py.out")" "$real" \
        "$(echo "$user + $sys" | bc)" "$(load)"

    rm -rf "$data"
    cp -a "$work/queued" "$data"
    times=$({ time missive outbox run --until-empty >"$work/missive.out" 2>&1; } 2>&1)
    read -r real user sys <<<"$times"
    missive_times+=("$real")
    printf 'run %d missive: %s in %5.2f s; cpu %5.2f s; load %s\n' "$run" "$(tail -1 "$work/missive.out")" "$real" \
        "$(echo "$user + $sys" | bc)" "$(load)"

    # The same command once the outbox is empty: what the start and the end cost alone.
    times=$({ time missive outbox run --until-empty >/dev/null 2>&1; } 2>&1)
    read -r real user sys <<<"$times"
    empty_times+=("$real")
    printf 'run %d missive, empty outbox: %5.2f s; cpu %5.2f s\n' "$run" "$real" "$(echo "$user + $sys" | bc)"
done
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
py=$(median "${python_times[@]}")
mi=$(median "${missive_times[@]}")
awk -v py="$py" -v mi="$mi" -v n="$queued" -v runs="$runs" 'BEGIN {
    printf "medians of %d: python %.2f s, missive %.2f s (JVM start included) = %.2f× python (target: 1.5×)\n",
        runs, py, mi, mi / py }'
printf 'median of the command on an empty outbox (start and end alone): %.2f s\n' "$(median "${empty_times[@]}")"
echo "load average at the end: $(load)"
