#!/usr/bin/env bash
# Installs (or, without root, prints) the Debian packages a real window needs.
#   scripts/system-deps.sh window   libraries for the Qt window and its chimes
#   scripts/system-deps.sh dev      plus Xvfb and poppler-utils, to look at screens and PDFs
#   scripts/system-deps.sh venv     Debian's python3-venv, when `python3 -m venv` is missing
#   scripts/system-deps.sh postgresql   Debian's PostgreSQL server, for scripts/test-postgresql.sh
set -euo pipefail
kind=${1:-window}
packages=(libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
          libxcb-randr0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libegl1 libfontconfig1
          libpulse0)
[ "$kind" = dev ] && packages+=(xvfb poppler-utils)
[ "$kind" = postgresql ] && packages=(postgresql)
if [ "$kind" = venv ]; then
  minor=$(python3 -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
  packages=(python3-venv "python${minor}-venv")
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null; then
  echo "Not a Debian-like system: install the equivalents of: ${missing[*]}" >&2
  exit 0
fi
if [ "$(id -u)" = 0 ]; then
  echo "Installing system packages: ${missing[*]}"
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
elif sudo -n true 2>/dev/null; then
  echo "Installing system packages: ${missing[*]}"
  sudo apt-get update -qq >/dev/null && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "The window needs these system packages. Install them with:" >&2
  echo "    sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
