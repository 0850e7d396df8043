"""Saving and loading a :class:`~.model.SafetyModel` as one file that loading can never run code from.

The file is a zip with two members:

* ``manifest.json``: the format name and version, the factors (name, description, constraint, training median),
  the grade thresholds, how the model was trained (``training``: date, data summary, settings, library versions),
  whatever the caller adds (e.g. ``factor_settings`` with the radii used, ``metrics``), the SHA-256 of the payload
  and the SHA-256 of the manifest itself.
* ``payload.npz``: the numeric arrays (tree nodes and calibration knots), written with ``numpy.savez``.

Loading reads only JSON and raw numeric arrays: no pickle, and ``.npy`` headers are checked (dtype, shape, size)
before any data is read. Every member is size-limited, the hashes are compared, and the arrays are validated as
trees (node indices in range, acyclic links) and as a model (shapes, ascending thresholds and knots). The hashes
detect a file changed after saving, by accident or by hand; they are not a signature against deliberate forgery.
"""
import hashlib
import io
import json
import zipfile
import zlib

import numpy as np

from ..factors.fields import factor_for
from .forest import Forest
from ..i18n import TranslatableError, tr_noop
from .safety_model import SafetyModel

TR_CONTEXT = "ModelFile"

FORMAT_NAME = "anshim-model"
FORMAT_VERSION = 1
MANIFEST_NAME = "manifest.json"
PAYLOAD_NAME = "payload.npz"
MAX_MANIFEST_BYTES = 1 << 20
MAX_PAYLOAD_BYTES = 256 << 20

# Payload arrays and the exact dtype each must have.
_FOREST_DTYPES = {
    "baseline": "<f8", "tree_starts": "<i8", "feature": "<i4", "threshold": "<f8", "missing_go_to_left": "|b1",
    "left": "<i4", "right": "<i4", "is_leaf": "|b1", "value": "<f8"}
_PAYLOAD_DTYPES = {**_FOREST_DTYPES, "calibration_raw": "<f8", "calibration_risk": "<f8"}
_ANSHIM_KEYS = {"format", "format_version", "factors", "grade_thresholds", "tie_break", "training",
                "payload_sha256", "manifest_sha256"}


class ModelFileError(TranslatableError):
    """A model file cannot be loaded; the message says why in a planner's words."""


def save_model(path, model, manifest_extra=None):
    """Write ``model`` to ``path`` with ``manifest_extra`` (a JSON-ready dict, e.g. factor settings and metrics)."""
    manifest_extra = dict(manifest_extra or {})
    clashing = sorted(_ANSHIM_KEYS & set(manifest_extra))
    if clashing:
        raise TranslatableError(TR_CONTEXT, tr_noop(
            "Manifest entries {names} are written by Anshim and cannot be passed in."), names=', '.join(clashing))
    payload = _payload_bytes(model)
    manifest = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "factors": [{"name": name, "description": factor_for(name).describe(), "constraint": int(constraint),
                     "reference_value": float(reference)}
                    for name, constraint, reference in zip(model.factor_names, model.constraints, model.reference)],
        "grade_thresholds": None if model.thresholds is None else model.thresholds.tolist(),
        "tie_break": model.tie_break,
        "training": model.training,
        **manifest_extra,
        "payload_sha256": hashlib.sha256(payload).hexdigest(),
    }
    try:
        manifest["manifest_sha256"] = _manifest_digest(manifest)
    except (TypeError, ValueError) as error:
        raise TranslatableError(TR_CONTEXT, tr_noop(
            "The manifest must hold only JSON values (finite numbers): {error}"), error=error) from error
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST_NAME, json.dumps(manifest, indent=2, allow_nan=False))
        archive.writestr(PAYLOAD_NAME, payload)


def load_model(path):
    """Read a model file; returns ``(SafetyModel, manifest dict)`` or raises :class:`ModelFileError`."""
    manifest_bytes, payload = _read_members(path)
    manifest = _parse_manifest(path, manifest_bytes)
    if manifest.get("manifest_sha256") != _manifest_digest(manifest):
        raise ModelFileError(TR_CONTEXT, tr_noop(
            "{path} was modified after it was saved (its manifest does not match its "
            "checksum)."), path=path)
    if manifest.get("payload_sha256") != hashlib.sha256(payload).hexdigest():
        raise ModelFileError(TR_CONTEXT, tr_noop(
            "{path} was modified after it was saved (its arrays do not match their "
            "checksum)."), path=path)
    arrays = _read_payload(path, payload)
    try:
        return _model_from(manifest, arrays), manifest
    except (TypeError, ValueError, KeyError) as error:
        raise ModelFileError(TR_CONTEXT, tr_noop(
            "{path} is not a valid Anshim model: {error}"), path=path, error=error) from error


def _payload_bytes(model):
    arrays = {**model.forest.arrays(), "calibration_raw": model.calibration_raw,
              "calibration_risk": model.calibration_risk}
    buffer = io.BytesIO()
    np.savez(buffer, **{name: np.asarray(arrays[name], dtype=dtype) for name, dtype in _PAYLOAD_DTYPES.items()})
    return buffer.getvalue()


def _manifest_digest(manifest):
    """SHA-256 of the manifest without its own checksum, in a canonical JSON form."""
    content = {key: value for key, value in manifest.items() if key != "manifest_sha256"}
    canonical = json.dumps(content, sort_keys=True, separators=(",", ":"), allow_nan=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _read_members(path):
    try:
        with zipfile.ZipFile(path) as archive:
            if sorted(archive.namelist()) != sorted([MANIFEST_NAME, PAYLOAD_NAME]):
                raise ModelFileError(TR_CONTEXT, tr_noop("{path} is not an Anshim model file."), path=path)
            return (_read_limited(path, archive, MANIFEST_NAME, MAX_MANIFEST_BYTES),
                    _read_limited(path, archive, PAYLOAD_NAME, MAX_PAYLOAD_BYTES))
    except zipfile.BadZipFile as error:
        raise ModelFileError(TR_CONTEXT, tr_noop("{path} is not an Anshim model file."), path=path) from error


def _read_limited(path, archive, name, limit):
    """A member's bytes, refusing (before and while decompressing) anything larger than ``limit``."""
    too_large = ModelFileError(TR_CONTEXT, tr_noop(
        "{path} is not a valid Anshim model: '{name}' is larger than {limit} bytes."), path=path, name=name,
        limit=limit)
    if archive.getinfo(name).file_size > limit:
        raise too_large
    try:
        with archive.open(name) as member:
            data = member.read(limit + 1)  # the declared size may lie; never decompress past the limit
    except (zipfile.BadZipFile, zlib.error, EOFError) as error:
        raise ModelFileError(TR_CONTEXT, tr_noop(
            "{path} is damaged: '{name}' cannot be read."), path=path, name=name) from error
    if len(data) > limit:
        raise too_large
    return data


def _parse_manifest(path, manifest_bytes):
    try:
        manifest = json.loads(manifest_bytes.decode("utf-8"), parse_constant=_reject_constant)
    except ValueError as error:  # also UnicodeDecodeError and JSONDecodeError
        raise ModelFileError(TR_CONTEXT, tr_noop(
            "{path} is not an Anshim model file (unreadable manifest)."), path=path) from error
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT_NAME:
        raise ModelFileError(TR_CONTEXT, tr_noop("{path} is not an Anshim model file."), path=path)
    version = manifest.get("format_version")
    if type(version) is not int or version < 1:
        raise ModelFileError(TR_CONTEXT, tr_noop(
            "{path} is not a valid Anshim model: its format version is missing."), path=path)
    if version > FORMAT_VERSION:
        raise ModelFileError(TR_CONTEXT, tr_noop(
            "{path} uses format version {version}; this Anshim reads up to "
            "{FORMAT_VERSION}. Update the Anshim plugin to use it."), path=path, version=version,
            FORMAT_VERSION=FORMAT_VERSION)
    return manifest


def _reject_constant(constant):
    raise TranslatableError(TR_CONTEXT, tr_noop("non-finite number {constant}"), constant=constant)


def _read_payload(path, payload):
    """The payload's arrays by name, each checked against its expected dtype before its data is read."""
    arrays, budget = {}, MAX_PAYLOAD_BYTES  # the payload's members may be compressed: limit their total size
    try:
        with zipfile.ZipFile(io.BytesIO(payload)) as archive:
            if sorted(archive.namelist()) != sorted(name + ".npy" for name in _PAYLOAD_DTYPES):
                raise ModelFileError(TR_CONTEXT, tr_noop(
                    "{path} is not a valid Anshim model: its arrays are not the expected "
                    "ones."), path=path)
            for name in _PAYLOAD_DTYPES:
                data = _read_limited(path, archive, name + ".npy", budget)
                budget -= len(data)
                arrays[name] = _read_npy(path, name, data)
    except zipfile.BadZipFile as error:
        raise ModelFileError(TR_CONTEXT, tr_noop(
            "{path} is not a valid Anshim model: its arrays are damaged."), path=path) from error
    return arrays


def _read_npy(path, name, data):
    invalid = f"{path} is not a valid Anshim model: array '{name}'"
    stream = io.BytesIO(data)
    try:
        version = np.lib.format.read_magic(stream)
        read_header = {(1, 0): np.lib.format.read_array_header_1_0,
                       (2, 0): np.lib.format.read_array_header_2_0}[version]
        shape, fortran_order, dtype = read_header(stream)
    except (ValueError, KeyError, SyntaxError) as error:
        raise ModelFileError(TR_CONTEXT, tr_noop("{invalid} has an unreadable header."), invalid=invalid) from error
    if dtype.hasobject:
        raise ModelFileError(TR_CONTEXT, tr_noop(
            "{invalid} holds Python objects (pickled data), which Anshim never loads."), invalid=invalid)
    if dtype.str != _PAYLOAD_DTYPES[name] or fortran_order:
        raise ModelFileError(TR_CONTEXT, tr_noop(
            "{invalid} has type {dtype}; expected {expected}."), invalid=invalid, dtype=dtype.str,
            expected=_PAYLOAD_DTYPES[name])
    count = int(np.prod(shape, dtype=np.int64))
    if any(size < 0 for size in shape) or count * dtype.itemsize != len(data) - stream.tell():
        raise ModelFileError(TR_CONTEXT, tr_noop(
            "{invalid} does not match its declared shape {shape}."), invalid=invalid, shape=shape)
    return np.frombuffer(data, dtype=dtype, count=count, offset=stream.tell()).reshape(shape).copy()


def _model_from(manifest, arrays):
    factors = _entry(manifest, "factors", list)
    names = [_entry(factor, "name", str) for factor in factors]
    constraints = [_entry(factor, "constraint", int) for factor in factors]
    references = [_entry(factor, "reference_value", (int, float)) for factor in factors]
    thresholds = _entry(manifest, "grade_thresholds", (list, type(None)))
    if thresholds is not None and not all(_is_number(threshold) for threshold in thresholds):
        raise TranslatableError(TR_CONTEXT, tr_noop("'grade_thresholds' must be a list of numbers or null."))
    if arrays["baseline"].shape != ():
        raise TranslatableError(TR_CONTEXT, tr_noop("the baseline must be a single number."))
    forest = Forest(**{name: arrays[name] for name in _FOREST_DTYPES}, n_features=len(names))
    tie_break = manifest.get("tie_break")  # absent in files saved before crime history (issue 22)
    if tie_break is not None and not isinstance(tie_break, dict):
        raise TranslatableError(TR_CONTEXT, tr_noop("the manifest's '{key}' has the wrong type."), key="tie_break")
    return SafetyModel(names, constraints, forest, arrays["calibration_raw"], arrays["calibration_risk"], references,
                       thresholds=thresholds, training=_entry(manifest, "training", dict), tie_break=tie_break)


def _entry(mapping, key, kind):
    """``mapping[key]`` after checking it exists and has the JSON type ``kind`` (booleans are not numbers)."""
    if not isinstance(mapping, dict) or key not in mapping:
        raise TranslatableError(TR_CONTEXT, tr_noop("the manifest lacks '{key}'."), key=key)
    value = mapping[key]
    if isinstance(value, bool) or not isinstance(value, kind):
        raise TranslatableError(TR_CONTEXT, tr_noop("the manifest's '{key}' has the wrong type."), key=key)
    return value


def _is_number(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool)
