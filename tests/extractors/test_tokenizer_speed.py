"""The tokenizer's gated URL match and suffix search (helper S2, session 6) give the plain regexes' results.

:class:`extractors.tokenizer.DotGatedMatch` runs spaCy's URL regex only on chunks holding a dot;
:class:`extractors.tokenizer.LastCharacterGatedSearch` runs the suffix regex only on strings ending in a
character a suffix match can end with. Each is compared with the plain regex on every whitespace chunk of
400 example abstracts (and every rest the tokenizer searches after stripping suffixes) and on hand-made
chunks (URLs, units, dot runs, quotes, newlines), and the whole tokenizer with the plain regexes on the
abstracts; a saved, loaded or pickled pipeline keeps the gates. :class:`extractors.tokenizer.TailSuffixSearch`
(session 9) tries only the alternatives that can end with the string's last character, in its tail: also
compared with the plain regex on 100,000 random strings over the characters its alternatives hold.
:class:`extractors.tokenizer.FirstCharacterGatedSearch` (prefixes, run only on strings opening with a character a
prefix match can start with) and :class:`extractors.tokenizer.AlnumGatedFinditer` (infixes, not run on letters and
digits alone; session 12) are compared with the plain regexes on the same chunks, every rest the tokenizer searches
after stripping prefixes, and random strings; so is :class:`extractors.tokenizer.FirstCharacterFinditer` (session 19:
the infix regex tried only where a match can start, with the alternatives that can start there).
"""

from __future__ import annotations

import pickle

import pytest
import spacy

from extractors.tokenizer import (DotGatedMatch, FirstCharacterFinditer, FirstCharacterGatedSearch,
                                  LastCharacterGatedSearch, create_scientific_tokenizer)


HAND_MADE = ["wait......", "x..", "a.....b..", "..", ".", "", "5km", "10km²", "U.S.", "model's", "models’", "GSM8K.",
             "2.3x", "(BERT),", "e.g.,", "etc.)", "https://github.com/x/y.", "www.example.org", "example.com:8080/a",
             "192.168.1.1", "8.8.8.8", "user@mail.org", "localhost", "v1.2.", "a\n", "a.\n", "x...\n", "BLIP-2;", "’s",
             "100%", "$5", "3.5.", "LLaMA-2-7B:", "F1-score).", "Fig.", "[1]", "\u2026", "abc\u2026", "“quoted”."]


@pytest.fixture(scope="module")
def chunks(example_abstracts) -> list[str]:
    words = {w for text in example_abstracts for w in text.split(" ")}
    return sorted(words) + HAND_MADE


@pytest.fixture(scope="module")
def tokenizer():
    return create_scientific_tokenizer(spacy.blank("en")).tokenizer


def test_the_gate_was_checked_against_this_url_pattern():
    # DotGatedMatch's premise, read off spaCy 3's URL pattern: its host part is an IP address ("\.(...){2}")
    # or domain labels each ending in "\." before the TLD ("(?:...\.)+"), so every match holds a dot. A new
    # spaCy pattern must be read again before this digest is updated.
    import hashlib
    from spacy.lang.tokenizer_exceptions import URL_MATCH
    assert hashlib.sha1(URL_MATCH.__self__.pattern.encode()).hexdigest()[:16] == "ecebb43282a478b8"


def _spans(m):
    return None if m is None else m.span()


def test_gated_suffix_search_finds_what_the_regex_finds(tokenizer, chunks):
    fast = tokenizer.suffix_search
    assert isinstance(fast.__self__, LastCharacterGatedSearch)
    plain = fast.__self__.regex.search
    compared = skipped = 0
    for chunk in chunks:
        rest = chunk
        while True:  # the tokenizer strips suffixes one by one: every rest is searched
            found = plain(rest)
            assert _spans(fast(rest)) == _spans(found), rest
            compared += 1
            skipped += bool(rest) and rest[-1] not in fast.__self__.last
            if found is None or found.start() == 0:
                break
            rest = rest[:found.start()]
    assert compared > 10_000 and skipped > 1_000


def test_last_characters_of_hand_made_patterns():
    import re

    from extractors.tokenizer import ends_at_end, last_characters
    assert last_characters(re.compile(r"(?:a|b?)$")) is None  # may match nothing
    assert last_characters(re.compile(r"[^a]$")) is None and last_characters(re.compile(r"(?i:k)$")) is None
    assert last_characters(re.compile(r"(?<=[0-9])(?:km|m)(?=\n?)$|x+$")) == frozenset("mx")
    assert not ends_at_end(re.compile(r"a$|b")) and not ends_at_end(re.compile(r"a$", re.MULTILINE))


def test_dot_gated_url_match_finds_what_the_regex_finds(tokenizer, chunks):
    fast = tokenizer.url_match
    assert isinstance(fast.__self__, DotGatedMatch)
    plain = fast.__self__.regex.match
    matched = 0
    for chunk in chunks:
        for s in (chunk, chunk.strip("()[],.;:")):
            assert _spans(fast(s)) == _spans(plain(s)), s
            matched += plain(s) is not None
    assert matched >= 4


def test_tokens_equal_the_plain_tokenizer(example_abstracts):
    texts = example_abstracts + [" ".join(HAND_MADE)]
    nlp = spacy.blank("en")
    fast = create_scientific_tokenizer(nlp, max_cache_size=0).tokenizer
    plain = create_scientific_tokenizer(nlp, max_cache_size=0).tokenizer
    plain.url_match = plain.url_match.__self__.regex.match
    plain.suffix_search = plain.suffix_search.__self__.regex.search
    plain.prefix_search = plain.prefix_search.__self__.regex.search
    plain.infix_finditer = plain.infix_finditer.__self__.regex.finditer
    for text in texts:
        assert [(t.idx, t.text) for t in fast(text)] == [(t.idx, t.text) for t in plain(text)]


def test_saved_and_pickled_tokenizers_keep_the_fast_search(tmp_path):
    from kg.pipeline import make_nlp
    nlp = make_nlp(model=False)
    nlp.to_disk(tmp_path / "p")
    loaded = spacy.load(tmp_path / "p")
    for tok in (loaded.tokenizer.tokenizer, pickle.loads(pickle.dumps(nlp.tokenizer)).tokenizer):
        assert isinstance(tok.url_match.__self__, DotGatedMatch)
        assert isinstance(tok.suffix_search.__self__, LastCharacterGatedSearch)
        assert isinstance(tok.prefix_search.__self__, FirstCharacterGatedSearch)
        assert isinstance(tok.infix_finditer.__self__, FirstCharacterFinditer)
    text = "We fine-tune LLaMA-2-7B (see https://x.org/a.) on GSM8K... and 5km."
    assert [t.text for t in loaded(text)] == [t.text for t in nlp.make_doc(text)]
    import srsly
    saved, reloaded = (srsly.msgpack_loads(t.to_bytes(exclude=["vocab"])) for t in (nlp.tokenizer, loaded.tokenizer))
    assert saved == reloaded
    assert saved["url_match"] == nlp.tokenizer.tokenizer.url_match.__self__.regex.pattern


def test_tail_suffix_search_finds_what_the_regex_finds_on_random_strings(tokenizer):
    import random

    from extractors.tokenizer import TailSuffixSearch
    fast = tokenizer.suffix_search
    assert isinstance(fast.__self__, TailSuffixSearch)
    assert fast.__self__.width <= 16 and fast.__self__.unbounded is not None  # spaCy's "\\.\\.+$"
    plain = fast.__self__.regex.search
    rnd = random.Random(7)
    alphabet = "aZz9.…,:;!?'\")]}%x×km²µ°$€-_/s\n ’”»"
    found = 0
    for _ in range(100_000):
        s = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 10)))
        assert _spans(fast(s)) == _spans(plain(s)), s
        found += plain(s) is not None
    assert found > 20_000


def test_top_level_alternatives_split_only_outside_groups_sets_and_escapes():
    import re

    from extractors.tokenizer import top_level_alternatives
    pattern = r"a$|(?:b|c)$|[|\]]$|\|$|(?<=[0-9])(?:km|m)$|[]|]x$|[^]|]$|\\|$"
    parts = top_level_alternatives(pattern)
    assert parts == ["a$", "(?:b|c)$", r"[|\]]$", r"\|$", "(?<=[0-9])(?:km|m)$", "[]|]x$", "[^]|]$", r"\\", "$"]
    assert all(re.compile(p) for p in parts)


def test_gated_prefix_search_and_infix_scan_find_what_the_regexes_find(tokenizer, chunks):
    import random

    prefix, infix = tokenizer.prefix_search, tokenizer.infix_finditer
    assert isinstance(prefix.__self__, FirstCharacterGatedSearch) and isinstance(infix.__self__, FirstCharacterFinditer)
    plain_prefix, plain_infix = prefix.__self__.regex.search, infix.__self__.regex.finditer
    rnd = random.Random(11)
    alphabet = "aZU$C9.…,:;!?'\"([{)]}%x×-–—_/~<=>+*^#&@’”»«😀¿ 0°©→"
    randoms = ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 8))) for _ in range(50_000)]
    skipped = found = 0
    for chunk in chunks + randoms:
        rest = chunk
        while True:  # the tokenizer strips prefixes one by one: every rest is searched
            match = plain_prefix(rest)
            assert _spans(prefix(rest)) == _spans(match), rest
            skipped += bool(rest) and rest[0] not in prefix.__self__.first
            if match is None or not match.end():
                break
            rest = rest[match.end():]
        spans = [m.span() for m in plain_infix(chunk)]
        assert [m.span() for m in infix(chunk)] == spans, chunk
        found += bool(spans)
    assert skipped > 10_000 and found > 10_000


def test_first_characters_and_starts_at_start_of_hand_made_patterns():
    import re

    from extractors.tokenizer import first_characters, starts_at_start
    assert first_characters(re.compile(r"^(?:a?|b)")) is None  # may match nothing
    assert first_characters(re.compile(r"^[^a]")) is None and first_characters(re.compile(r"^(?i:k)")) is None
    assert first_characters(re.compile(r"^(?<=x)(?:km|m)|(?=y)x+z")) == frozenset("kmx")
    assert not starts_at_start(re.compile(r"^a|b")) and not starts_at_start(re.compile(r"^a", re.MULTILINE))


def test_alternatives_by_first_refuses_a_regex_with_groups():
    import re

    from extractors.tokenizer import _alternatives_by_first
    # compiled alone, "y\\1" has no group 1, and "(b)(c)-\\2" would refer to (c) instead of (b): the plain scan stays
    assert _alternatives_by_first(re.compile(r"(-)x|y\1")) is None
    assert _alternatives_by_first(re.compile(r"(a)-|(b)(c)-\2")) is None
    assert set(_alternatives_by_first(re.compile(r"(?<=[a-z])-(?=[a-z])|(?:\.\.+)"))) == {"-", "."}
