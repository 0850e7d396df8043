"""How Korean documents write things, checked on every live translation so the native review's defects cannot come
back (../shared/reviews/korean_2026-12.md §6 "cheap lint rules"), and the money a translation may write."""
import importlib.util
import re
from pathlib import Path

import pytest

from anshim.engine.i18n import korean_won_rounded, money_values

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("anshim_i18n_script", ROOT / "scripts" / "i18n.py")
i18n = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(i18n)

# (name, pattern that must not occur in a Korean translation, why)
RULES = [
    ("해요체", re.compile(r"(세요|에요|해요|어요|아요|죠)[.!?]?(?=\s|$|<)"),
     "Anshim speaks 합니다체 like QGIS's Korean messages: …하십시오, not …하세요"),
    ("product name in Latin letters", re.compile(r"\bAnshim\b"), "the product is 안심 in Korean text"),
    ("Base", re.compile(r"\bBase\b"), "the base scenario is 기준안"),
    ("decimal 백만", re.compile(r"(\d[.,]\d+|\})\s?백만"),
     "money as Koreans read it: 1,620만 원 ({x_ko} from engine.i18n.money_values), never 16.2백만 원"),
    ("en dash between numbers", re.compile(r"[\d}]\s?[–—]\s?[\d{]"), "ranges are written 4~5등급, 55~105 m"),
    ("space before %", re.compile(r"[\d}] %"), "16.6%, not 16.6 % (the % also wraps to the next line in the PDF)"),
    ("지상 미터", re.compile(r"지상 미터"), "metres on the ground are 실제 지표면 거리(m)"),
    ("N등급 개선", re.compile(r"(\d|\})등급 개선"), "'1등급 개선' reads 'improved to grade 1': 등급 1단계 개선"),
    ("소스 tab", re.compile(r"속성 → 소스"), "Korean QGIS 3.22 calls the tab 원본"),
    ("범죄 예보", re.compile(r"예보"), "예보 is for weather: 예측"),
]


@pytest.fixture(scope="module")
def korean():
    return {key: entry for key, entry in i18n.read_ts(i18n.TS_FILES["ko"]).items() if entry.state != "obsolete"}


@pytest.mark.parametrize("rule", RULES, ids=[rule[0] for rule in RULES])
def test_no_translation_breaks_the_rule(korean, rule):
    name, pattern, why = rule
    broken = [f"[{context}] {source[:60]!r}: {entry.translation[:80]!r}"
              for (context, source), entry in korean.items() if pattern.search(entry.translation)]
    assert broken == [], f"{name} ({why}):\n" + "\n".join(broken)


@pytest.mark.parametrize("text", ["예산을 늘리거나 단가를 낮추세요.", "Anshim 안심귀갓길 점검", "Base 시나리오",
                                  "비용: 16.2백만 원", "{total:,.1f}백만 원", "4–5등급", "55–105 m", "16.6 %",
                                  "{share:.1f} %", "1등급 개선(더 안전)", "레이어 속성 → 소스에서", "범죄 예보"])
def test_the_rules_catch_what_the_review_found(text):
    assert any(pattern.search(text) for _, pattern, _ in RULES), text


@pytest.mark.parametrize("text", ["예산을 늘리거나 단가를 낮추십시오.", "안심귀갓길 점검 결과(안심)", "기준안", "1,620만 원",
                                  "4~5등급", "16.6%", "등급 2단계 개선(더 안전)", "레이어 속성 → 원본 탭에서"])
def test_the_rules_let_korean_practice_through(text):
    assert not any(pattern.search(text) for _, pattern, _ in RULES), text


def test_korean_money_placeholders_are_passed_by_the_code():
    """A translation may write {x_ko} only where the code passes it (scripts/i18n.py check reads the .format())."""
    messages, _ = i18n.extract()
    by_key = {(message.context, message.source): message for message in messages}
    dock_cost = next(message for key, message in by_key.items()
                     if key[0] == "AnshimPlannerDock" and "Cost: <b>{total:,.1f} million KRW</b>" in key[1])
    assert {"total", "total_ko"} <= dock_cost.passed
    entries = i18n.read_ts(i18n.TS_FILES["ko"])
    assert i18n.translation_problems(entries, messages) == []
    # a translation asking for an amount the code does not pass is refused, not left to raise KeyError
    proposals = by_key[("Briefing", "{sites} proposed sites and {routes} proposed routes from {layers}")]
    broken = {key: i18n.Entry(entry.context, entry.source, entry.translation, entry.state)
              for key, entry in entries.items()}
    broken[(proposals.context, proposals.source)].translation = "{layers}: 제안 {sites_ko}, 경로 {routes}개"
    problems = i18n.translation_problems(broken, messages)
    assert len(problems) == 1 and "sites_ko" in problems[0]


def test_money_values_write_won_as_koreans_read_them():
    assert korean_won_rounded(16_213_400) == "1,621만 원"
    assert korean_won_rounded(50_000_000) == "5,000만 원"
    assert korean_won_rounded(150_000_000) == "1억 5,000만 원"
    assert korean_won_rounded(5_000) == "5,000원"
    assert money_values("total", 16_200_000) == {"total": 16.2, "total_ko": "1,620만 원"}
    assert money_values("budget", 1_000_000, million=False) == {"budget": 1_000_000, "budget_ko": "100만 원"}
