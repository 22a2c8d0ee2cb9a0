#!/usr/bin/env python3
"""Checks the relative links and pictures of the Markdown documentation: every file they name
exists, and every #anchor is a heading of the page it points to (GitHub's anchor rules).
Run from anywhere: docs/check-links.py   (exit code 1 when something is broken)."""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md", ROOT / "installer" / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)\)")
FENCE = re.compile(r"^(```|~~~)")


def prose(path):
    """The lines of a page outside fenced code blocks."""
    inside = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if FENCE.match(line.strip()):
            inside = not inside
        elif not inside:
            yield line


def anchors(path):
    seen = {}
    for line in prose(path):
        match = re.match(r"^#{1,6}\s+(.*?)\s*#*\s*$", line)
        if not match:
            continue
        text = re.sub(r"`|\*\*?|_", lambda m: "_" if m.group(0) == "_" else "", match.group(1))
        slug = re.sub(r"[^\w\- ]", "", text.lower(), flags=re.UNICODE).replace(" ", "-")
        count = seen.get(slug, 0)
        seen[slug] = count + 1
        yield slug if count == 0 else f"{slug}-{count}"


def main():
    broken = []
    for page in PAGES:
        if not page.exists():
            continue
        for number, line in enumerate(prose(page), 1):
            if line.startswith("    "):
                continue  # indented code
            for target in LINK.findall(re.sub(r"`[^`]*`", "", line)):
                if re.match(r"^[a-z]+:", target):
                    continue  # http:, https:, mailto:
                file_part, _, anchor = target.partition("#")
                file = (page.parent / file_part).resolve() if file_part else page
                where = f"{page.relative_to(ROOT)}: {target}"
                if not file.exists():
                    broken.append(f"{where} (no such file)")
                elif anchor and file.suffix == ".md" and anchor not in set(anchors(file)):
                    broken.append(f"{where} (no such heading)")
    for line in broken:
        print(line)
    print(f"{len(PAGES)} pages checked, {len(broken)} broken links")
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
