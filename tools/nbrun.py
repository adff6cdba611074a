#!/usr/bin/python3
"""Execute Deno Jupyter notebooks through the real ``deno`` kernel, reliably.

Usage (run with the system Python, where Debian's ``jupyter-client`` lives):

    /usr/bin/python3 tools/nbrun.py --write notebooks/a.ipynb [more.ipynb ...]
    /usr/bin/python3 tools/nbrun.py --check notebooks/a.ipynb [more.ipynb ...]
    /usr/bin/python3 tools/nbrun.py --json  notebooks/a.ipynb
    /usr/bin/python3 tools/nbrun.py --probe

Modes
    --write  store fresh outputs and execution counts in the notebook (nbformat's
             own JSON layout: 1-space indent, sorted keys, multi-line strings
             split in lists, trailing newline; existing cell ids are kept and
             missing ones derived from the cell's position and source).
    --check  compare fresh outputs with the stored ones after normalising what
             legitimately varies (ANSI codes, execution counts, cell ids,
             output metadata, trailing whitespace, how streams are chunked);
             print a unified diff naming each stale cell.
    --json   print {"notebook", "cells": [{index, id, source, execution_count,
             outputs, text}]} for one notebook on stdout (outputs normalised as
             for --check; ``text`` joins stdout and text/plain results; ``stale``
             lists the diffs --check would print, so one run serves both).
    --probe  exit 0 if jupyter_client and the kernelspec are usable, else 3
             with what is missing and how to install it.

Why not nbconvert/nbclient: the Deno kernel sometimes publishes a cell's
output *after* reporting the cell idle, and those tools then drop it at random.
Here every iopub message is routed to its cell by ``parent_header.msg_id``, and
after each idle we keep listening until iopub has been quiet for ``--grace``
seconds (at most ``--grace-max``), so late outputs land on the right cell.

Cells are named "cell N" with N counted from 1 over all cells (markdown
included), the way a reader counts them scrolling through the notebook.

Exit status: 0 ok; 1 stale outputs (--check); 2 a cell raised, timed out or the
kernel died; 3 Jupyter or the deno kernelspec is missing; 4 bad usage.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import json
import os
import queue
import re
import sys
import tempfile
import time

# Debian's debugpy (pulled in by ipykernel) warns about frozen modules when the
# kernelspec machinery imports it; that warning is noise here.
os.environ.setdefault("PYDEVD_DISABLE_FILE_VALIDATION", "1")

EXIT_OK = 0
EXIT_STALE = 1
EXIT_CELL_ERROR = 2
EXIT_ENVIRONMENT = 3
EXIT_USAGE = 4

INSTALL_HINT = (
    "install it with: apt-get install -y jupyter-nbconvert python3-nbclient "
    "jupyter-client python3-ipykernel && deno jupyter --install"
)

DEFAULT_KERNELSPEC = {"display_name": "Deno", "language": "typescript", "name": "deno"}

# CSI sequences (colours, cursor moves) and OSC sequences (hyperlinks, titles).
ANSI_RE = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]")

OUTPUT_TYPES = ("stream", "display_data", "execute_result", "error")


class RunFailure(Exception):
    """A notebook could not be executed to the end (exit status 2)."""


class EnvironmentMissing(Exception):
    """Jupyter or the kernelspec is not installed (exit status 3)."""


# --------------------------------------------------------------------------
# Notebook file helpers (mirror nbformat's reader and writer, stdlib only)
# --------------------------------------------------------------------------


def joined(value) -> str:
    """Join nbformat's list-of-lines form back into one string."""
    if isinstance(value, list):
        return "".join(value)
    return value if isinstance(value, str) else ""


def first_line(source: str) -> str:
    for line in source.splitlines():
        if line.strip():
            return line.strip()[:80]
    return "(empty)"


def cell_label(index: int, cell: dict) -> str:
    return f"cell {index + 1} (`{first_line(joined(cell.get('source', '')))}`)"


def load_notebook(path: str) -> dict:
    with open(path, encoding="utf-8") as f:
        nb = json.load(f)
    if not isinstance(nb, dict) or not isinstance(nb.get("cells"), list):
        raise ValueError(f"{path} is not a notebook: no 'cells' list")
    if nb.get("nbformat") != 4:
        raise ValueError(f"{path}: nbformat {nb.get('nbformat')!r} found, 4 expected")
    return nb


def _is_json_mime(mime: str) -> bool:
    return mime == "application/json" or (mime.startswith("application/") and mime.endswith("+json"))


def _split_bundle(data: dict) -> None:
    for key, value in list(data.items()):
        if isinstance(value, str) and (key.startswith("text/") or key in ("application/javascript", "image/svg+xml")):
            data[key] = value.splitlines(True)


def notebook_json(nb: dict) -> str:
    """Serialise like ``nbformat.write``: split lines, indent 1, sorted keys, final newline."""
    nb = json.loads(json.dumps(nb))  # deep copy
    for key in ("orig_nbformat", "orig_nbformat_minor", "signature"):
        nb.get("metadata", {}).pop(key, None)
    for cell in nb["cells"]:
        cell.get("metadata", {}).pop("trusted", None)
        if isinstance(cell.get("source"), str):
            cell["source"] = cell["source"].splitlines(True)
        for attachment in cell.get("attachments", {}).values():
            _split_bundle(attachment)
        if cell.get("cell_type") == "code":
            for output in cell.get("outputs", []):
                if output.get("output_type") in ("execute_result", "display_data"):
                    _split_bundle(output.get("data", {}))
                elif output.get("output_type") == "stream" and isinstance(output.get("text"), str):
                    output["text"] = output["text"].splitlines(True)
    text = json.dumps(nb, indent=1, sort_keys=True, separators=(",", ": "), ensure_ascii=False)
    return text + "\n"


def ensure_cell_ids(nb: dict) -> None:
    """Keep existing ids; give cells without one (or with a duplicate) a derived, stable id."""
    seen: set[str] = set()
    for index, cell in enumerate(nb["cells"]):
        cell_id = cell.get("id")
        if not isinstance(cell_id, str) or not cell_id or cell_id in seen:
            digest = hashlib.sha256(f"{index}\0{joined(cell.get('source', ''))}".encode()).hexdigest()
            cell_id = digest[:12]
            while cell_id in seen:
                digest = hashlib.sha256(digest.encode()).hexdigest()
                cell_id = digest[:12]
            cell["id"] = cell_id
        seen.add(cell_id)
    if nb.get("nbformat_minor", 0) < 5:
        nb["nbformat_minor"] = 5


def write_atomically(path: str, text: str) -> bool:
    """Write ``text`` to ``path`` unless it already holds exactly that; say whether it changed."""
    try:
        with open(path, encoding="utf-8") as f:
            if f.read() == text:
                return False
    except FileNotFoundError:
        pass
    directory = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=".nbrun-", suffix=".ipynb", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.chmod(tmp, os.stat(path).st_mode & 0o777 if os.path.exists(path) else 0o644)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return True


# --------------------------------------------------------------------------
# Normalisation (for --check and --json)
# --------------------------------------------------------------------------


def clean_text(text: str) -> str:
    """Strip ANSI codes, trailing whitespace on each line, and trailing blank lines."""
    text = ANSI_RE.sub("", text).replace("\r\n", "\n")
    return "\n".join(line.rstrip() for line in text.split("\n")).rstrip("\n")


def normalize_outputs(outputs: list) -> list:
    """Outputs reduced to what must not vary: no counts, metadata or transient keys;
    consecutive stream chunks of one name merged; text cleaned."""
    merged: list = []
    for output in outputs:
        kind = output.get("output_type")
        if kind == "stream":
            text = joined(output.get("text", ""))
            name = output.get("name", "stdout")
            if merged and merged[-1]["output_type"] == "stream" and merged[-1]["name"] == name:
                merged[-1]["text"] += text
            else:
                merged.append({"output_type": "stream", "name": name, "text": text})
        elif kind in ("display_data", "execute_result"):
            data = {}
            for mime, value in sorted(output.get("data", {}).items()):
                if _is_json_mime(mime) and not isinstance(value, str):
                    data[mime] = value
                else:
                    data[mime] = clean_text(joined(value))
            merged.append({"output_type": kind, "data": data})
        elif kind == "error":
            merged.append(
                {
                    "output_type": "error",
                    "ename": clean_text(output.get("ename", "")),
                    "evalue": clean_text(output.get("evalue", "")),
                    "traceback": [clean_text(line) for line in output.get("traceback", [])],
                }
            )
    for output in merged:
        if output["output_type"] == "stream":
            output["text"] = clean_text(output["text"])
    return [o for o in merged if not (o["output_type"] == "stream" and o["text"] == "")]


def render_outputs(outputs: list) -> list[str]:
    """Normalised outputs as diff-friendly lines."""
    lines: list[str] = []
    for position, output in enumerate(outputs):
        kind = output["output_type"]
        if kind == "stream":
            lines.append(f"[{position}] stream {output['name']}")
            lines.extend("    " + line for line in output["text"].split("\n"))
        elif kind == "error":
            lines.append(f"[{position}] error {output['ename']}: {output['evalue']}")
        else:
            lines.append(f"[{position}] {kind}")
            for mime, value in output["data"].items():
                lines.append(f"  {mime}:")
                if not isinstance(value, str):
                    value = json.dumps(value, indent=1, sort_keys=True, ensure_ascii=False)
                elif mime in ("image/svg+xml", "text/html"):
                    value = value.replace("><", ">\n<")
                lines.extend("    " + line for line in value.split("\n"))
    return lines


def plain_text(outputs: list) -> str:
    """What a reader sees as text: stdout chunks and text/plain results, in order."""
    parts = []
    for output in outputs:
        if output["output_type"] == "stream" and output["name"] == "stdout":
            parts.append(output["text"])
        elif output["output_type"] in ("display_data", "execute_result") and "text/plain" in output["data"]:
            parts.append(output["data"]["text/plain"])
    return "\n".join(parts)


# --------------------------------------------------------------------------
# Execution
# --------------------------------------------------------------------------


class CellRun:
    """Outputs collected for one executed cell."""

    def __init__(self, index: int, cell: dict):
        self.index = index
        self.cell = cell
        self.outputs: list = []
        self.execution_count = None
        self.idle = False
        self.reply = None
        self.clear_pending = False

    def add(self, kind: str, content: dict) -> None:
        if self.clear_pending:
            self.outputs = []
            self.clear_pending = False
        if kind == "stream":
            name, text = content.get("name", "stdout"), content.get("text", "")
            last = self.outputs[-1] if self.outputs else None
            if last and last["output_type"] == "stream" and last["name"] == name:
                last["text"] += text
            else:
                self.outputs.append({"output_type": "stream", "name": name, "text": text})
        elif kind in ("display_data", "execute_result"):
            output = {
                "output_type": kind,
                "data": content.get("data", {}),
                "metadata": content.get("metadata", {}),
            }
            display_id = (content.get("transient") or {}).get("display_id")
            if display_id:
                output["_display_id"] = display_id
            if kind == "execute_result":
                output["execution_count"] = content.get("execution_count")
            self.outputs.append(output)
        elif kind == "error":
            self.outputs.append(
                {
                    "output_type": "error",
                    "ename": content.get("ename", ""),
                    "evalue": content.get("evalue", ""),
                    "traceback": content.get("traceback", []),
                }
            )

    def stored_outputs(self) -> list:
        result = []
        for output in self.outputs:
            output = dict(output)
            output.pop("_display_id", None)
            if output["output_type"] == "execute_result":
                output["execution_count"] = self.execution_count
            result.append(output)
        return result

    def failure(self):
        """(ename, evalue, traceback) when the cell raised, else None."""
        for output in self.outputs:
            if output["output_type"] == "error":
                return output["ename"], output["evalue"], output["traceback"]
        if self.reply and self.reply.get("status") == "error":
            return self.reply.get("ename", "Error"), self.reply.get("evalue", ""), self.reply.get("traceback", [])
        return None


class NotebookRunner:
    def __init__(self, path: str, args: argparse.Namespace):
        self.path = path
        self.args = args
        self.by_msg_id: dict[str, CellRun] = {}
        self.runs: list[CellRun] = []
        self.language_info = None

    def log(self, text: str) -> None:
        if not self.args.quiet:
            print(text, file=sys.stderr, flush=True)

    # -- iopub routing ---------------------------------------------------

    def pump(self, kc, timeout: float):
        """Read one iopub message (waiting at most ``timeout`` s), route it to its cell."""
        try:
            msg = kc.get_iopub_msg(timeout=max(timeout, 0.0))
        except queue.Empty:
            return None
        run = self.by_msg_id.get(msg.get("parent_header", {}).get("msg_id"))
        kind, content = msg["msg_type"], msg["content"]
        if kind == "update_display_data":
            display_id = (content.get("transient") or {}).get("display_id")
            for other in self.runs:
                for output in other.outputs:
                    if display_id and output.get("_display_id") == display_id:
                        output["data"] = content.get("data", {})
                        output["metadata"] = content.get("metadata", {})
            return msg
        if run is None:
            return msg
        if kind == "status" and content.get("execution_state") == "idle":
            run.idle = True
        elif kind == "execute_input":
            run.execution_count = content.get("execution_count")
        elif kind == "clear_output":
            if content.get("wait"):
                run.clear_pending = True
            else:
                run.outputs = []
        elif kind in OUTPUT_TYPES:
            run.add(kind, content)
        return msg

    def wait_reply(self, kc, msg_id: str, deadline: float):
        while time.monotonic() < deadline:
            try:
                msg = kc.get_shell_msg(timeout=max(0.0, min(1.0, deadline - time.monotonic())))
            except queue.Empty:
                continue
            if msg.get("parent_header", {}).get("msg_id") == msg_id:
                return msg["content"]
        return None

    def execute(self, km, kc, index: int, cell: dict) -> CellRun:
        run = CellRun(index, cell)
        self.runs.append(run)
        source = joined(cell.get("source", ""))
        if not source.strip():
            return run  # like nbclient: empty cells are not sent
        msg_id = kc.execute(source, store_history=True, allow_stdin=False, stop_on_error=True)
        self.by_msg_id[msg_id] = run
        started = time.monotonic()
        deadline = started + self.args.timeout
        while not run.idle:
            if time.monotonic() >= deadline:
                km.interrupt_kernel()
                raise RunFailure(f"{self.path}: {cell_label(index, cell)} timed out after {self.args.timeout:g} s")
            self.pump(kc, min(0.5, deadline - time.monotonic()))
            if not run.idle and not km.is_alive():
                raise RunFailure(f"{self.path}: the kernel died while running {cell_label(index, cell)}")
        # Grace after idle: the Deno kernel may still publish this cell's output.
        grace_end = time.monotonic() + self.args.grace_max
        while True:
            now = time.monotonic()
            if now >= grace_end or self.pump(kc, min(self.args.grace, grace_end - now)) is None:
                break
        run.reply = self.wait_reply(kc, msg_id, time.monotonic() + 10)
        if run.reply and run.reply.get("execution_count") is not None:
            run.execution_count = run.reply["execution_count"]
        return run

    # -- whole notebook -----------------------------------------------------

    def run(self, nb: dict) -> list[CellRun]:
        probe(self.args.kernel)
        from jupyter_client import KernelManager

        km = KernelManager(kernel_name=self.args.kernel)

        env = dict(os.environ)
        env["NO_COLOR"] = "1"
        env.pop("FORCE_COLOR", None)
        env.setdefault("DENO_NO_UPDATE_CHECK", "1")
        cwd = self.args.cwd or os.path.dirname(os.path.abspath(self.path))
        kernel_log = tempfile.TemporaryFile(mode="w+b")
        code_cells = [(i, c) for i, c in enumerate(nb["cells"]) if c.get("cell_type") == "code"]
        kc = None
        try:
            # jupyter_client picks free ports, then the kernel binds them: another process may
            # take one in between ("Address already in use"). A kernel that dies while starting
            # is started again on new ports, up to three times.
            for attempt in range(1, 4):
                km.start_kernel(cwd=cwd, env=env, stdout=kernel_log, stderr=kernel_log)
                kc = km.client()
                kc.start_channels()
                try:
                    kc.wait_for_ready(timeout=self.args.startup_timeout)
                    break
                except RuntimeError as error:
                    kc.stop_channels()
                    kc = None
                    if km.has_kernel:
                        km.shutdown_kernel(now=True)
                    if attempt == 3:
                        raise RunFailure(f"{self.path}: the '{self.args.kernel}' kernel did not start: {error}")
                    self.log(f"kernel did not start ({error}); starting it again on new ports")
                    km = KernelManager(kernel_name=self.args.kernel)
            info = kc.kernel_info(reply=True, timeout=30)
            self.language_info = info["content"].get("language_info")
            for position, (index, cell) in enumerate(code_cells, start=1):
                started = time.monotonic()
                try:
                    run = self.execute(km, kc, index, cell)
                except RunFailure:
                    self.log(f"[{position}/{len(code_cells)}] cell {index + 1} failed ({time.monotonic() - started:.1f} s)")
                    raise
                failure = run.failure()
                status = "error" if failure else "ok" if run.idle else "empty, not run"
                self.log(f"[{position}/{len(code_cells)}] cell {index + 1} {status} ({time.monotonic() - started:.1f} s)")
                if failure:
                    ename, evalue, traceback = failure
                    trace = "\n".join("    " + clean_text(line) for line in traceback)
                    raise RunFailure(f"{self.path}: {cell_label(index, cell)} raised {ename}: {evalue}\n{trace}")
            return self.runs
        except RunFailure as failure:
            if km.has_kernel and not km.is_alive():
                kernel_log.seek(0)
                tail = kernel_log.read().decode("utf-8", "replace")[-4000:]
                raise RunFailure(f"{failure}\nkernel log:\n{clean_text(tail)}")
            raise
        finally:
            if kc is not None:
                kc.stop_channels()
            if km.has_kernel:
                km.shutdown_kernel(now=True)
            kernel_log.close()
            del kc, km  # before interpreter shutdown, whose __del__ noise we do not want


# --------------------------------------------------------------------------
# Modes
# --------------------------------------------------------------------------


def probe(kernel: str) -> str:
    """Describe the usable kernelspec, or raise EnvironmentMissing."""
    try:
        from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel
    except ImportError as error:
        raise EnvironmentMissing(f"jupyter_client is not importable by {sys.executable} ({error}); {INSTALL_HINT}")
    try:
        spec = KernelSpecManager().get_kernel_spec(kernel)
    except NoSuchKernel:
        raise EnvironmentMissing(f"no '{kernel}' Jupyter kernelspec; {INSTALL_HINT}")
    program = spec.argv[0] if spec.argv else ""
    if not (os.path.isabs(program) and os.access(program, os.X_OK)):
        raise EnvironmentMissing(
            f"the '{kernel}' kernelspec in {spec.resource_dir} runs {program!r}, which is not an "
            f"executable; re-register it with `deno jupyter --install`"
        )
    return f"'{kernel}' kernelspec in {spec.resource_dir} runs {program}"


def write_mode(path: str, nb: dict, runs: list[CellRun], runner: NotebookRunner) -> None:
    for run in runs:
        run.cell["outputs"] = run.stored_outputs()
        run.cell["execution_count"] = run.execution_count
    metadata = nb.setdefault("metadata", {})
    if "kernelspec" not in metadata:
        metadata["kernelspec"] = dict(DEFAULT_KERNELSPEC)
    if "language_info" not in metadata and runner.language_info:
        metadata["language_info"] = runner.language_info
    ensure_cell_ids(nb)
    changed = write_atomically(path, notebook_json(nb))
    runner.log(f"{path}: {'outputs written' if changed else 'unchanged'}")


def check_mode(path: str, runs: list[CellRun]) -> list[str]:
    """Unified diffs for stale cells (empty when all stored outputs are current)."""
    reports = []
    for run in runs:
        stored = normalize_outputs(run.cell.get("outputs", []))
        fresh = normalize_outputs(run.stored_outputs())
        if stored == fresh:
            continue
        label = cell_label(run.index, run.cell)
        diff = difflib.unified_diff(
            render_outputs(stored),
            render_outputs(fresh),
            fromfile=f"{path} cell {run.index + 1}: stored outputs",
            tofile=f"{path} cell {run.index + 1}: fresh outputs",
            lineterm="",
        )
        reports.append(f"stale: {path} {label}\n" + "\n".join(diff))
    return reports


def json_mode(path: str, runs: list[CellRun]) -> dict:
    cells = []
    for run in runs:
        outputs = normalize_outputs(run.stored_outputs())
        cells.append(
            {
                "index": run.index + 1,
                "id": run.cell.get("id"),
                "source": joined(run.cell.get("source", "")),
                "execution_count": run.execution_count,
                "outputs": outputs,
                "text": plain_text(outputs),
            }
        )
    return {"notebook": path, "cells": cells, "stale": check_mode(path, runs)}


class UsageParser(argparse.ArgumentParser):
    def error(self, message):  # argparse exits 2 by default; 2 means "a cell failed" here
        self.print_usage(sys.stderr)
        print(f"{self.prog}: error: {message}", file=sys.stderr)
        sys.exit(EXIT_USAGE)


def main(argv: list[str]) -> int:
    parser = UsageParser(
        prog="nbrun.py",
        description="Execute Deno notebooks through the real kernel (see module docstring).",
    )
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--write", action="store_true", help="store fresh outputs in the notebook")
    mode.add_argument("--check", action="store_true", help="exit 1 with a diff if stored outputs are stale")
    mode.add_argument("--json", action="store_true", help="print fresh outputs of one notebook as JSON")
    mode.add_argument("--probe", action="store_true", help="check that Jupyter and the kernelspec are usable")
    parser.add_argument("notebooks", nargs="*", metavar="NOTEBOOK")
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds per cell (default 300)")
    parser.add_argument("--startup-timeout", type=float, default=60.0, help="seconds for the kernel to start")
    parser.add_argument("--grace", type=float, default=0.4, help="quiet iopub seconds that end a cell (default 0.4)")
    parser.add_argument("--grace-max", type=float, default=5.0, help="longest wait after idle (default 5)")
    parser.add_argument("--kernel", default="deno", help="kernelspec name (default deno)")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress lines")
    parser.add_argument("--cwd", default=None, help="the kernel's working folder (default: the notebook's)")
    args = parser.parse_args(argv)
    if args.probe:
        try:
            print(f"ok: {probe(args.kernel)}")
        except EnvironmentMissing as error:
            print(f"nbrun: {error}", file=sys.stderr)
            return EXIT_ENVIRONMENT
        return EXIT_OK
    if not args.notebooks:
        parser.error("no notebook given")
    if args.json and len(args.notebooks) != 1:
        parser.error("--json takes exactly one notebook")

    stale: list[str] = []
    for path in args.notebooks:
        try:
            nb = load_notebook(path)
        except (OSError, ValueError) as error:
            print(f"nbrun: cannot read {path}: {error}", file=sys.stderr)
            return EXIT_USAGE
        runner = NotebookRunner(path, args)
        runner.log(f"{path}: running {sum(c.get('cell_type') == 'code' for c in nb['cells'])} code cells")
        try:
            runs = runner.run(nb)
        except EnvironmentMissing as error:
            print(f"nbrun: {error}", file=sys.stderr)
            return EXIT_ENVIRONMENT
        except RunFailure as error:
            print(f"nbrun: {error}", file=sys.stderr)
            return EXIT_CELL_ERROR
        if args.write:
            write_mode(path, nb, runs, runner)
        elif args.check:
            reports = check_mode(path, runs)
            stale.extend(reports)
            runner.log(f"{path}: {len(reports)} stale cell(s)" if reports else f"{path}: outputs up to date")
        else:
            sys.stdout.write(json.dumps(json_mode(path, runs), indent=1, ensure_ascii=False) + "\n")
    if stale:
        print("\n\n".join(stale))
        print(
            f"\n{len(stale)} stale cell(s); refresh the stored outputs with `deno task notebooks`",
            file=sys.stderr,
        )
        return EXIT_STALE
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
