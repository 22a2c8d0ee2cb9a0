#!/usr/bin/env bash
# Checks the Linux package end to end, on this machine (as root, or with sudo):
#   0. checks installer/modules holds every module jdeps finds in the jar;
#   1. builds the .deb of target/missive.jar (built first if missing) and a second one, one
#      version newer (the same jar with its version bumped);
#   2. installs the first with dpkg -i; the installed launcher prints the version;
#   3. the installed copy creates a data folder (institution, administrator, a user, contacts),
#      and its sandbox sends a message to the built-in mail catcher;
#   4. installs the newer package over it: it prints the new version and finds the same data;
#   5. uninstalls: /opt/missive and the missive command are gone, the user's data folder stays.
# With CI=true it first installs what it needs with apt-get (fakeroot, dpkg-dev, and the
# package's dependencies). It refuses to run where a missive package is already installed,
# unless CI=true (it would replace and then remove it).
#
#   installer/check-deb.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
started=$(date +%s)

step() { echo "check-deb: $*"; }
fail() { echo "check-deb: FAILED: $*" >&2; exit 1; }

as_root=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || fail "run as root or install sudo: dpkg -i needs root"
  as_root=(sudo)
fi
apt_install() {
  DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

need=()
command -v fakeroot >/dev/null || need+=(fakeroot)
command -v dpkg-shlibdeps >/dev/null || need+=(dpkg-dev)
command -v objcopy >/dev/null || need+=(binutils)
command -v unzip >/dev/null || need+=(unzip)
if [ ${#need[@]} -gt 0 ]; then
  [ "${CI:-}" = true ] || fail "missing ${need[*]} (apt-get install ${need[*]}), or run with CI=true"
  step "installing ${need[*]}"
  "${as_root[@]}" apt-get update -qq
  apt_install "${need[@]}"
fi
if dpkg-query -W -f='${Status}' missive 2>/dev/null | grep -q "install ok installed"; then
  [ "${CI:-}" = true ] || fail "a missive package is installed here; remove it first (dpkg -r missive)"
  "${as_root[@]}" dpkg -r missive >/dev/null
fi

[ -f target/missive.jar ] || ./mvnw -q -B -DskipTests package
# Every module the code links against must be in the runtime: a missing one only shows when
# the installed copy first reaches that code (java.net.http did, at the first OAuth2 class).
jdeps_bin="${JAVA_HOME:+$JAVA_HOME/bin/}jdeps"
for module in $("$jdeps_bin" --print-module-deps --ignore-missing-deps --multi-release 17 target/missive.jar | tr ',' ' '); do
  grep -qx "$module" installer/modules || fail "module $module is used by the code but not listed in installer/modules"
done
version=$(unzip -p target/missive.jar fr/missive/version.properties | sed -n 's/^version=//p' | tr -d '\r')
newer=$(echo "$version" | awk -F. -v OFS=. '{ $NF = $NF + 1; print }')
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Speed: the check does not need the smallest package, only a real one.
export DPKG_DEB_COMPRESSOR_TYPE=gzip DPKG_DEB_COMPRESSOR_LEVEL=1
step "building missive $version"
OUT="$work/v1" SKIP_MAVEN=1 installer/build.sh >/dev/null
cp target/missive.jar "$work/missive-newer.jar"
mkdir -p "$work/jar/fr/missive"
printf 'version=%s\n' "$newer" >"$work/jar/fr/missive/version.properties"
(cd "$work/jar" && zip -q "$work/missive-newer.jar" fr/missive/version.properties) 2>/dev/null \
  || (cd "$work/jar" && jar uf "$work/missive-newer.jar" fr/missive/version.properties)
step "building missive $newer (same runtime)"
OUT="$work/v2" MISSIVE_JAR="$work/missive-newer.jar" RUNTIME_IMAGE="$root/target/jpackage/runtime" \
  installer/build.sh >/dev/null
deb1=$(ls "$work"/v1/*.deb); deb2=$(ls "$work"/v2/*.deb)

depends=$(dpkg-deb -f "$deb1" Depends | tr -d ' ' | tr ',' ' ')
missing=()
for package in $depends; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  [ "${CI:-}" = true ] || fail "the package needs ${missing[*]}: apt-get install them, or run with CI=true"
  step "installing the package's dependencies: ${missing[*]}"
  "${as_root[@]}" apt-get update -qq
  apt_install "${missing[@]}"
fi

# The user's data lives in the default place, as on a real PC (no --data-dir, no MISSIVE_HOME):
# $XDG_DATA_HOME/missive, with XDG_DATA_HOME in a scratch home (Java takes the home folder from
# the password database, not from $HOME, so HOME alone would not keep the check out of root's).
home="$work/home"
mkdir -p "$home/.local/share"
as_user() { env -u MISSIVE_HOME HOME="$home" XDG_DATA_HOME="$home/.local/share" "$@"; }
data="$home/.local/share/missive"

step "dpkg -i $(basename "$deb1")"
"${as_root[@]}" dpkg -i "$deb1" >/dev/null
printed=$(as_user /opt/missive/bin/Missive --version)
[ "$printed" = "Missive $version" ] || fail "installed launcher printed '$printed', expected 'Missive $version'"
[ "$(as_user missive --version)" = "Missive $version" ] || fail "the missive command is not on the PATH"
step "installed launcher: $printed"
cds_check() { # the archive of Missive's classes made by postinst, usable with the installed jar
  [ -f /opt/missive/lib/app/missive.jsa ] || fail "postinst made no class data sharing archive"
  printed=$(as_user /opt/missive/lib/runtime/bin/java -Xshare:on -XX:SharedArchiveFile=/opt/missive/lib/app/missive.jsa \
    -cp /opt/missive/lib/app/missive.jar fr.missive.Main --version 2>&1) || fail "the archive is not usable: $printed"
  [ "$printed" = "Missive $1" ] || fail "with the archive: '$printed', expected 'Missive $1'"
}
cds_check "$version"
step "class data sharing archive made for the installed jar"

as_user missive init --institution "Collège Jean Moulin" --admin "Claire Martin" --city Lyon >/dev/null
as_user missive user add "Paul Durand" >/dev/null
printf 'Nom;Prénom;Classe;Courriel\nMartin;Léa;6e B;lea.martin@exemple.fr\n' >"$work/contacts.csv"
as_user missive contacts import "$work/contacts.csv" >/dev/null
before=$(as_user missive user list --format json; as_user missive contacts list --format csv)
[ -f "$data/db/missive.script" ] || fail "no database in $data"
step "the installed copy created $data"

# The sandbox runs an SMTP and IMAP server inside the installed runtime: its modules must suffice.
as_user missive --sandbox send mail --to parent@example.org --subject Essai --body Bonjour >/dev/null
as_user missive --sandbox outbox run --until-empty --max-seconds 60 >/dev/null \
  || fail "the installed copy's sandbox did not deliver to its built-in mail catcher"
[ -f "$data/sandbox/SANDBOX.txt" ] || fail "no sandbox folder in $data"
step "the installed copy's sandbox delivered to its built-in mail catcher"

step "dpkg -i $(basename "$deb2") over it"
"${as_root[@]}" dpkg -i "$deb2" >/dev/null
printed=$(as_user missive --version)
[ "$printed" = "Missive $newer" ] || fail "after the upgrade the launcher printed '$printed', expected 'Missive $newer'"
after=$(as_user missive user list --format json; as_user missive contacts list --format csv)
[ "$before" = "$after" ] || fail "the data read after the upgrade differs: $after"
echo "$after" | grep -q "Léa" || fail "the imported contact is missing after the upgrade"
cds_check "$newer"
step "upgraded to $printed, data kept, archive remade"

step "dpkg -r missive"
"${as_root[@]}" dpkg -r missive >/dev/null
[ ! -e /opt/missive ] || fail "/opt/missive is still there after uninstalling"
[ ! -e /usr/bin/missive ] || fail "/usr/bin/missive is still there after uninstalling"
[ -f "$data/db/missive.script" ] && [ -f "$data/keys/secret.key" ] \
  || fail "uninstalling removed the user's data folder"
step "uninstalled; the user's data folder is still there"
step "passed in $(( $(date +%s) - started )) s"
