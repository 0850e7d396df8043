"""A model file reproduces the model exactly, and anything tampered with, foreign or dangerous is refused."""
import hashlib
import io
import json
import zipfile

import numpy as np
import pytest
from test_model import fitted_model, synthetic_network

from anshim.engine.model import modelfile
from anshim.engine.model.grades import grade_thresholds
from anshim.engine.model.modelfile import ModelFileError, load_model, save_model

EXTRA = {"factor_settings": {"cctv_radius_m": 50, "light_radius_m": 20}, "metrics": {"pai_5pct": 3.2}}


@pytest.fixture(scope="module")
def model():
    model, X = fitted_model(n_segments=1500, seed=5)
    model.thresholds = grade_thresholds(model.predict_risk(X), np.full(len(X), 10.0))
    return model


@pytest.fixture
def saved(model, tmp_path):
    path = tmp_path / "district.anshim"
    save_model(path, model, EXTRA)
    return path


def read_file(path):
    with zipfile.ZipFile(path) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        payload = archive.read("payload.npz")
    return manifest, payload


def write_file(path, manifest, payload, fix_checksums):
    """Write a model file by hand; with ``fix_checksums`` its checksums match, as a careful forger's would."""
    if fix_checksums:
        manifest["payload_sha256"] = hashlib.sha256(payload).hexdigest()
        content = {key: value for key, value in manifest.items() if key != "manifest_sha256"}
        canonical = json.dumps(content, sort_keys=True, separators=(",", ":"))
        manifest["manifest_sha256"] = hashlib.sha256(canonical.encode()).hexdigest()
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps(manifest))
        archive.writestr("payload.npz", payload)


def npz_bytes(path, **replacements):
    """The file's payload with some arrays replaced."""
    _, payload = read_file(path)
    with np.load(io.BytesIO(payload)) as arrays:
        contents = {name: arrays[name] for name in arrays.files}
    buffer = io.BytesIO()
    np.savez(buffer, **{**contents, **replacements})
    return buffer.getvalue()


def test_round_trip_reproduces_the_model_exactly(model, saved):
    loaded, manifest = load_model(saved)
    X, _, _, _ = synthetic_network(2000, seed=6)

    np.testing.assert_array_equal(loaded.predict_risk(X), model.predict_risk(X))
    np.testing.assert_array_equal(loaded.contributions(X)[1], model.contributions(X)[1])
    np.testing.assert_array_equal(loaded.grade(loaded.predict_risk(X)), model.grade(model.predict_risk(X)))
    assert loaded.factor_names == model.factor_names
    np.testing.assert_array_equal(loaded.constraints, model.constraints)
    np.testing.assert_array_equal(loaded.reference, model.reference)
    assert loaded.training == model.training
    assert manifest["factor_settings"] == EXTRA["factor_settings"] and manifest["metrics"] == EXTRA["metrics"]
    assert manifest["format"] == "anshim-model" and manifest["format_version"] == 1
    assert manifest["factors"][0]["name"] == "cctv_n" and manifest["training"]["library_versions"]["numpy"]


def test_a_model_without_grade_thresholds_round_trips(model, tmp_path, monkeypatch):
    monkeypatch.setattr(model, "thresholds", None)
    save_model(tmp_path / "ungraded.anshim", model, {})
    assert load_model(tmp_path / "ungraded.anshim")[0].thresholds is None


def test_manifest_extra_cannot_replace_anshim_entries(model, tmp_path):
    with pytest.raises(ValueError, match="payload_sha256"):
        save_model(tmp_path / "bad.anshim", model, {"payload_sha256": "0" * 64})


def test_tampered_payload_is_refused(saved):
    manifest, _ = read_file(saved)
    with np.load(io.BytesIO(read_file(saved)[1])) as arrays:
        value = arrays["value"] * 1.01
    write_file(saved, manifest, npz_bytes(saved, value=value), fix_checksums=False)
    with pytest.raises(ModelFileError, match="was modified after it was saved"):
        load_model(saved)


def test_tampered_manifest_is_refused(saved):
    manifest, payload = read_file(saved)
    manifest["grade_thresholds"][3] = 0.99
    write_file(saved, manifest, payload, fix_checksums=False)
    with pytest.raises(ModelFileError, match="was modified after it was saved"):
        load_model(saved)


@pytest.mark.parametrize("content", [b"not a zip at all", b""])
def test_a_file_that_is_not_a_zip_is_refused(tmp_path, content):
    path = tmp_path / "notes.anshim"
    path.write_bytes(content)
    with pytest.raises(ModelFileError, match="is not an Anshim model file"):
        load_model(path)


def test_another_zip_is_refused(tmp_path):
    path = tmp_path / "other.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    with pytest.raises(ModelFileError, match="is not an Anshim model file"):
        load_model(path)


def test_another_format_is_refused(saved):
    manifest, payload = read_file(saved)
    manifest["format"] = "some-other-model"
    write_file(saved, manifest, payload, fix_checksums=True)
    with pytest.raises(ModelFileError, match="is not an Anshim model file"):
        load_model(saved)


def test_a_newer_format_version_is_refused(saved):
    manifest, payload = read_file(saved)
    manifest["format_version"] = 2
    write_file(saved, manifest, payload, fix_checksums=True)
    with pytest.raises(ModelFileError, match="uses format version 2; this Anshim reads up to 1"):
        load_model(saved)


def test_a_pickled_payload_is_never_loaded(saved):
    manifest, _ = read_file(saved)
    payload = npz_bytes(saved, value=np.array([{"__reduce__": "os.system"}] * 3, dtype=object))
    write_file(saved, manifest, payload, fix_checksums=True)
    with pytest.raises(ModelFileError, match="Python objects"):
        load_model(saved)


def test_an_oversized_member_is_refused(saved, monkeypatch):
    monkeypatch.setattr(modelfile, "MAX_PAYLOAD_BYTES", 1 << 20)
    manifest, _ = read_file(saved)
    write_file(saved, manifest, bytes(4 << 20), fix_checksums=True)  # compresses to a few kB
    with pytest.raises(ModelFileError, match="larger than"):
        load_model(saved)


def test_an_array_of_the_wrong_type_is_refused(saved):
    manifest, _ = read_file(saved)
    with np.load(io.BytesIO(read_file(saved)[1])) as arrays:
        left = arrays["left"].astype(np.float64)
    write_file(saved, manifest, npz_bytes(saved, left=left), fix_checksums=True)
    with pytest.raises(ModelFileError, match="array 'left' has type <f8; expected <i4"):
        load_model(saved)


def test_looping_tree_links_are_refused(saved):
    manifest, _ = read_file(saved)
    with np.load(io.BytesIO(read_file(saved)[1])) as arrays:
        left = arrays["left"].copy()
    first_internal = np.flatnonzero(left >= 0)[1]
    left[first_internal] = 0  # back to the first tree's root
    write_file(saved, manifest, npz_bytes(saved, left=left), fix_checksums=True)
    with pytest.raises(ModelFileError, match="not a valid Anshim model: A child link"):
        load_model(saved)


def test_descending_grade_thresholds_are_refused(saved):
    manifest, payload = read_file(saved)
    manifest["grade_thresholds"] = manifest["grade_thresholds"][::-1]
    write_file(saved, manifest, payload, fix_checksums=True)
    with pytest.raises(ModelFileError, match="ascending"):
        load_model(saved)


def test_a_manifest_missing_an_entry_is_refused(saved):
    manifest, payload = read_file(saved)
    del manifest["factors"][2]["constraint"]
    write_file(saved, manifest, payload, fix_checksums=True)
    with pytest.raises(ModelFileError, match="lacks 'constraint'"):
        load_model(saved)
