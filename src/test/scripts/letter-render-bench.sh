#!/usr/bin/env bash
# Times the real command that renders 1,000 letters, JVM start included:
#
#   java -jar target/missive.jar --data-dir DATA letter render "Absence non justifiée" \
#        --contacts all --out OUT --field "date_absence=lundi 23 novembre 2026"
#
# on a fresh data folder holding 1,000 generated contacts and one one-page letter.
# Usage (from the project folder): src/test/scripts/letter-render-bench.sh [contacts] [runs]
# Builds target/missive.jar first unless SKIP_BUILD=1. Targets for 1,000 letters: under 3.2 s as
# is (plain java -jar, which starts again with the launchers' options), under 2.6 s as the launchers
# run it: JAVA_OPTS="-XX:SharedArchiveFile=target/missive.jsa -XX:TieredStopAtLevel=1".
set -euo pipefail

contacts=${1:-1000}
runs=${2:-3}
cd "$(dirname "$0")/../../.."
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
    ./mvnw -q -B -DskipTests package
fi
jar=target/missive.jar
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
data=$work/data
# JAVA_OPTS, if set, is passed to every java command (to try JVM options).
missive() { java ${JAVA_OPTS:-} -jar "$jar" --data-dir "$data" "$@"; }

missive init --institution "Collège Jean Moulin" --admin "Jeanne Martin" \
    --address "12 avenue des Frères-Lumière" --postcode 69008 --city Lyon --phone "04 78 00 00 00" >/dev/null

last=(MARTIN BÈGUE LEFÈVRE NGUYỄN ØRSTED WRÓBEL ΑΛΕΞΊΟΥ "N'DIAYE" O’NEILL SAINT-ÉTIENNE GARCÍA MÜLLER)
first=(Léa Océane Maël "Thị Hương" Łukasz Νίκος Noël Zoé Benoît Anaïs Siobhán Timothée)
{
    echo "Civilité;Nom;Prénom;Classe;Adresse;Code postal;Ville;Courriel"
    for ((i = 0; i < contacts; i++)); do
        printf '%s;%s;%s;%de %s;%d rue de la République;69003;Lyon;parent%d@example.org\n' \
            "$([[ $((i % 2)) == 0 ]] && echo Madame || echo Monsieur)" "${last[i % 12]}" "${first[(i / 12) % 12]}" \
            $((3 + i % 4)) "$(printf "\\x$(printf %x $((65 + i % 3)))")" $((i % 90 + 1)) "$i"
    done
} >"$work/contacts.csv"
missive contacts import --kind guardian "$work/contacts.csv" | tail -1

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
missive letter import "$work/absence.md"

# Wall-clock time depends on what else the machine runs; the process's CPU time (user + sys,
# every thread) does not, and with n idle cores the wall-clock time can fall towards CPU / n.
TIMEFORMAT='%R %U %S'
for ((run = 1; run <= runs; run++)); do
    rm -rf "$work/out"
    times=$({ time missive letter render "Absence non justifiée" --contacts all --out "$work/out" \
        --field "date_absence=lundi 23 novembre 2026" >/dev/null 2>&1; } 2>&1)
    count=$(find "$work/out" -name '*.pdf' | wc -l)
    read -r real user sys <<<"$times"
    awk -v real="$real" -v cpu="$(echo "$user + $sys" | bc)" -v n="$count" -v r="$run" 'BEGIN {
        printf "run %d: %d PDF files in %.2f s (JVM start included) = %.0f letters/s; cpu %.2f s\n",
            r, n, real, n / real, cpu }'
done
