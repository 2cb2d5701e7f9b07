#!/bin/sh
# Remove what install.sh put in place for the current user: the app in ~/.local/opt/briefing/ (or
# BRIEFING_INSTALL_DIR), the link ~/.local/bin/briefing, the menu entry and the icons. The database,
# backups and settings stay (~/.local/share/Briefing/, ~/.config/Briefing/): delete them yourself if you wish.
set -eu

data_home=${XDG_DATA_HOME:-$HOME/.local/share}
target=${BRIEFING_INSTALL_DIR:-$HOME/.local/opt/briefing}
link=$HOME/.local/bin/briefing
theme=$data_home/icons/hicolor

if [ -L "$link" ] && [ "$(readlink "$link")" = "$target/briefing" ]; then
    rm -f "$link"
fi
rm -f "$data_home/applications/briefing.desktop"
for icon in "$theme"/*/apps/briefing.png "$theme/scalable/apps/briefing.svg"; do
    if [ -f "$icon" ]; then rm -f "$icon"; fi
done
if [ -x "$target/briefing" ] && [ -d "$target/_internal" ]; then
    rm -rf "$target"
fi

if [ -d "$theme" ]; then
    touch "$theme"
    if [ -f "$theme/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache --quiet --force --ignore-theme-index "$theme" || true
    fi
fi
if [ -d "$data_home/applications" ] && command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database --quiet "$data_home/applications" || true
fi
echo "Briefing is uninstalled. Your visits are still in $data_home/Briefing/."
