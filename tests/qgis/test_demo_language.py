"""`make demo` follows the locale it runs in: under LANG=ko_KR.UTF-8 the briefing, model card, route audit and console
hold no English word beyond the terms Korean documents keep (CCTV, PAI, km, EPSG, …); under C they hold no Korean."""
import html
import os
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "run_demo.py"
# words a Korean document keeps in Latin letters: units, acronyms, product and CRS names (QGIS 3.40 names EPSG:5186
# "KGD2002 / Central Belt 2010"), the cited studies, and the
# technical terms the model card gives in parentheses after the Korean ones
ALLOWED = {"CCTV", "PAI", "ROC", "AUC", "PR", "km", "m", "QGIS", "EPSG", "KT", "LED", "SYNTHETIC", "CRS", "Korea", "KGD",
           "Central", "Belt", "Welsh", "Farrington", "Campbell", "Systematic", "Reviews", "Chalfin", "et", "al",
           "J", "Quant", "Criminology", "Piza", "Public", "Policy", "Weisburd", "Platt", "scaling", "out", "of", "fold",
           "route", "seed", "x", "y"}
HANGUL = re.compile(r"[\uac00-\ud7a3]")
DEMO_ROUTE_NAME = re.compile(r"데모안심\d+")  # the demo district's data: its safe-return routes have Korean names


def run_demo(folder, language):
    environment = {key: value for key, value in os.environ.items() if key not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE")}
    environment.update(QT_QPA_PLATFORM="offscreen", LANG=language)
    return subprocess.run([sys.executable, str(SCRIPT), str(folder)], capture_output=True, text=True, timeout=900,
                          env=environment)


def readable_text(path):
    """What a reader sees of ``path``: the PDF's text, or an HTML page without tags, styles and drawings; file
    paths and identifiers (field names, file stems) are left out."""
    if path.suffix == ".pdf":
        text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    else:
        text = path.read_text(encoding="utf-8")
        text = html.unescape(re.sub(r"<[^>]+>", " ", re.sub(r"<(style|svg).*?</\1>", " ", text, flags=re.S)))
    text = unicodedata.normalize("NFKC", text)  # the PDF's "ﬁ" ligature back to "fi"
    text = re.sub(r"\S+\.(anshim|gpkg|qgz|pdf|html|png|tif)\b", " ", re.sub(r"/[\w./-]+", " ", text))
    return re.sub(r"\b\w+(_\w+)+\b", " ", text)


def english_words(text):
    return sorted({word for word in re.findall(r"[A-Za-z]+", text) if word not in ALLOWED})


@pytest.fixture(scope="module")
def korean_demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo_ko")
    completed = run_demo(folder, "ko_KR.UTF-8")
    if completed.returncode and "NanumBarunGothic" in completed.stderr:
        pytest.xfail("the briefing's font check refuses NanumBarunGothic under a Korean locale: fixed by issue 24")
    assert completed.returncode == 0, completed.stdout + completed.stderr
    return folder, completed.stdout


@pytest.mark.parametrize("name", ["briefing.pdf", "model_card.html", "route_audit.html"])
def test_korean_demo_outputs_are_korean(korean_demo, name):
    folder, _ = korean_demo
    text = readable_text(folder / name)
    assert len(HANGUL.findall(text)) > 200
    assert english_words(text) == []


def test_korean_demo_console_is_korean(korean_demo):
    _, printed = korean_demo
    assert "등급을 매긴 도로 구간: 11,187개" in printed and "산출 불가" in printed
    assert english_words(re.sub(r"/[\w./-]+", " ", printed)) == []


def test_korean_demo_briefing_reads_as_korean_documents_write(korean_demo):
    folder, _ = korean_demo
    text = readable_text(folder / "briefing.pdf")
    assert re.search(r"작성일: \d{4}\. \d{1,2}\. \d{1,2}\.", text)
    assert "방범용 CCTV 6개소" in text and "보안등 40개" in text and "9,000만 원" in text
    assert "가상구 안전정책과" in text and "고위험 도로 방범용 CCTV 설치안" in text
    assert "4~5등급" in text and not re.search(r"\d %", text) and "n/a" not in text
    assert "레이어 '" not in text.split("시나리오 비교")[0]  # no GIS layer name on page 1


@pytest.mark.parametrize("name", ["briefing.pdf", "model_card.html", "route_audit.html"])
def test_plain_demo_outputs_hold_no_korean(demo_run, name):
    folder, _ = demo_run  # run under LANG=C.UTF-8 by the fixture
    text = DEMO_ROUTE_NAME.sub(" ", readable_text(folder / name))
    assert HANGUL.findall(text) == []
    assert "Safer night-time streets: two options" in readable_text(folder / "briefing.pdf")


def test_plain_demo_console_holds_no_korean(demo_run):
    _, printed = demo_run
    assert HANGUL.findall(DEMO_ROUTE_NAME.sub(" ", printed)) == []
