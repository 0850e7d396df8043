"""Anshim's translations: find every translatable text in the sources and keep ``i18n/anshim_<lang>.ts`` in step.

    python3 scripts/i18n.py update            # add new texts (unfinished), mark vanished ones obsolete
    python3 scripts/i18n.py check             # exit 1 if a text is untranslated, unfinished or not a literal
    python3 scripts/i18n.py todo > todo.tsv   # the unfinished texts as context<TAB>source<TAB>(empty) rows
    python3 scripts/i18n.py apply done.tsv    # fill translations from such rows (context "*" = every context)
    python3 scripts/i18n.py stats

What counts as translatable (the convention in the README's developer notes), found by parsing with ``ast``:

- ``self.tr("…")`` inside a class: context is the class name (``AnshimAlgorithm.tr`` translates with it);
- ``tr("…")`` anywhere in a module: context is the module's ``TR_CONTEXT`` constant (QGIS-side modules define
  ``tr``; engine functions receive it as an argument);
- ``tr_noop("…")`` (``engine.i18n.tr_noop``) in the module's ``TR_CONTEXT``: marks texts in tables that are
  translated later through a variable, ``tr(label)``;
- ``QCoreApplication.translate("Context", "…")`` and ``QT_TRANSLATE_NOOP("Context", "…")``;
- the help text, second argument of ``self.add_parameter(parameter, "…")``, in the class's context;
- the legend labels of the QML styles in resources/styles, in the context of ``qgis_io/styling.py``.

A translated text must be a literal: ``tr(f"…{n}")`` or ``tr("a" + b)`` can never match a translation and is
reported as a problem; write ``tr("… {count} …").format(count=n)``. ``make`` compiles the .ts into the .qm that
the plugin loads, with Qt's ``lrelease``.
"""
import argparse
import ast
import re
import sys
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "i18n"
TS_FILES = {"ko": I18N / "anshim_ko.ts"}
SOURCE_FOLDERS = ("engine", "qgis_io", "processing_algorithms", "plugin")
SOURCE_FILES = ("__init__.py", "scripts/run_demo.py", "scripts/demo_evaluation.py")
STYLE_FOLDER = ROOT / "resources" / "styles"
STYLE_MODULE = ROOT / "qgis_io" / "styling.py"
PLACEHOLDER = re.compile(r"(?<!\{)\{([A-Za-z_][A-Za-z0-9_]*)(?:[:!][^{}]*)?\}")


@dataclass
class Message:
    context: str
    source: str
    locations: list = field(default_factory=list)  # (path relative to the repository, line)
    passed: set = field(default_factory=set)  # keywords the code passes to .format() where it can be read


@dataclass
class Problem:
    path: str
    line: int
    text: str

    def __str__(self):
        return f"{self.path}:{self.line}: {self.text}"


def source_paths(root=ROOT):
    paths = [path for folder in SOURCE_FOLDERS for path in sorted((root / folder).rglob("*.py"))]
    return paths + [root / name for name in SOURCE_FILES if (root / name).exists()]


def module_context(tree):
    """The value of the module's ``TR_CONTEXT = "…"``, or None."""
    for node in tree.body:
        if (isinstance(node, ast.Assign) and any(isinstance(target, ast.Name) and target.id == "TR_CONTEXT"
                                                 for target in node.targets)
                and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)):
            return node.value.value
    return None


def _literal(node):
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _hides_text(node):
    """True for an argument that builds a text at run time from literals: f-strings, concatenation, formatting."""
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return any(_literal(side) is not None or _hides_text(side) for side in (node.left, node.right))
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        return _literal(node.func.value) is not None
    return False


class _Visitor(ast.NodeVisitor):
    def __init__(self, relative, context):
        self.relative, self.context = relative, context
        self.classes = []
        self.found = []  # (context, text, line)
        self.problems = []
        self.passed = []  # (context, text, keywords): what ``tr("…").format(…)`` passes, where the code says it

    def visit_ClassDef(self, node):  # noqa: N802 (ast's name)
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def _take(self, context, argument, node, what):
        text = _literal(argument)
        if text is not None:
            if context is None:
                self.problems.append(Problem(self.relative, node.lineno, f"{what} without a context: define "
                                                                         f"TR_CONTEXT in the module"))
            else:
                self.found.append((context, text, node.lineno))
        elif _hides_text(argument):
            self.problems.append(Problem(self.relative, node.lineno, f"{what} of a text built at run time (f-string, "
                                                                     f"+ or format inside): pass a literal and "
                                                                     f"call .format() on the result"))

    def _record_format(self, node):
        """``tr("…").format(a=…, **money_values("b", …))`` (or ``**date_values``): the keywords passed to the text,
        when all are known."""
        function = node.func
        if not (isinstance(function, ast.Attribute) and function.attr == "format"
                and isinstance(function.value, ast.Call) and function.value.args):
            return
        inner = function.value
        name = inner.func.id if isinstance(inner.func, ast.Name) else getattr(inner.func, "attr", None)
        text = _literal(inner.args[0])
        if name != "tr" or text is None:
            return
        is_self = isinstance(inner.func, ast.Attribute) and getattr(inner.func.value, "id", "") == "self"
        context = (self.classes[-1] if self.classes else None) if is_self else self.context
        keywords = set()
        for keyword in node.keywords:
            if keyword.arg is not None:
                keywords.add(keyword.arg)
            elif (isinstance(keyword.value, ast.Call)
                  and getattr(keyword.value.func, "id", "") in ("money_values", "date_values")
                  and keyword.value.args and _literal(keyword.value.args[0]) is not None):
                money = _literal(keyword.value.args[0])
                keywords |= {money, f"{money}_ko"}
            else:
                return  # **values of unknown keys: nothing can be said
        if context is not None:
            self.passed.append((context, text, keywords))

    def visit_Call(self, node):  # noqa: N802 (ast's name)
        self._record_format(node)
        function = node.func
        name = function.id if isinstance(function, ast.Name) else (
            function.attr if isinstance(function, ast.Attribute) else None)
        is_self = isinstance(function, ast.Attribute) and isinstance(function.value, ast.Name) \
            and function.value.id == "self"
        if name == "tr" and node.args:
            if is_self:
                self._take(self.classes[-1] if self.classes else None, node.args[0], node, "self.tr")
            elif isinstance(function, ast.Name):
                self._take(self.context, node.args[0], node, "tr")
        elif name == "tr_noop" and node.args and isinstance(function, ast.Name):
            self._take(self.context, node.args[0], node, "tr_noop")
        elif name in ("translate", "QT_TRANSLATE_NOOP") and len(node.args) >= 2 and (
                name == "QT_TRANSLATE_NOOP" or (isinstance(function, ast.Attribute)
                                                and getattr(function.value, "id", "") == "QCoreApplication")):
            context = _literal(node.args[0])
            if context is not None:
                self._take(context, node.args[1], node, name)
        elif name == "add_parameter" and is_self:
            help_text = node.args[1] if len(node.args) > 1 else next(
                (keyword.value for keyword in node.keywords if keyword.arg == "help_text"), None)
            if help_text is not None:
                self._take(self.classes[-1] if self.classes else None, help_text, node, "add_parameter help")
        self.generic_visit(node)


def extract_python(path, root=ROOT):
    relative = path.relative_to(root).as_posix()
    tree = ast.parse(path.read_text(encoding="utf-8"), relative)
    visitor = _Visitor(relative, module_context(tree))
    visitor.visit(tree)
    _PASSED.extend(visitor.passed)
    return [(context, text, relative, line) for context, text, line in visitor.found], visitor.problems


_PASSED = []  # (context, text, keywords) of every file extracted, for extract()


def extract_styles(root=ROOT):
    """Legend labels of the QML styles, in the styling module's context."""
    style_module = root / STYLE_MODULE.relative_to(ROOT)
    context = module_context(ast.parse(style_module.read_text(encoding="utf-8")))
    found = []
    for path in sorted((root / STYLE_FOLDER.relative_to(ROOT)).glob("*.qml")):
        relative = path.relative_to(root).as_posix()
        for element in ElementTree.parse(path).iter():
            if element.tag in ("category", "range") and element.get("label"):
                found.append((context, element.get("label"), relative, 0))
    return found


def extract(root=ROOT):
    """``(messages, problems)``: every translatable text once per context, in order of first appearance."""
    found, problems = extract_styles(root), []
    _PASSED.clear()
    for path in source_paths(root):
        texts, issues = extract_python(path, root)
        found += texts
        problems += issues
    messages = {}
    for context, text, relative, line in found:
        message = messages.setdefault((context, text), Message(context, text))
        message.locations.append((relative, line))
    for context, text, keywords in _PASSED:
        if (context, text) in messages:
            messages[(context, text)].passed |= keywords
    return list(messages.values()), problems


# --- the .ts file ---------------------------------------------------------------------------------------------

@dataclass
class Entry:
    context: str
    source: str
    translation: str = ""
    state: str = "unfinished"  # "finished", "unfinished" or "obsolete"
    locations: list = field(default_factory=list)


def read_ts(path):
    """Entries of a .ts file keyed by ``(context, source)``, in file order."""
    entries = {}
    if not path.exists():
        return entries
    for context_element in ElementTree.parse(path).getroot().iter("context"):
        context = context_element.findtext("name")
        for message in context_element.iter("message"):
            translation = message.find("translation")
            state = translation.get("type") or "finished"
            if state == "vanished":
                state = "obsolete"
            entries[(context, message.findtext("source"))] = Entry(
                context, message.findtext("source"), translation.text or "", state,
                [(location.get("filename").removeprefix("../"), int(location.get("line") or 0))
                 for location in message.iter("location")])
    return entries


def write_ts(path, entries, language):
    contexts = {}
    for entry in entries.values():
        contexts.setdefault(entry.context, []).append(entry)
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             f'<TS version="2.1" language="{language}" sourcelanguage="en">']
    for context in sorted(contexts):
        lines += ["<context>", f"    <name>{escape(context, quote=False)}</name>"]
        for entry in contexts[context]:
            lines.append("    <message>")
            for filename, line in entry.locations:
                line_attribute = f' line="{line}"' if line else ""
                lines.append(f'        <location filename="../{escape(filename)}"{line_attribute}/>')
            lines.append(f"        <source>{escape(entry.source, quote=False)}</source>")
            state = "" if entry.state == "finished" else f' type="{entry.state}"'
            lines.append(f"        <translation{state}>{escape(entry.translation, quote=False)}</translation>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def merged(entries, messages):
    """The .ts entries after an update: messages in the code keep their translation (an obsolete one comes back
    as unfinished, to be checked), new ones are unfinished, and translated entries no longer in the code are
    obsolete (kept for a text that comes back)."""
    result = {}
    for message in messages:
        key = (message.context, message.source)
        old = entries.get(key)
        translation = old.translation if old else ""
        state = old.state if old and old.state != "obsolete" else "unfinished"
        result[key] = Entry(message.context, message.source, translation, state, list(message.locations))
    for key, old in entries.items():
        if key not in result and old.translation:  # an untranslated text that vanished is simply dropped
            result[key] = Entry(old.context, old.source, old.translation, "obsolete", [])
    return result


def placeholders(text):
    return set(PLACEHOLDER.findall(text))


def allowed_placeholders(source):
    """What a translation of ``source`` may use: its placeholders, and ``{name_ko}`` for each ``{name}``: an amount
    as Koreans read it ("7,500만 원"), which the code passes next to ``name`` where it formats money."""
    names = placeholders(source)
    return names | {f"{name}_ko" for name in names}


def translation_problems(entries, messages):
    """Texts of ``messages`` with no finished translation, or whose translation uses a placeholder the English
    text does not have (``format`` would fail)."""
    problems = []
    for message in messages:
        entry = entries.get((message.context, message.source))
        where = f"[{message.context}] {message.source[:70]!r}"
        if entry is None or entry.state == "obsolete":
            problems.append(f"{where}: not in the .ts file (run scripts/i18n.py update)")
        elif entry.state == "unfinished" or not entry.translation.strip():
            problems.append(f"{where}: translation unfinished")
        elif not placeholders(entry.translation) <= allowed_placeholders(message.source):
            problems.append(f"{where}: translation uses unknown placeholders "
                            f"{sorted(placeholders(entry.translation) - allowed_placeholders(message.source))}")
        else:
            korean_money = {name for name in placeholders(entry.translation) - placeholders(message.source)}
            if korean_money - message.passed:
                problems.append(f"{where}: translation uses {sorted(korean_money - message.passed)}, which no "
                                f"tr(\"…\").format(…) of this text passes (KeyError at run time): pass it, e.g. "
                                f"**money_values(\"name\", amount_krw) or **date_values(\"name\", date) from "
                                f"engine.i18n")
    return problems


def _escape_cell(text):
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def _unescape_cell(text):
    return re.sub(r"\\(.)", lambda match: {"n": "\n", "t": "\t"}.get(match.group(1), match.group(1)), text)


def apply_rows(entries, rows):
    """Fill translations from ``(context, source, translation)`` rows; context "*" fills every context with that
    source. Returns the number of entries filled; a row that matches nothing raises."""
    filled = 0
    for context, source, translation in rows:
        targets = [entry for entry in entries.values() if entry.source == source
                   and (context == "*" or entry.context == context) and entry.state != "obsolete"]
        if not targets:
            raise SystemExit(f"no text {source[:60]!r} in context {context!r}")
        for entry in targets:
            entry.translation, entry.state = translation, "finished"
            filled += 1
    return filled


def read_rows(path):
    rows = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != 3 or not cells[2].strip():
            raise SystemExit(f"{path}:{number}: expected context<TAB>source<TAB>translation")
        rows.append(tuple(_unescape_cell(cell) for cell in cells))
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("update", "check", "todo", "apply", "stats"))
    parser.add_argument("rows", nargs="?", help="TSV file for apply")
    parser.add_argument("--language", default="ko", choices=sorted(TS_FILES))
    arguments = parser.parse_args()
    path = TS_FILES[arguments.language]
    messages, problems = extract()
    entries = read_ts(path)
    if arguments.command == "update":
        entries = merged(entries, messages)
        write_ts(path, entries, f"{arguments.language}_KR" if arguments.language == "ko" else arguments.language)
    elif arguments.command == "apply":
        if not arguments.rows:
            raise SystemExit("apply needs a TSV file")
        print(f"filled {apply_rows(entries, read_rows(arguments.rows))} translations")
        write_ts(path, entries, f"{arguments.language}_KR" if arguments.language == "ko" else arguments.language)
    elif arguments.command == "todo":
        for entry in entries.values():
            if entry.state == "unfinished":
                print(f"{entry.context}\t{_escape_cell(entry.source)}\t")
        return
    live = [entry for entry in entries.values() if entry.state != "obsolete"]
    finished = sum(entry.state == "finished" for entry in live)
    print(f"{path.relative_to(ROOT)}: {len(messages)} texts in the code, {len(live)} in the file, {finished} "
          f"translated, {len(live) - finished} unfinished, {len(entries) - len(live)} obsolete")
    for problem in problems:
        print(problem, file=sys.stderr)
    if arguments.command == "check":
        issues = translation_problems(entries, messages)
        for issue in issues:
            print(issue, file=sys.stderr)
        sys.exit(1 if issues or problems else 0)


if __name__ == "__main__":
    main()
