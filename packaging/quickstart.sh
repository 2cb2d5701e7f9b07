#!/bin/sh
# Set up everything Briefing needs on Debian/Ubuntu, then open the app or run the tests.
#   sh packaging/quickstart.sh app [briefing options]   opens the main window on the demo database
#   sh packaging/quickstart.sh test [pytest options]    runs every test headless
# Creates the virtual environment in .venv/ at the top of the checkout.
set -eu
cd "$(dirname "$0")/.."
mode="${1:-app}"
[ $# -gt 0 ] && shift

# Libraries Qt loads at run time: offscreen needs the first list, a real screen (and printing, libcups2) the
# second too. The tests
# need both: one of them runs ldd on every library of the built bundle, the X11 platform plugin included.
offscreen_libs="python3-venv libgl1 libegl1 libfontconfig1 libfreetype6 libx11-6 libdbus-1-3 libglib2.0-0 libxkbcommon0 poppler-utils"
# Tools the tests run besides those: desktop-file-validate checks the desktop entry of the bundle; the
# PostgreSQL store's tests start a throw-away server of Debian's postgresql.
test_tools="desktop-file-utils postgresql"
screen_libs="libcups2 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 fonts-dejavu-core"

install_debian_packages() {
    command -v dpkg-query >/dev/null 2>&1 || return 0
    missing=""
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing="$missing $package"
    done
    [ -z "$missing" ] && return 0
    echo "Installing Debian packages:$missing"
    if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $missing >/dev/null
}

case "$mode" in
    app) install_debian_packages $offscreen_libs $screen_libs ;;
    test) install_debian_packages $offscreen_libs $screen_libs $test_tools ;;
    *) echo "usage: sh packaging/quickstart.sh app|test [options]" >&2; exit 2 ;;
esac

if [ ! -x .venv/bin/python ]; then
    python3 -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
# A .venv made for PySide6 6.12 holds PySide6-Pdf, whose files PySide6-Addons 6.11 brings again: it goes first.
.venv/bin/python -m pip uninstall --quiet --disable-pip-version-check --yes PySide6-Pdf 2>/dev/null || true
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
# The window's French and Russian: compiled from the .ts sources (the .qm files are not kept in git).
.venv/bin/pyside6-lrelease -silent resources/translations/*.ts

case "$mode" in
    app) exec .venv/bin/briefing "$@" ;;
    test) exec env QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -p no:cacheprovider "$@" ;;
esac
