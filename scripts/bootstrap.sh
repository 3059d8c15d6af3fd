# Shared set-up for scripts/demo and scripts/test: the Debian packages Qt needs (even offscreen),
# then a virtual environment in .venv with Box Office installed into it. Sourced, not run.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${BOXOFFICE_VENV:-$ROOT/.venv}"
PYTHON="${PYTHON:-python3}"

# Qt's platform plugins load these shared libraries even with QT_QPA_PLATFORM=offscreen.
QT_DEBS=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0
         libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0
         libxcb-randr0 libxcb-render-util0 libxcb-image0 fonts-dejavu-core)

missing_debs() {
    local pkg
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || echo "$pkg"
    done
}

install_debs() {
    command -v dpkg-query >/dev/null 2>&1 || return 0   # not Debian-like: the user installs them
    local missing
    missing=$(missing_debs "$@")
    [ -z "$missing" ] && return 0
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "Installing Debian packages: $missing" >&2
    # shellcheck disable=SC2086
    $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $missing >/dev/null
}

ensure_venv() {
    local extras="$1"
    if ! "$PYTHON" -c 'import sys; assert sys.version_info >= (3, 11)' 2>/dev/null; then
        echo "Box Office needs Python 3.11 or newer as '$PYTHON'." >&2
        exit 1
    fi
    if [ ! -x "$VENV/bin/python" ]; then
        "$PYTHON" -m venv "$VENV" 2>/dev/null || { install_debs python3-venv && "$PYTHON" -m venv "$VENV"; }
    fi
    "$VENV/bin/python" -m pip install -q --upgrade pip >/dev/null
    "$VENV/bin/python" -m pip install -q -e "$ROOT$extras"
}
