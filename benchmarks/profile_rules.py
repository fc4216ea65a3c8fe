"""Where the rule path spends its time: a sampling profile by component, and the regex engine's share by pattern.

Two views that cProfile cannot give (its per-call overhead, ~1 us, makes the rule path's ~1,300 Python calls and
~3,600 builtin calls per abstract look 4x as costly as they are and hides the time spent inside C calls):

- ``--sample`` (default): a SIGPROF sampler (every ``--interval`` ms of CPU time) records whole stacks while the
  rule path runs :func:`kg.pipeline.pipe_batches` over the texts; prints the inclusive share of each function
  under each component (``--depth`` levels), then the lines with the most samples. Time spent inside a C call
  (a regex scan, the tokenizer, ``Span()``) is counted on the Python line that made the call.
- ``--regex``: every regex call made by ``extractors`` (``re.compile`` is wrapped before the modules are imported)
  is recorded during one pass and replayed alone, grouped by the line that compiled the pattern: CPU
  microseconds per abstract and calls per abstract of each pattern, with the total (the regex engine's share of
  the rule path, call overhead included) and the part spent in ``finditer`` scans.

Usage::

    python benchmarks/profile_rules.py                  # sampling profile, 979 sample abstracts, 3 passes
    python benchmarks/profile_rules.py --regex          # regex calls by pattern
    python benchmarks/profile_rules.py --depth 2 --passes 6 --top 40

Both run in one process on the sample corpus (``examples/hf-papers``) after a warm-up pass; the tokenizer's chunk
cache is warm after it, so ``make_doc`` looks cheaper than in a build over fresh abstracts (see ``extract.py
--components`` for the cold figure).
"""

from __future__ import annotations

import argparse
import collections
import re
import signal
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _texts() -> list[str]:
    sys.path.insert(0, str(REPO))
    from kg.readers import read_records

    return [r.text for r in read_records([REPO / "examples" / "hf-papers"])]


def _runner(texts: list[str]):
    from kg.mentions import doc_to_extraction, extraction_to_json, json_line
    from kg.pipeline import make_nlp, pipe_batches

    nlp = make_nlp(model=False)

    def run() -> None:
        for i, doc in enumerate(doc for docs in pipe_batches(nlp, texts, batch_size=64) for doc in docs):
            json_line(extraction_to_json(doc_to_extraction(doc, paper_id=str(i)), text=texts[i]))

    return run


def _where(code) -> str:
    name = code.co_filename
    for root in (str(REPO) + "/", "site-packages/"):
        if root in name:
            name = name.split(root, 1)[1]
    return f"{name}:{code.co_name}"


def sample(texts: list[str], *, passes: int, interval: float, depth: int, top: int) -> None:
    """Print the sampling profile (see the module's docstring)."""
    run = _runner(texts)
    run()
    stacks: collections.Counter = collections.Counter()

    def handler(signum, frame) -> None:
        stack = []
        while frame is not None:
            stack.append((_where(frame.f_code), frame.f_lineno))
            frame = frame.f_back
        stacks[tuple(reversed(stack))] += 1

    signal.signal(signal.SIGPROF, handler)
    signal.setitimer(signal.ITIMER_PROF, interval / 1000, interval / 1000)
    started = time.process_time()
    for _ in range(passes):
        run()
    signal.setitimer(signal.ITIMER_PROF, 0, 0)
    cpu = time.process_time() - started
    total = sum(stacks.values()) or 1
    print(f"{passes} x {len(texts)} abstracts: {cpu / passes / len(texts) * 1e6:.0f} CPU us/abstract, "
          f"{total} samples")
    tree: dict = {}
    for stack, n in stacks.items():
        names = [name for name, _ in stack]
        if "kg/pipeline.py:pipe_batches" in names:
            path = names[names.index("kg/pipeline.py:pipe_batches") + 1:]
        else:  # the JSON conversion and what runs between batches
            path = ["(outside the components)"] + names[next((i for i, s in enumerate(names) if "_runner" in s
                                                              or ":run" in s), 0) + 1:]
        node = tree
        for name in path[:depth]:
            entry = node.setdefault(name, [0, {}])
            entry[0] += n
            node = entry[1]

    def show(node: dict, indent: int) -> None:
        for name, (n, children) in sorted(node.items(), key=lambda kv: -kv[1][0]):
            if 100 * n / total >= 0.3:
                print(f"{'  ' * indent}{100 * n / total:5.1f}% {name}")
                show(children, indent + 1)

    show(tree, 0)
    lines: collections.Counter = collections.Counter()
    for stack, n in stacks.items():
        name, line = stack[-1]
        lines[f"{name}:{line}"] += n
    print(f"\nlines with the most samples (self time; a C call counts on its line):")
    for where, n in lines.most_common(top):
        print(f"{100 * n / total:5.1f}% {where}")


class _Recorded:
    """A compiled pattern whose calls are logged (while ``log`` is on) with the line that compiled it."""

    __slots__ = ("_p", "_site", "pattern", "flags", "groups", "groupindex")
    log: list | None = None

    def __init__(self, pattern: re.Pattern, site: str):
        self._p, self._site = pattern, site
        self.pattern, self.flags, self.groups, self.groupindex = pattern.pattern, pattern.flags, pattern.groups, \
            pattern.groupindex

    def _call(self, method: str, args, kwargs):
        if _Recorded.log is not None and not kwargs:
            _Recorded.log.append((self._site, method, self._p, args))
        return getattr(self._p, method)(*args, **kwargs)

    def match(self, *a, **k):
        return self._call("match", a, k)

    def fullmatch(self, *a, **k):
        return self._call("fullmatch", a, k)

    def search(self, *a, **k):
        return self._call("search", a, k)

    def finditer(self, *a, **k):
        return self._call("finditer", a, k)

    def findall(self, *a, **k):
        return self._call("findall", a, k)

    def sub(self, *a, **k):
        return self._call("sub", a, k)

    def split(self, *a, **k):
        return self._call("split", a, k)

    def subn(self, *a, **k):
        return self._p.subn(*a, **k)

    def scanner(self, *a, **k):
        return self._p.scanner(*a, **k)

    def __reduce__(self):
        return (re.compile, (self.pattern, self.flags))

    def __eq__(self, other):
        return isinstance(other, _Recorded) and other._p == self._p

    def __hash__(self):
        return hash(self._p)


def regex(texts: list[str], *, top: int, repeats: int = 3) -> None:
    """Print the regex calls by pattern (see the module's docstring)."""
    compile_ = re.compile

    def recording_compile(pattern, flags=0):
        compiled = compile_(pattern, flags)
        frame = sys._getframe(1)
        where = frame.f_code.co_filename
        # the tokenizer's affix patterns are type-checked by spaCy (and timed by extract.py's our-tokenizer)
        if "/extractors/" not in where or where.endswith("tokenizer.py"):
            return compiled
        return _Recorded(compiled, f"{Path(where).name}:{frame.f_lineno}")

    re.compile = recording_compile
    try:  # (through a first pass: some patterns are compiled when first needed, the shared cue scan's among them)
        run = _runner(texts)
        run()
    finally:
        re.compile = compile_
    _Recorded.log = []
    run()
    log, _Recorded.log = _Recorded.log, None
    clock = time.process_time
    by_site: dict = collections.defaultdict(list)
    for site, method, pattern, args in log:
        call = getattr(pattern, method)
        if method == "finditer":
            call = (lambda f: lambda *a: list(f(*a)))(call)
        by_site[(site, method)].append((call, args))
    rows = []
    for key, calls in by_site.items():
        best = float("inf")
        for _ in range(repeats):
            started = clock()
            for call, args in calls:
                call(*args)
            best = min(best, clock() - started)
        rows.append((best / len(texts) * 1e6, len(calls) / len(texts), key))
    rows.sort(reverse=True)
    total = sum(r[0] for r in rows)
    scans = sum(r[0] for r in rows if r[2][1] in ("finditer", "findall"))
    print(f"{len(log) / len(texts):.0f} regex calls per abstract; replayed alone: {total:.0f} CPU us/abstract "
          f"({scans:.0f} in finditer/findall scans), call overhead included")
    print(f"{'compiled at':34}{'method':>10}{'us/abstract':>13}{'calls/abstract':>16}")
    for us, n, (site, method) in rows[:top]:
        print(f"{site:34}{method:>10}{us:13.1f}{n:16.1f}")
    by_module: collections.Counter = collections.Counter()
    for us, _, (site, _) in rows:
        by_module[site.split(":")[0]] += us
    print("by module: " + ", ".join(f"{m} {us:.0f}" for m, us in by_module.most_common()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--regex", action="store_true", help="regex calls by pattern instead of the sampling profile")
    parser.add_argument("--passes", type=int, default=3, help="passes over the texts while sampling")
    parser.add_argument("--interval", type=float, default=1.0, help="sampling interval, CPU milliseconds")
    parser.add_argument("--depth", type=int, default=3, help="levels of the tree under each component")
    parser.add_argument("--top", type=int, default=30, help="rows of the line / pattern tables")
    args = parser.parse_args(argv)
    texts = _texts()
    if args.regex:
        regex(texts, top=args.top)
    else:
        sample(texts, passes=args.passes, interval=args.interval, depth=args.depth, top=args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
