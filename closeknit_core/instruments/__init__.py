"""Questionnaires as data: definitions, text packs, scoring, interpretation, change, FHIR.

No Django here. ``shipped_catalogue()`` gives our own instruments; ``score_responses``,
``interpret`` and ``compare`` turn answers into results and results into change.
"""

from closeknit_core.instruments.catalogue import (
    Catalogue,
    Entry,
    UnknownInstrumentError,
    load_catalogue,
    shipped_catalogue,
)
from closeknit_core.instruments.change import Change, compare, reliable_change_index
from closeknit_core.instruments.definition import About, DefinitionError, Instrument
from closeknit_core.instruments.interpretation import Interpretation, interpret
from closeknit_core.instruments.scoring import AnswerError, AnswerProblem, Scores, score_responses
from closeknit_core.instruments.texts import TextPack

__all__ = [
    "About",
    "AnswerError",
    "AnswerProblem",
    "Catalogue",
    "Change",
    "DefinitionError",
    "Entry",
    "Instrument",
    "Interpretation",
    "Scores",
    "TextPack",
    "UnknownInstrumentError",
    "compare",
    "interpret",
    "load_catalogue",
    "reliable_change_index",
    "score_responses",
    "shipped_catalogue",
]
