"""Translation files: `python -m ui.translations build|update|check`.

- build:  compile resources/i18n/*.ts into .qm next to them (pyside6-lrelease); `make` runs it.
- update: regenerate resources/i18n/fpreg_en.ts from the sources, keeping existing translations.
  pyside6-lupdate finds self.tr(...) in ui/; a small ast-based extractor finds the wrappers
  `_t("…")` / `_tr("…")` around translate("<context>", text) in app/, db/ and ui/.
- check:  exit 1 when a string in the sources has no translation.

Chinese is the source language; the .ts holds the English. The .qm files are generated.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N_DIR = ROOT / "resources" / "i18n"
EN_TS = I18N_DIR / "fpreg_en.ts"
SOURCE_DIRS = ("app", "db", "ui")
PLACEHOLDER = re.compile(r"\{[a-zA-Z_0-9]*\}")

Messages = dict[str, list[str]]  # context -> source texts, in order of appearance


def _tool(name: str) -> str:
    local = Path(sys.executable).parent / name
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found (install PySide6-Essentials)")
    return found


def _add(messages: Messages, context: str, text: str) -> None:
    texts = messages.setdefault(context, [])
    if text and text not in texts:
        texts.append(text)


def _python_files(dirs: Iterable[str] = SOURCE_DIRS) -> list[Path]:
    return sorted(p for d in dirs for p in (ROOT / d).rglob("*.py") if "__pycache__" not in p.parts)


# -- the translate wrappers (_t / _tr) ------------------------------------------------------------
def _wrapper_context(func: ast.FunctionDef) -> str | None:
    """'ctx' if func is `def _t(text): return translate("ctx", text)` (or QCoreApplication.translate)."""
    if len(func.args.args) != 1:
        return None
    param = func.args.args[0].arg
    for node in ast.walk(func):
        if not isinstance(node, ast.Call) or len(node.args) != 2:
            continue
        callee = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        ctx, text = node.args
        if (callee == "translate" and isinstance(ctx, ast.Constant) and isinstance(ctx.value, str)
                and isinstance(text, ast.Name) and text.id == param):
            return ctx.value
    return None


def _constant_strings(node: ast.AST) -> list[str]:
    """The strings of a module-level constant: a str, or the str values of a dict literal."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.Dict):
        return [v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)]
    return []


def _module_constants(tree: ast.Module) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            strings = _constant_strings(node.value)
            if strings:
                found[node.targets[0].id] = strings
    return found


def extract_wrapped(files: Iterable[Path] | None = None) -> Messages:
    """Strings passed to each module's translate wrapper.

    `_t("literal")` gives the literal. `_t(NAME)`, `_t(NAME.get(..))`, `_t(NAME[..])` give the
    strings of a module-level constant NAME (of this module or imported from a scanned one).
    `_t(variable)` in a module of code lists (app/codes.py: label()) gives all its dict values.
    """
    files = list(files) if files is not None else _python_files()
    trees = {p: ast.parse(p.read_text(encoding="utf-8"), str(p)) for p in files}
    constants_by_module = {
        ".".join(p.relative_to(ROOT).with_suffix("").parts): _module_constants(t) for p, t in trees.items()
    }
    messages: Messages = {}
    for path, tree in trees.items():
        module = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        wrappers = {
            node.name: ctx for node in tree.body
            if isinstance(node, ast.FunctionDef) and (ctx := _wrapper_context(node))
        }
        if not wrappers:
            continue
        constants = dict(constants_by_module[module])
        for node in tree.body:
            if isinstance(node, ast.ImportFrom) and node.module in constants_by_module:
                for alias in node.names:
                    if alias.name in constants_by_module[node.module]:
                        constants[alias.asname or alias.name] = constants_by_module[node.module][alias.name]
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in wrappers):
                continue
            if len(node.args) != 1:
                continue
            ctx, arg = wrappers[node.func.id], node.args[0]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                _add(messages, ctx, arg.value)
                continue
            target = arg
            if isinstance(arg, ast.Call) and isinstance(arg.func, ast.Attribute) and arg.func.attr == "get":
                target = arg.func.value
            elif isinstance(arg, ast.Subscript):
                target = arg.value
            if isinstance(target, ast.Name) and target.id in constants:
                for text in constants[target.id]:
                    _add(messages, ctx, text)
            elif isinstance(target, ast.Name):
                for name, strings in constants_by_module[module].items():
                    if name.isupper():
                        for text in strings:
                            _add(messages, ctx, text)
    return messages


# -- Qt's own extractor for self.tr() -------------------------------------------------------------
def extract_qt(files: Iterable[Path] | None = None) -> Messages:
    files = list(files) if files is not None else _python_files(("ui",))
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "qt.ts"
        subprocess.run(
            [_tool("pyside6-lupdate"), "-silent", "-locations", "none", *map(str, files), "-ts", str(out)],
            check=True, capture_output=True,
        )
        return {ctx: list(sources) for ctx, sources in _read_sources(out).items()}


def _read_sources(path: Path) -> Messages:
    messages: Messages = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            _add(messages, name, message.findtext("source") or "")
    return messages


def all_messages() -> Messages:
    messages = extract_qt()
    for ctx, texts in extract_wrapped().items():
        for text in texts:
            _add(messages, ctx, text)
    return messages


# -- the .ts file ---------------------------------------------------------------------------------
def read_translations(path: Path = EN_TS) -> dict[tuple[str, str], str]:
    if not path.exists():
        return {}
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            element = message.find("translation")
            if element is not None and element.text and element.get("type") not in ("unfinished", "vanished", "obsolete"):
                found[(name, message.findtext("source") or "")] = element.text
    return found


def write_ts(path: Path, messages: Messages, translations: dict[tuple[str, str], str], language: str = "en") -> None:
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="zh_CN")
    for ctx in sorted(messages):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = ctx
        for source in messages[ctx]:
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = source
            element = ET.SubElement(message, "translation")
            text = translations.get((ctx, source))
            if text:
                element.text = text
            else:
                element.set("type", "unfinished")
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def missing(messages: Messages, translations: dict[tuple[str, str], str]) -> list[tuple[str, str]]:
    return [(ctx, text) for ctx, texts in messages.items() for text in texts if not translations.get((ctx, text))]


def update(path: Path = EN_TS) -> list[tuple[str, str]]:
    """Rewrite the .ts with every current string; returns the untranslated ones."""
    messages = all_messages()
    translations = read_translations(path)
    write_ts(path, messages, translations)
    return missing(messages, translations)


def compile_ts(ts: Path, qm: Path) -> Path:
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True)
    return qm


def build(directory: Path = I18N_DIR) -> list[Path]:
    return [compile_ts(ts, ts.with_suffix(".qm")) for ts in sorted(directory.glob("*.ts"))]


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    command = argv[0] if argv else "build"
    if command == "build":
        for qm in build():
            print(qm.relative_to(ROOT))
        return 0
    if command == "update":
        untranslated = update()
        for ctx, text in untranslated:
            print(f"untranslated [{ctx}] {text}")
        print(f"{EN_TS.relative_to(ROOT)}: {len(untranslated)} untranslated")
        return 0
    if command == "check":
        untranslated = missing(all_messages(), read_translations())
        for ctx, text in untranslated:
            print(f"untranslated [{ctx}] {text}")
        return 1 if untranslated else 0
    print("usage: python -m ui.translations build|update|check", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
