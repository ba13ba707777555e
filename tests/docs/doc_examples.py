#!/usr/bin/env python3
"""Runs every `lkg …` line of the ```sh blocks in README.md and docs/*.md.

Usage: doc_examples.py LKG_BINARY SOURCE_DIR

The lines run in a scratch folder that links every top-level entry of the
checkout (so `samples/` and `tests/data/…` resolve as in a clone, and files an
example writes land in the scratch folder), with `lkg` on the PATH and
LKG_DB pointing at a store built first from the shipped samples and seeds
(`lkg ingest samples/ tests/data/devset/0[1-5].txt`). Each line must exit 0
and print something (stdout or stderr). Lines continued with a trailing
backslash are joined.

Skipped: a block preceded (on the line just before its fence) by
`<!-- docs-test: skip … -->` — for blocks that serve forever or need data
outside the repository; say why in the comment.

Also checks that README.md stays a front door (at most 160 lines), that docs/cli.md has a `### \`lkg NAME\`` section for every command
`lkg help` lists, and that no Markdown link leaves the repository except to
http(s) addresses.
"""
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile

SKIP = re.compile(r"<!--\s*docs-test:\s*skip")
FENCE = re.compile(r"^```(\w*)\s*$")


def sh_commands(path):
    """(line number, command) for every lkg line in the file's sh blocks."""
    lines = open(path, encoding="utf-8").read().split("\n")
    out, in_block, skip, previous = [], False, False, ""
    pending, pending_no = "", 0
    for number, line in enumerate(lines, 1):
        fence = FENCE.match(line)
        if fence and not in_block:
            in_block, skip = True, fence.group(1) != "sh" or bool(SKIP.search(previous))
        elif fence and in_block:
            in_block = False
        elif in_block and not skip:
            text = line.strip()
            if pending:
                text, number = pending + " " + text, pending_no
                pending = ""
            if text.endswith("\\"):
                pending, pending_no = text[:-1].rstrip(), number
                continue
            if re.match(r"^(\$ )?lkg\s", text):
                out.append((number, re.sub(r"^\$ ", "", text)))
        previous = line if line.strip() else previous
    return out


def check_links(path, root, problems):
    text = open(path, encoding="utf-8").read()
    for target in re.findall(r"\]\(([^)\s]+)\)", text):
        if re.match(r"https?://", target) or target.startswith("#"):
            continue
        local = os.path.normpath(os.path.join(os.path.dirname(path), target.split("#")[0]))
        if not local.startswith(root + os.sep) and local != root:
            problems.append(f"{os.path.relpath(path, root)}: link leaves the repository: {target}")
        elif not os.path.exists(local):
            problems.append(f"{os.path.relpath(path, root)}: broken link: {target}")


def check_cli_doc(lkg, root, problems):
    help_text = subprocess.run([lkg, "help"], capture_output=True, text=True, check=True).stdout
    listed = help_text.split("Commands:\n", 1)[1].split("\n\n", 1)[0]
    cli_doc = open(os.path.join(root, "docs", "cli.md"), encoding="utf-8").read()
    for line in listed.splitlines():
        name = line.split()[0]
        if f"### `lkg {name}`" not in cli_doc:
            problems.append(f"docs/cli.md has no section for `lkg {name}`: run scripts/cli_doc.sh build/lkg > docs/cli.md")


README_MAX_LINES = 160


def check_readme_length(root, problems):
    lines = open(os.path.join(root, "README.md"), encoding="utf-8").read().count("\n")
    if lines > README_MAX_LINES:
        problems.append(f"README.md has {lines} lines (at most {README_MAX_LINES}): move details into docs/")


def main():
    lkg, root = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    scratch = tempfile.mkdtemp(prefix="lkg-docs-")
    problems = []
    try:
        work = os.path.join(scratch, "work")
        os.mkdir(work)
        for entry in os.listdir(root):
            if entry not in ("build", "lkg-data") and not entry.startswith("."):
                os.symlink(os.path.join(root, entry), os.path.join(work, entry))
        bindir = os.path.join(scratch, "bin")
        os.mkdir(bindir)
        os.symlink(lkg, os.path.join(bindir, "lkg"))
        env = dict(os.environ, PATH=bindir + os.pathsep + os.environ.get("PATH", ""),
                   LKG_DB=os.path.join(scratch, "store"))
        seeds = sorted(glob.glob(os.path.join(root, "tests/data/devset/0[1-5].txt")))
        subprocess.run([lkg, "ingest", os.path.join(root, "samples")] + seeds, env=env, check=True,
                       stdout=subprocess.DEVNULL)
        files = [os.path.join(root, "README.md")] + sorted(glob.glob(os.path.join(root, "docs", "*.md")))
        ran = 0
        for path in files:
            check_links(path, root, problems)
            for number, command in sh_commands(path):
                where = f"{os.path.relpath(path, root)}:{number}"
                try:
                    run = subprocess.run(["bash", "-o", "pipefail", "-c", command], cwd=work, env=env,
                                         stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=300)
                except subprocess.TimeoutExpired:
                    problems.append(f"{where}: `{command}` ran over 300 s")
                    continue
                ran += 1
                if run.returncode != 0:
                    problems.append(f"{where}: `{command}` exited {run.returncode}: {run.stderr.strip()[:300]}")
                elif not (run.stdout.strip() or run.stderr.strip()):
                    problems.append(f"{where}: `{command}` printed nothing")
        check_cli_doc(lkg, root, problems)
        check_readme_length(root, problems)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    for p in problems:
        print("FAIL", p)
    print(f"{ran} documented commands run, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
