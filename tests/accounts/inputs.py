"""Awkward things people (or scripts) type into the account forms."""

from __future__ import annotations

from hypothesis import strategies as st

HUGE = "x" * 100_000

# Kept when valid, escaped when shown; never a server error.
HOSTILE = {
    "html": "<script>alert('hi')</script><b>bold</b>",
    "sql": "Robert'); DROP TABLE accounts_user;--",
    "odd unicode": "\u202eecilA\u200b \U0001f469\u200d\u2764\ufe0f\u200d\U0001f468 \ufffd",
    "combining": "Ze\u0301\u0308\u0327ro",
}

NUL = "Ali\x00ce"

# The test client encodes what it posts as UTF-8, so text for it leaves out lone surrogates.
typed_text = st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=80)
