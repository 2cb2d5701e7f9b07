#!/bin/sh
# Build the desktop app from the checkout's .venv (make it with `sh packaging/quickstart.sh test`):
#   sh packaging/build.sh
# writes dist/briefing/ (run dist/briefing/briefing; ./install.sh in it adds Briefing to the desktop menu)
# and dist/briefing-<version>-linux-<machine>.tar.gz of that folder. BRIEFING_DIST and BRIEFING_BUILD choose
# other folders than dist/ and build/ (the tests build in temporary ones); both are emptied first.
set -eu
cd "$(dirname "$0")/.."
started=$(date +%s)
dist=${BRIEFING_DIST:-dist}
work=${BRIEFING_BUILD:-build}
python=.venv/bin/python

if [ ! -x "$python" ]; then
    echo "build.sh: no .venv here; run 'sh packaging/quickstart.sh test' first" >&2
    exit 1
fi
if ! "$python" -c "import PyInstaller" 2>/dev/null; then
    "$python" -m pip install --quiet --disable-pip-version-check "pyinstaller>=6.10,<7"
fi

# The same sources give the same bundle: byte-code, archive entries and the tarball carry this time stamp,
# and Python's string hashing (set order while PyInstaller collects) does not vary between runs.
SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || echo 315532800)}
PYTHONHASHSEED=0
export SOURCE_DATE_EPOCH PYTHONHASHSEED

rm -rf "$work" "$dist"
# The window's translations, compiled from their sources so the bundle never carries stale ones.
.venv/bin/pyside6-lrelease -silent resources/translations/*.ts
"$python" -m PyInstaller --noconfirm --log-level WARN --distpath "$dist" --workpath "$work" packaging/briefing.spec

version=$("$dist/briefing/briefing" --version | sed 's/^briefing //')
archive=$dist/briefing-$version-linux-$(uname -m).tar.gz
tar --sort=name --mtime="@$SOURCE_DATE_EPOCH" --owner=0 --group=0 --numeric-owner -C "$dist" -cf - briefing \
    | gzip -n -6 > "$archive"

megabytes() { du -sb "$1" | awk '{ printf "%.1f MB", $1 / 1000000 }'; }
echo "folder   $dist/briefing/  $(megabytes "$dist/briefing")"
echo "archive  $archive  $(megabytes "$archive")"
echo "built in $(($(date +%s) - started)) s"
