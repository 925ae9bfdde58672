"""The message rules, one module per kind (or per family of kinds).

Each ``find_<kind>(text, previous)`` returns raw ``(start, end)`` spans; ``closeknit_core.
coach.detectors`` merges them, drops what sits inside quotation marks, settles conflicts
between kinds and turns them into findings.
"""
