#!/usr/bin/env bash
# Photographs every window of Missive (the test sources' WindowCatalogue: every window, dialog and
# wizard page, on a demonstration sandbox with long French names) as the secretary's PC shows it:
# a 1366x768 screen, in French, with a window manager (Xvfb + openbox), each picture the whole
# screen taken by ImageMagick's `import -window root`. Writes docs/screenshots/<window>-fr.png.
# Needs xvfb-run, openbox and imagemagick (apt-get install xvfb openbox imagemagick).
#   docs/screenshots.sh                     # every window, about 3 minutes on 2 cores
#   docs/screenshots.sh en dark             # the same in English, dark theme
#   docs/screenshots.sh fr light lettersWindow accountWizard/server   # only these
# Look at each picture before committing it. The older walks (English pairs, menus, errors) are
# taken by docs/screenshots-tours.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=docs/screenshots
language=${1:-fr}
theme=${2:-light}
shift $(( $# > 2 ? 2 : $# ))

./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat target/cp.txt)"
mkdir -p "$OUT"

status=0
xvfb-run -a -s "-screen 0 1366x768x24" bash -c '
    openbox >/dev/null 2>&1 &
    wm=$!
    sleep 1
    status=0
    java -cp "$0" fr.missive.ui.windows.CatalogueScreenshots "$1" "$2" "$3" "${@:4}" || status=$?
    kill "$wm" 2>/dev/null || true
    exit "$status"
' "$CP" "$OUT" "$language" "$theme" "$@" || status=$?
if [ "$status" -ne 0 ]; then
    echo "Some pictures were not taken: see the list above (window name and reason)." >&2
    exit "$status"
fi
echo "Pictures in $OUT: look at each one before committing."
