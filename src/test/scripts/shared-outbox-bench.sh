#!/usr/bin/env bash
# Issue 13's delivery benchmark against a real mail server: 1,000 e-mails delivered by two PCs
# sharing one PostgreSQL outbox (two data folders, two workers, in one JVM) against one PC on its
# embedded HSQLDB, alternated in rounds after a warm-up (fr.missive.bench.SharedOutboxBench), both
# delivering to Debian's Postfix, a private instance started here on a loopback port, which queues
# every message with its fsync and then discards it, as a school's server queues it.
#
# Without this script the benchmark delivers to a minimal SMTP sink in its own JVM that answers at
# once (see docs/performance.md, "Two PCs sharing the outbox"); both figures are reported.
#
# Usage (from the project folder, as root: Postfix's master must start as root):
#   src/test/scripts/shared-outbox-bench.sh 'jdbc:postgresql://127.0.0.1:5432/?user=postgres' [messages] [rounds]
# The URL names a server where the user may create a database (made and dropped by each round).
# Compiles the tests first unless SKIP_BUILD=1.
set -euo pipefail

url=$1
messages=${2:-1000}
rounds=${3:-5}
cd "$(dirname "$0")/../../.."
project=$PWD
source "$project/src/test/scripts/lib/private-postfix.sh"
if [[ "${SKIP_BUILD:-0}" != 1 || ! -f target/cp.txt ]]; then
    ./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
fi
work=$(mktemp -d /tmp/shared-outbox-bench.XXXXXX)
chmod 755 "$work"
trap 'private_postfix_stop "$work/postfix"; rm -rf "$work"' EXIT
private_postfix_start "$work/postfix" example.org
echo "Postfix on 127.0.0.1:$PRIVATE_POSTFIX_PORT; $(nproc) cores"
java -Dmissive.bench.smtp="127.0.0.1:$PRIVATE_POSTFIX_PORT" \
    -cp "target/test-classes:target/classes:$(cat target/cp.txt)" \
    fr.missive.bench.SharedOutboxBench "$url" "$messages" "$rounds"
# What Postfix accepted, from its own log (written a moment after each message).
sleep 2
accepted=$(grep -c ' postfix/cleanup\[[0-9]*\]: [0-9A-F]*: message-id=' "$work/postfix/maillog" || true)
echo "messages accepted by Postfix: $accepted (expected $((2 * messages * (rounds + 1))))"
