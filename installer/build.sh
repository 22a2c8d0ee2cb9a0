#!/usr/bin/env bash
# Builds Missive's native installer for the OS it runs on, with its own trimmed Java runtime
# (the user needs no Java installed):
#
#   installer/build.sh            Linux: target/installer/missive_VERSION_amd64.deb
#                                 macOS: target/installer/Missive-VERSION.dmg
#   installer/build.ps1           Windows (PowerShell): target\installer\Missive-VERSION.msi
#
# Needs a JDK 17+ with jpackage and jlink (JAVA_HOME or PATH); on Debian/Ubuntu also fakeroot
# and dpkg-dev (apt-get install fakeroot dpkg-dev); on macOS the Xcode command line tools.
#
# Environment:
#   SKIP_MAVEN=1        use the existing target/missive.jar instead of building it
#   MISSIVE_JAR=FILE    package this jar instead of target/missive.jar
#   APP_VERSION=X.Y.Z   package version (default: the version inside the jar)
#   OUT=DIR             where the installer goes (default target/installer)
#   RUNTIME_IMAGE=DIR   reuse a runtime made by an earlier run (target/jpackage/runtime) instead of jlink
#   NO_CDS=1            leave the runtime's default class data sharing archive as jlink made it
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

bin() { if [ -n "${JAVA_HOME:-}" ]; then echo "$JAVA_HOME/bin/$1"; else command -v "$1"; fi; }
JLINK="$(bin jlink)"; JPACKAGE="$(bin jpackage)"

if [ -z "${MISSIVE_JAR:-}" ] && [ -z "${SKIP_MAVEN:-}" ]; then
  ./mvnw -q -B -DskipTests package
fi
jar_file="${MISSIVE_JAR:-$root/target/missive.jar}"
version="${APP_VERSION:-$(unzip -p "$jar_file" fr/missive/version.properties | sed -n 's/^version=//p' | tr -d '\r')}"
out="${OUT:-$root/target/installer}"
work="$root/target/jpackage"
rm -rf "$work/input"
mkdir -p "$work/input" "$out"
cp "$jar_file" "$work/input/missive.jar"
# The classes loaded up to the main window and to render a letter (installer/startup-bench.sh
# --classlist): on Linux the package's postinst archives them, Missive's own included, on the
# installed jar (linux/postinst); the JDK's alone go into the runtime's default archive below.
[ -f installer/missive.classlist ] && [ -z "${NO_CDS:-}" ] && cp installer/missive.classlist "$work/input/"
runtime="${RUNTIME_IMAGE:-$work/runtime}"

# 1. The runtime: only the modules Missive uses, without headers, man pages or debug symbols.
#    Not compressed: class loading from a compressed image is slower, and the package is compressed anyway.
if [ -z "${RUNTIME_IMAGE:-}" ]; then
  rm -rf "$runtime"
  modules="$(grep -v '^#' installer/modules | grep -v '^$' | paste -sd, -)"
  "$JLINK" --add-modules "$modules" --output "$runtime" \
    --strip-debug --no-header-files --no-man-pages --generate-cds-archive
  # 2. Class data sharing: the JDK classes Missive loads up to its main window, pre-parsed in the
  #    runtime's default archive (lib/server/classes.jsa), which the JVM maps at start without any flag.
  #    The jar is not on the class path while dumping, so only JDK classes go in and the archive
  #    does not depend on where the jar is installed. installer/startup-bench.sh makes the list.
  if [ -f installer/missive.classlist ] && [ -z "${NO_CDS:-}" ]; then
    grep -E '^(@lambda-form-invoker|(@lambda-proxy )?(java|javax|jdk|sun|com/sun)/)' installer/missive.classlist \
      >"$work/jdk.classlist"
    "$runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$work/jdk.classlist" \
      -XX:SharedArchiveFile="$runtime/lib/server/classes.jsa" >/dev/null
  fi
fi

common=(--name Missive --app-version "$version" --vendor "Missive"
  --description "Letters and e-mail for the secretariat of a school"
  --input "$work/input" --main-jar missive.jar --main-class fr.missive.Main
  --runtime-image "$runtime" --dest "$out")

# The launchers run Java with the C1 compiler alone: the optimising C2 compiler cost about 40 % of
# the CPU of a short run (the window's start, a command) for no gain that lasts: with the letters'
# shared font subsets, the renderer's steady state is the same with C1 alone (docs/performance.md).
case "$(uname -s)" in
  Linux)
    "$JPACKAGE" --type deb "${common[@]}" \
      --icon icons/png/missive-256.png \
      --linux-package-name missive --linux-app-category office --linux-menu-group "Office" \
      --linux-shortcut --linux-deb-maintainer "missive@localhost" \
      --java-options '-XX:SharedArchiveFile=$APPDIR/missive.jsa -XX:TieredStopAtLevel=1' \
      --resource-dir installer/linux
    ;;
  Darwin)
    "$JPACKAGE" --type dmg "${common[@]}" \
      --java-options -XX:TieredStopAtLevel=1 \
      --icon icons/missive.icns --mac-package-identifier fr.missive.Missive --mac-package-name Missive
    ;;
  *)
    echo "installer/build.sh: on Windows use installer/build.ps1" >&2; exit 2 ;;
esac
ls -1 "$out"
