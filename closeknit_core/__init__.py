"""Closeknit's domain library: pure Python, no Django, no database.

The Django project in ``closeknit`` builds on it; nothing here may import Django
or anything from ``closeknit`` (``tests/core/test_dependency_rule.py`` checks it).
"""

__version__ = "0.1.0"
