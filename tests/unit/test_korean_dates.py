"""Dates as Korean documents write them ("2026. 12. 7."), passed next to the ISO date a message shows in English."""
import datetime

import numpy as np

from anshim.engine.i18n import date_values


def test_a_date_reads_as_in_korean_documents():
    assert date_values("date", "2026-12-07") == {"date": "2026-12-07", "date_ko": "2026. 12. 7."}
    assert date_values("date", datetime.date(2024, 6, 15)) == {"date": "2024-06-15", "date_ko": "2024. 6. 15."}
    assert date_values("on", np.datetime64("2025-01-02")) == {"on": "2025-01-02", "on_ko": "2025. 1. 2."}


def test_several_dates_are_listed_in_order():
    assert date_values("dates", ("2024-06-15", "2024-07-01")) == {
        "dates": "2024-06-15, 2024-07-01", "dates_ko": "2024. 6. 15., 2024. 7. 1."}


def test_the_translation_check_knows_a_korean_date_is_passed():
    """A Korean translation may write {dates_ko} where the code passes **date_values("dates", …)."""
    import importlib.util
    from pathlib import Path
    spec = importlib.util.spec_from_file_location(
        "anshim_i18n_script", Path(__file__).resolve().parents[2] / "scripts" / "i18n.py")
    i18n = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(i18n)
    messages, _ = i18n.extract()
    marked = next(message for message in messages if message.context == "AnshimPlannerDock"
                  and message.source.startswith("Marked as installed on {dates}"))
    assert {"dates", "dates_ko", "sites", "routes"} <= marked.passed
