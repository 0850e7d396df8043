"""Korean: every user-visible text is extracted, translated (finished), uses the glossary's words, and reaches the
user only through tr. Strings added later by anyone fail here until `scripts/i18n.py update` and a translation."""
import ast
import csv
import importlib.util
import re
from pathlib import Path

import pytest

from anshim.engine.factors.fields import FACTORS, factor_for
from anshim.engine.i18n import TranslatableError, korean_won, message_of

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("anshim_i18n_script", ROOT / "scripts" / "i18n.py")
i18n = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(i18n)

# calls whose text arguments a user reads: Processing messages, and the Qt/QGIS widgets the dock will use
USER_VISIBLE_CALLS = {"QgsProcessingException", "pushInfo", "pushWarning", "reportError", "pushCommandInfo",
                      "pushMessage", "pushCritical", "pushSuccess", "setToolTip", "setStatusTip", "setWhatsThis",
                      "setWindowTitle", "setText", "setPlaceholderText", "setTitle", "setHeaderLabels", "QLabel",
                      "QPushButton", "QToolButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "addAction",
                      "addItem", "addTab", "information", "warning", "critical", "question", "QgsTask"}
GUI_FOLDERS = ("plugin", "processing_algorithms", "qgis_io")


@pytest.fixture(scope="module")
def extracted():
    return i18n.extract()


@pytest.fixture(scope="module")
def korean():
    return i18n.read_ts(i18n.TS_FILES["ko"])


def test_every_user_visible_text_has_a_finished_korean_translation(extracted, korean):
    messages, _ = extracted
    assert len(messages) > 400
    problems = i18n.translation_problems(korean, messages)
    assert problems == [], ("run `python3 scripts/i18n.py update`, translate the unfinished texts in "
                            "i18n/anshim_ko.ts, then `make`:\n" + "\n".join(problems))


def test_translated_texts_are_literals_not_built_at_run_time(extracted):
    _, problems = extracted
    assert [str(problem) for problem in problems] == []


def _text_arguments(call):
    return list(call.args) + [keyword.value for keyword in call.keywords if keyword.arg in ("text", "title")]


def _bypasses_translation(node):
    """A literal with words, or an f-string, given straight to the user (a tr(...) call is fine)."""
    if isinstance(node, ast.JoinedStr):
        return any(isinstance(part, ast.Constant) and re.search("[A-Za-z]{2}", part.value) for part in node.values)
    return isinstance(node, ast.Constant) and isinstance(node.value, str) and re.search("[A-Za-z]{2}", node.value)


@pytest.mark.parametrize("path", [path for folder in GUI_FOLDERS for path in sorted((ROOT / folder).rglob("*.py"))],
                         ids=lambda path: f"{path.parent.name}/{path.name}")
def test_messages_and_widget_texts_go_through_tr(path):
    untranslated = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call):
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            if name in USER_VISIBLE_CALLS:
                untranslated += [f"line {node.lineno}: {ast.unparse(argument)[:70]}"
                                 for argument in _text_arguments(node) if _bypasses_translation(argument)]
    assert untranslated == [], "wrap these in self.tr(\"…\") / tr(\"…\").format(…):\n" + "\n".join(untranslated)


def _glossary():
    with open(ROOT / "i18n" / "glossary.tsv", encoding="utf-8") as table:
        return [row[:2] for row in csv.reader(table, delimiter="\t") if row and not row[0].startswith("#")]


def test_glossary_has_the_words_korean_practice_uses():
    korean_terms = {korean for _, korean in _glossary()}
    for term in ("안전등급", "보안등", "가로등", "방범용 CCTV", "안심벨", "여성안심지킴이집", "지구대·파출소", "안심귀갓길",
                 "야간 여성 생활인구", "도로 구간", "가장 안전", "집중 관리 필요"):
        assert term in korean_terms
    assert not any("위험 지역" in korean for korean in korean_terms)  # grade words never stigmatise a place


def test_translations_use_the_glossary_terms(extracted, korean):
    messages, _ = extracted
    glossary = _glossary()
    inconsistent = []
    for message in messages:
        translation = korean[(message.context, message.source)].translation
        if re.search(r"\{\w+_ko\}", translation):
            translation += " 원"  # {amount_ko} is written by korean_won: "1,620만 원"
        words = i18n.PLACEHOLDER.sub("", message.source)  # {grade} is a value, not the word
        for english, term in glossary:
            if re.search(rf"\b{re.escape(english)}(s|es)?\b", words, re.IGNORECASE) and term not in translation:
                inconsistent.append(f"[{message.context}] {message.source[:60]!r}: '{english}' → '{term}' missing")
    assert inconsistent == [], "\n".join(inconsistent)


def test_grade_words_say_the_direction(korean):
    legend = {entry.source: entry.translation for entry in korean.values() if entry.context == "Styles"}
    assert legend["1 — safest"] == "1등급 — 가장 안전"
    assert legend["5 — least safe"] == "5등급 — 집중 관리 필요"
    # "2등급 개선" would read "improved to grade 2" next to "1등급 — 가장 안전"
    assert legend["safer by 2 grades"] == "등급 2단계 개선(더 안전)"


def test_every_factor_word_is_extracted(extracted):
    messages, _ = extracted
    fields_texts = {message.source for message in messages if message.context == "Fields"}
    for factor in FACTORS + (factor_for("bus_stops_n"), factor_for("bus_stops_d")):
        assert {factor.description, factor.label_high, factor.label_low} <= fields_texts, factor.name


@pytest.mark.parametrize("amount, words", [(75_000_000, "7,500만 원"), (150_000_000, "1억 5,000만 원"),
                                           (5_000, "5,000원"), (0, "0원"), (12_345_678, "1,234만 5,678원"),
                                           (2_500_000_000, "25억 원"), (1_230_000_000_000, "1조 2,300억 원"),
                                           (-3_000_000, "-300만 원"), (14_999.6, "1만 5,000원")])
def test_won_as_koreans_read_them(amount, words):
    assert korean_won(amount) == words


def test_won_without_the_unit_for_a_translation_that_writes_it():
    assert korean_won(150_000_000, with_won=False) + " 원" == korean_won(150_000_000)
    assert korean_won(60_000_000, with_won=False) == "6,000만"


SAMPLE_MODULE = '''
from qgis.PyQt.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from ..engine.i18n import tr_noop
TR_CONTEXT = "Sample"
LABELS = (tr_noop("Lamp posts"),)

def tr(text):
    return QCoreApplication.translate(TR_CONTEXT, text)

def report(count, tr=tr):
    return tr("{count} lamps").format(count=count)

class SampleAlgorithm:
    def initAlgorithm(self, config=None):
        self.add_parameter(make(self.tr("Radius (m)")), "Help for the radius.")
        self.tr(f"{LABELS} broken")
        QCoreApplication.translate("Elsewhere", "Other context")
        QT_TRANSLATE_NOOP("Table", "Marked text")
'''


def test_extractor_finds_each_form_with_its_context(tmp_path):
    (tmp_path / "sample.py").write_text(SAMPLE_MODULE, encoding="utf-8")
    texts, problems = i18n.extract_python(tmp_path / "sample.py", tmp_path)
    assert {(context, text) for context, text, _, _ in texts} == {
        ("Sample", "Lamp posts"), ("Sample", "{count} lamps"), ("SampleAlgorithm", "Radius (m)"),
        ("SampleAlgorithm", "Help for the radius."), ("Elsewhere", "Other context"), ("Table", "Marked text")}
    assert [problem.line for problem in problems] == [16]  # the f-string inside self.tr


def test_update_keeps_translations_adds_unfinished_and_obsoletes_vanished():
    old = {("A", "kept"): i18n.Entry("A", "kept", "유지", "finished"),
           ("A", "gone"): i18n.Entry("A", "gone", "삭제", "finished")}
    messages = [i18n.Message("A", "kept", [("x.py", 1)]), i18n.Message("A", "new", [("x.py", 2)])]
    merged = i18n.merged(old, messages)
    assert (merged[("A", "kept")].translation, merged[("A", "kept")].state) == ("유지", "finished")
    assert (merged[("A", "new")].translation, merged[("A", "new")].state) == ("", "unfinished")
    assert merged[("A", "gone")].state == "obsolete"
    assert i18n.translation_problems(merged, messages) == ["[A] 'new': translation unfinished"]


def test_ts_file_round_trips(tmp_path, korean):
    copy = tmp_path / "copy.ts"
    i18n.write_ts(copy, korean, "ko_KR")
    assert i18n.read_ts(copy) == korean
    assert copy.read_text(encoding="utf-8") == i18n.TS_FILES["ko"].read_text(encoding="utf-8")


def test_placeholders_of_a_translation_must_exist_in_the_english_text():
    entries = {("A", "{count} lamps"): i18n.Entry("A", "{count} lamps", "{number}개", "finished"),
               ("A", "{amount}"): i18n.Entry("A", "{amount}", "{amount_ko}", "finished")}
    messages = [i18n.Message("A", "{count} lamps"), i18n.Message("A", "{amount}", passed={"amount", "amount_ko"})]
    assert i18n.translation_problems(entries, messages) == [
        "[A] '{count} lamps': translation uses unknown placeholders ['number']"]
    # {amount_ko} is allowed only where the code is seen to pass it
    messages[1].passed = {"amount"}
    assert "amount_ko" in i18n.translation_problems(entries, messages)[1]


def test_an_engine_error_is_english_as_str_and_translated_with_its_cause():
    cause = TranslatableError("Inner", "'{key}' is missing", key="grade")
    error = TranslatableError("Outer", "{path} is not a model: {error}", path="m.anshim", error=cause)
    assert str(error) == "m.anshim is not a model: 'grade' is missing"
    korean = {("Outer", "{path} is not a model: {error}"): "{path}은(는) 모델이 아닙니다: {error}",
              ("Inner", "'{key}' is missing"): "'{key}'이(가) 없습니다"}
    translators = lambda context: lambda text: korean.get((context, text), text)  # noqa: E731
    assert message_of(error, translators) == "m.anshim은(는) 모델이 아닙니다: 'grade'이(가) 없습니다"
    assert message_of(KeyError("x"), translators) == "'x'"


def test_recorded_warnings_are_translated_with_their_values():
    from anshim.engine.i18n import translate_recorded
    from anshim.engine.model.validation import FACTOR_WARNINGS, RECORDED_TEXTS, UNDEFINED_AUC_NOTE
    korean = {FACTOR_WARNINGS[1]: "요인 '{name}'은(는) 모든 구간에서 값이 같아 모델에 정보를 줄 수 없습니다.",
              UNDEFINED_AUC_NOTE: "ROC-AUC를 정의할 수 없습니다."}
    warning = FACTOR_WARNINGS[1].format(name="bus_stops_n")
    assert translate_recorded(warning, RECORDED_TEXTS, lambda text: korean.get(text, text)) == (
        "요인 'bus_stops_n'은(는) 모든 구간에서 값이 같아 모델에 정보를 줄 수 없습니다.")
    assert translate_recorded(UNDEFINED_AUC_NOTE, RECORDED_TEXTS, korean.get) == "ROC-AUC를 정의할 수 없습니다."
    assert translate_recorded("Something else.", RECORDED_TEXTS) == "Something else."
