#!/usr/bin/env bash
# Screenshots of every screen in Vietnamese, Chinese and English, taken in a real X server (Xvfb) with a
# private settings file and data folder so that the user's own settings are never touched.
# Usage: scripts/screenshots.sh PATH/TO/concord OUTPUT_DIR [DATABASE]
set -euo pipefail
program=$1
out=$2
database=${3:-}
mkdir -p "$out"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config"
pages=(agreements reader commitments parties deadlines reports)
for language in vi zh_CN en; do
    for index in "${!pages[@]}"; do
        file="$out/${pages[$index]}-$language.png"
        xvfb-run -a -s "-screen 0 1280x800x24" \
            "$program" --settings "$scratch/settings.ini" --language "$language" --page $((index + 1)) \
            --screenshot "$file" ${database:+"$database"}
        echo "$file"
    done
done
