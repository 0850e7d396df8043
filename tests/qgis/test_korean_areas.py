"""The area mode (crime counts per area) with QGIS set to Korean: the card, the log and an error read in Korean.

Run in its own process like test_korean.py (see the Makefile): reloading the provider in another language can leave
GDAL unable to reopen the demo GeoPackage for the tests that follow."""
import re

import pytest
from qgis.core import QgsProcessingException
from test_crime_areas import demo_layer, grid, run_areas, segments  # noqa: F401 (segments is a fixture)


@pytest.fixture
def korean(anshim_plugin):
    """QGIS set to Korean (Settings → Options → General), the plugin loaded again; English again afterwards."""
    from qgis.core import QgsSettings

    def switch(user_locale):
        settings = QgsSettings()
        settings.setValue("locale/overrideFlag", user_locale is not None)
        settings.setValue("locale/userLocale", user_locale or "")
        anshim_plugin.unload()
        anshim_plugin.initProcessing()
    switch("ko_KR")
    yield anshim_plugin
    switch(None)


def test_the_area_mode_reads_in_korean(korean, demo_run, run_algorithm, segments, tmp_path):
    folder, _ = demo_run
    corner = demo_layer(folder, "segment_area_factors")
    corner.setSubsetString("fid <= 4000")  # one corner trains in seconds; the texts do not depend on its size
    _, messages = run_algorithm("anshim:trainmodel", {
        "INPUT": corner, "SYNTHETIC_CRIMES": True, "MODEL": str(tmp_path / "corner.anshim"),
        "REPORT": str(tmp_path / "card.html")})
    card = (tmp_path / "card.html").read_text(encoding="utf-8")
    assert "범죄 지점이 아니라 구역별 범죄 건수로 학습했습니다" in card and "기댓값 최대화(EM)" in card
    assert "<h3>이후 기간으로 검증</h3>" in card and "개인정보 보호" in card and "Trained from" not in card
    assert re.search(r"트리 \d+개씩 \d+회", card) and "해당 없음" not in card  # the rounds the fit chose, not 'n/a'
    assert any(message.startswith("구역별 범죄 건수로 학습합니다") for message in messages)
    assert any(message.startswith("구역 단위 교차 검증") for message in messages)
    text_counts = grid([(0, 0, "many"), (1, 0, "3")], fields=(("cnt", "string"),))
    with pytest.raises(QgsProcessingException, match="건수 필드 'cnt'에 숫자가 아닌 텍스트가 들어 있습니다"):
        run_areas(run_algorithm, segments, text_counts)
