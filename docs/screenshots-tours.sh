#!/usr/bin/env bash
# Takes the documentation's pictures again: the real windows on temporary data folders, under Xvfb,
# in French and English, then copies them into docs/. Needs xvfb-run (apt-get install xvfb).
#   docs/screenshots-tours.sh      # about 5 minutes on 2 cores (every window at 1366x768: docs/screenshots.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
SHOTS=target/screenshots
SCREEN="-screen 0 1280x1024x24"
mkdir -p "$SHOTS"

./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat target/cp.txt)"
show() { xvfb-run -a -s "$SCREEN" java -cp "$CP" "$@" >/dev/null 2>&1; }

# Walks of the windows (main classes of the test sources, not tests).
for language in fr en; do
    show fr.missive.ui.ScreenshotTour "$SHOTS" "$language" light
    show fr.missive.ui.SandboxScreenshots "$SHOTS" "$language"
    show fr.missive.ui.SentMailScreenshot "$SHOTS" "$language"
done
show fr.missive.ui.ScreenshotTour "$SHOTS" en dark
show fr.missive.ui.LettersScreenshot docs/letters/letters-window.png fr

# The dialogs the GUI tests drive photograph themselves into target/screenshots.
xvfb-run -a -s "$SCREEN" ./mvnw -q -B surefire:test \
    -Dtest='SendEmailGuiTest,LetterMailingGuiTest,SendDocumentGuiTest,OutboxGuiTest,SentMailGuiTest,SignInAgainGuiTest' \
    -Dsurefire.failIfNoSpecifiedTests=false

# The ones the documentation shows.
for name in main-fr main-en main-menu-en-dark wizard-1-fr wizard-1-en wizard-2-error-en account-server-fr account-server-en \
        import-mapping-fr import-mapping-en import-preview-en-dark \
        print-or-email-fr print-or-email-en print-or-email-summary-fr print-or-email-summary-en \
        print-or-email-preview-fr print-or-email-preview-en send-document-fr send-document-en \
        send-email-fr send-email-en send-email-preview-fr send-email-preview-en \
        sandbox-main-fr sandbox-main-en sandbox-mailbox-fr sandbox-mailbox-en \
        outbox-en sent-mail-fr sent-mail-en sign-in-again-en; do
    if [ -f "$SHOTS/$name.png" ]; then
        cp "$SHOTS/$name.png" docs/screenshots/
    fi
done
echo "Pictures in docs/screenshots and docs/letters: look at them before committing."
