#!/usr/bin/env bash
# Times the real command that queues a standard letter with its PDF attached to every contact,
# JVM start included, within -Xmx256m:
#
#   java -Xmx256m -jar target/missive.jar --data-dir DATA send letter "Absence non justifiée" \
#        --contacts all --attach-pdf --field "date_absence=lundi 23 novembre 2026"
#
# on a fresh data folder holding N generated contacts who accept e-mail, and an account whose
# server is the discard port of loopback: the command only queues (it starts no delivery).
# Beside it, in the same run, the rendering-only reference: `letter render` of the same letters.
# Each run prints wall time, CPU time (user + sys, every thread), maximum resident memory, the
# messages queued and the mean attachment size.
#
# Usage (from the project folder): src/test/scripts/queue-letters-bench.sh [contacts] [runs]
# Default: 1,000 contacts, 3 runs; then run it again with 3000. Builds target/missive.jar first
# unless SKIP_BUILD=1; JAR names another jar to time (a reference build). JAVA_OPTS, if set, is
# passed to java (try -XX:TieredStopAtLevel=1, as the installed launchers run). Targets: 1,000
# letters under 3 s, 3,000 under 8 s.
#
# NAMES=school draws the contacts from the import benchmark's generated pupils file
# (ContactCsvGenerator: a thousand different family names, compound ones among them) instead of
# twelve names and twelve first names repeated. Each letter's attachment embeds exactly the
# characters it prints in each face, and those subsets are kept for the letters printing the
# same characters: with twelve names most letters find theirs made already (about 94 % of the
# faces), with a school's names about 43 %, which is the dearer and truer case.
set -euo pipefail

contacts=${1:-1000}
runs=${2:-3}
cd "$(dirname "$0")/../../.."
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
    ./mvnw -q -B -DskipTests package
fi
jar=${JAR:-$PWD/target/missive.jar}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
seed=$work/seed
missive() { java -Xmx256m ${JAVA_OPTS:-} -jar "$jar" --data-dir "$data" "$@"; }

data=$seed
missive init --institution "Collège Jean Moulin" --admin "Jeanne Martin" \
    --address "12 avenue des Frères-Lumière" --postcode 69008 --city Lyon --phone "04 78 00 00 00" >/dev/null

if [[ ${NAMES:-} == school ]]; then
    pupils=target/import-bench/eleves-100000.csv
    if [[ ! -f $pupils ]]; then
        mkdir -p target/import-bench
        java src/test/java/fr/missive/bench/ContactCsvGenerator.java 100000 "$pupils"
    fi
    # Pupils spread over the whole file (consecutive rows share a family name), keeping only the
    # rows the import takes whole (the generator also writes broken addresses and overlong
    # lines, on purpose): about three rows in four.
    stride=$((99000 * 3 / (contacts * 4 + 1)))
    {
        echo "Civilité;Nom;Prénom;Classe;Adresse;Code postal;Ville;Courriel;Consentement"
        iconv -f windows-1252 -t utf-8 "$pupils" | awk -F';' -v n="$contacts" -v stride="$stride" 'NR > 1 && NR % stride == 0 && NF == 9 \
            && $5 ~ /^[a-z0-9.-]+@[a-z0-9-]+\.[a-z]+$/ && length($6) < 100 && $0 !~ /"/ && taken < n {
            taken++
            printf "%s;%s;%s;%s;%s;%s;%s;%s;oui\n", ($4 ~ /^M\. / ? "Monsieur" : "Madame"), $1, $2, $3, $6, $7, $8, $5 }'
    } >"$work/contacts.csv"
    if (($(wc -l <"$work/contacts.csv") != contacts + 1)); then
        echo "NAMES=school: not enough pupils for $contacts contacts" >&2
        exit 2
    fi
else
    last=(MARTIN BÈGUE LEFÈVRE NGUYỄN ØRSTED WRÓBEL ΑΛΕΞΊΟΥ "N'DIAYE" O’NEILL SAINT-ÉTIENNE GARCÍA MÜLLER)
    first=(Léa Océane Maël "Thị Hương" Łukasz Νίκος Noël Zoé Benoît Anaïs Siobhán Timothée)
    {
        echo "Civilité;Nom;Prénom;Classe;Adresse;Code postal;Ville;Courriel;Consentement"
        for ((i = 0; i < contacts; i++)); do
            printf '%s;%s;%s;%de %s;%d rue de la République;69003;Lyon;parent%d@example.org;oui\n' \
                "$([[ $((i % 2)) == 0 ]] && echo Madame || echo Monsieur)" "${last[i % 12]}" \
                "${first[(i / 12) % 12]}" $((3 + i % 4)) "$(printf "\\x$(printf %x $((65 + i % 3)))")" \
                $((i % 90 + 1)) "$i"
        done
    } >"$work/contacts.csv"
fi
missive contacts import --kind guardian "$work/contacts.csv" | tail -1
# Port 9 (discard) on loopback, no security: nothing could be delivered even if a worker ran.
missive account add personal --name "Secrétariat" --address secretariat@college-test.fr \
    --host 127.0.0.1 --port 9 --security none >/dev/null

cat >"$work/absence.md" <<'MD'
---
designation: Absence non justifiée
category: absence
subject: Absence de {{first_name}} {{last_name}}
fields: date_absence
---
Madame, Monsieur,

Nous vous informons que votre enfant **{{first_name}} {{last_name}}**, élève de la classe de {{class}}, a été absent le {{date_absence}} sans que le collège en ait été averti.

Conformément au règlement intérieur, nous vous remercions de bien vouloir justifier cette absence par écrit, au moyen du carnet de correspondance, dans les *48 heures*. Sans justificatif, l’absence sera signalée à l’inspection académique.

Le service de la vie scolaire reste à votre disposition pour tout renseignement :

- par téléphone au {{institution_phone}} ;
- par l’espace numérique de travail.

Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées.
MD
missive letter import "$work/absence.md" >/dev/null
field="date_absence=lundi 23 novembre 2026"

# /usr/bin/time gives the child's wall, user + sys time (every thread) and maximum resident set.
measure() { /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$@" >"$work/out.json" 2>"$work/err" || {
    cat "$work/err" >&2; exit 1; }; read -r real user sys rss <"$work/time"; }

echo "load: $(uptime | sed 's/.*load average: //')"
for ((run = 1; run <= runs; run++)); do
    rm -rf "$work/data" "$work/letters"
    cp -r "$seed" "$work/data"
    data=$work/data
    measure java -Xmx256m ${JAVA_OPTS:-} -jar "$jar" --data-dir "$data" letter render "Absence non justifiée" \
        --contacts all --out "$work/letters" --field "$field"
    files=$(find "$work/letters" -name '*.pdf' | wc -l)
    awk -v r="$run" -v n="$files" -v real="$real" -v cpu="$(echo "$user + $sys" | bc)" -v rss="$rss" 'BEGIN {
        printf "run %d  letter render: %d PDF files in %.2f s; cpu %.2f s; max RSS %d MB\n", r, n, real, cpu, rss / 1024 }'
    measure java -Xmx256m ${JAVA_OPTS:-} -jar "$jar" --data-dir "$data" send letter "Absence non justifiée" \
        --contacts all --attach-pdf --field "$field"
    queued=$(sed -n 's/.*"queued" *: *\([0-9]*\).*/\1/p' "$work/out.json" | head -1)
    # The messages' bytes are in the database's LOB file (base64 makes a PDF about 4/3 larger).
    lobs=$(find "$data" -name '*.lobs' -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }')
    awk -v r="$run" -v n="${queued:-0}" -v real="$real" -v cpu="$(echo "$user + $sys" | bc)" -v rss="$rss" \
        -v lobs="$lobs" 'BEGIN {
        printf "run %d  send letter:   %d e-mails queued in %.2f s; cpu %.2f s; max RSS %d MB; %.1f KB per message\n",
            r, n, real, cpu, rss / 1024, n ? lobs / n / 1024 : 0 }'
    echo "        load: $(uptime | sed 's/.*load average: //')"
done
