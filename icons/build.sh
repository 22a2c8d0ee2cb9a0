#!/usr/bin/env bash
# Generates the application icon files from the SVG masters in this folder:
#   png/missive-{16,24,32,48,64,128,256,512}.png   (16-32 from missive-small.svg, the rest from missive.svg)
#   missive.ico    Windows: 16, 24, 32, 48, 64, 128 and 256 px in one file (jpackage --icon on Windows)
#   missive.icns   macOS: 16 to 512 px (jpackage --icon on macOS)
# and copies the PNGs the windows use into src/main/resources/fr/missive/icons/.
# The generated files are committed; run this again only after changing an SVG.
#
# Needs (Debian/Ubuntu: apt-get install librsvg2-bin imagemagick icnsutils):
#   rsvg-convert (librsvg2-bin) renders the SVGs, convert (ImageMagick) packs the .ico,
#   png2icns (icnsutils) packs the .icns. This script installs nothing.
set -euo pipefail
cd "$(dirname "$0")"

for tool in rsvg-convert convert png2icns; do
  command -v "$tool" >/dev/null || { echo "icons/build.sh: $tool is missing (see the header of this script)" >&2; exit 1; }
done

mkdir -p png
for size in 16 24 32 48 64 128 256 512; do
  master=missive.svg
  [ "$size" -le 32 ] && master=missive-small.svg
  rsvg-convert -w "$size" -h "$size" "$master" -o "png/missive-$size.png"
done

convert png/missive-{16,24,32,48,64,128,256}.png missive.ico
# png2icns takes the sizes macOS defines (16, 32, 48, 128, 256, 512).
png2icns missive.icns png/missive-{16,32,48,128,256,512}.png >/dev/null

resources=../src/main/resources/fr/missive/icons
mkdir -p "$resources"
for size in 16 24 32 48 64 128 256; do
  cp "png/missive-$size.png" "$resources/missive-$size.png"
done
echo "icons: png/, missive.ico, missive.icns and $resources updated"
