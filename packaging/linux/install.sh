#!/bin/sh
# Install Briefing for the current user from the unpacked bundle this script sits in:
#   the app        ~/.local/opt/briefing/  (a copy of this folder; set BRIEFING_INSTALL_DIR for another place)
#   the command    ~/.local/bin/briefing   (a symbolic link to the app)
#   the menu entry ~/.local/share/applications/briefing.desktop
#   the icons      ~/.local/share/icons/hicolor/<size>/apps/briefing.png and scalable/apps/briefing.svg
# Run it again to update. ./uninstall.sh removes all of it; the database in ~/.local/share/Briefing/ stays.
set -eu

here=$(CDPATH='' cd -- "$(dirname -- "$0")" && pwd -P)
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
target=${BRIEFING_INSTALL_DIR:-$HOME/.local/opt/briefing}
link=$HOME/.local/bin/briefing

is_bundle() { [ -x "$1/briefing" ] && [ -d "$1/_internal" ]; }

if ! is_bundle "$here"; then
    echo "install.sh: run me from the unpacked Briefing folder (the one with the 'briefing' program)" >&2
    exit 1
fi
case "$target" in
    /*) ;;
    *) target=$(pwd -P)/$target ;;
esac
case "$target" in
    *[\"\`\$\\%]*) echo "install.sh: choose an install folder without \" \` \$ \\ or % in its path" >&2; exit 1 ;;
esac

# The app: copied next to the old one, then swapped in, so a failed copy leaves the old one working.
if [ "$here" != "$(cd "$target" 2>/dev/null && pwd -P)" ]; then
    if [ -e "$target" ] && ! is_bundle "$target"; then
        echo "install.sh: $target exists and is not a Briefing installation; not touching it" >&2
        exit 1
    fi
    mkdir -p "$(dirname "$target")"
    rm -rf "$target.new"
    cp -RPp "$here" "$target.new"
    rm -rf "$target"
    mv "$target.new" "$target"
fi

mkdir -p "$(dirname "$link")"
if [ -e "$link" ] && [ ! -L "$link" ]; then
    echo "install.sh: $link is another program; left as it is (start Briefing as $target/briefing)" >&2
else
    ln -sfn "$target/briefing" "$link"
fi

# The menu entry runs the app by its full path: ~/.local/bin is not on every desktop session's PATH.
mkdir -p "$data_home/applications"
sed -e "s|^Exec=.*|Exec=\"$target/briefing\"|" -e "s|^TryExec=.*|TryExec=$target/briefing|" \
    "$target/briefing.desktop" > "$data_home/applications/briefing.desktop"

icons=$target/_internal/briefing/_resources/icons/app
theme=$data_home/icons/hicolor
for png in "$icons"/hicolor/*/apps/briefing.png; do
    size=$(basename "$(dirname "$(dirname "$png")")")
    mkdir -p "$theme/$size/apps"
    cp "$png" "$theme/$size/apps/briefing.png"
done
mkdir -p "$theme/scalable/apps"
cp "$icons/briefing.svg" "$theme/scalable/apps/briefing.svg"

# Refresh the caches that exist; a touched theme folder makes the desktop look at it again.
touch "$theme"
if [ -f "$theme/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache --quiet --force --ignore-theme-index "$theme" || true
fi
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database --quiet "$data_home/applications" || true
fi

echo "Briefing is installed in $target and in the applications menu."
case ":$PATH:" in
    *":$(dirname "$link"):"*) echo "Start it from the menu or with: briefing" ;;
    *) echo "Start it from the menu or with: $link ($(dirname "$link") is not on your PATH)" ;;
esac
