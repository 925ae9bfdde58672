"""`make bench`: how fast assessments score and how the history page holds up. Prints figures.

    python -m bench.assessments_bench [--responses 200000]

Figures: scored responses per second for the 12-item closeness pattern on one core (best
of five runs, each over a fixed set of varied answers), and the results-history page's
server time (median of 20 requests; and of 5 with the chart drawn afresh, as after a new
result) and query count with 1 result and with 60 (five years of monthly results),
against a throwaway SQLite database.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from closeknit_core.instruments import score_responses, shipped_catalogue

INSTRUMENT = "closeness-pattern"


def scoring_throughput(responses: int) -> float:
    instrument = shipped_catalogue().get(INSTRUMENT).instrument
    chooser = random.Random(7)  # noqa: S311 (bench data, not secrets)
    answers = [
        {item.id: chooser.randint(item.scale.min, item.scale.max) for item in instrument.items}
        for _ in range(1000)
    ]
    rounds = max(1, responses // len(answers))
    best = 0.0
    for _ in range(5):
        start = time.perf_counter()
        for _ in range(rounds):
            for response in answers:
                score_responses(instrument, response)
        best = max(best, rounds * len(answers) / (time.perf_counter() - start))
    return best


def history_page(results: int) -> tuple[float, float, int]:
    """Median milliseconds (repeat view, and first view with the chart drawn afresh) and
    queries for the history page with ``results`` results."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.utils import timezone

    from closeknit.accounts.models import User
    from closeknit.assessments import services
    from closeknit.assessments.models import Assessment

    person = User.objects.create_user(
        email=f"bench{results}@example.org", password=None, display_name="Bench"
    )
    instrument = shipped_catalogue().get(INSTRUMENT).instrument
    chooser = random.Random(results)  # noqa: S311 (bench data, not secrets)
    now = timezone.now()
    for month in range(results):
        answers = {item.id: chooser.randint(1, 7) for item in instrument.items}
        assessment = Assessment.objects.create(
            person=person, instrument=INSTRUMENT, version=instrument.version
        )
        services.save_answers(assessment=assessment, answers=answers)
        done = services.complete(assessment=assessment, entry=shipped_catalogue().get(INSTRUMENT))
        Assessment.objects.filter(pk=done.pk).update(
            completed_at=now - timedelta(days=30 * (results - month))
        )
    client = Client()
    client.force_login(person)
    url = f"/reflect/history/{INSTRUMENT}/general/"
    client.get(url)  # warm caches: templates, catalogue
    from closeknit.assessments import charts

    first_views = []
    for _ in range(5):
        charts.history_chart.cache_clear()
        start = time.perf_counter()
        client.get(url)
        first_views.append((time.perf_counter() - start) * 1000)
    timings = []
    for _ in range(20):
        start = time.perf_counter()
        response = client.get(url)
        timings.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200  # noqa: S101 (a broken page would make the figure meaningless)
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    return statistics.median(timings), statistics.median(first_views), len(queries)


def setup_django(folder: Path) -> None:
    os.environ["CLOSEKNIT_DATA_DIR"] = str(folder)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "closeknit.settings")
    import django
    from django.core.management import call_command

    django.setup()
    from django.test.utils import override_settings

    # Plain static storage, as in the tests: the page's time, not collectstatic's, is measured.
    override_settings(
        STORAGES={
            "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
            "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
        },
        ALLOWED_HOSTS=["testserver"],
    ).enable()
    call_command("migrate", verbosity=0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--responses", type=int, default=200_000)
    arguments = parser.parse_args()
    rate = scoring_throughput(arguments.responses)
    print(
        f"assessments: scoring, 12-item {INSTRUMENT}, one core: "
        f"{rate:,.0f} responses/s (target >= 50,000)"
    )
    with tempfile.TemporaryDirectory() as folder:
        setup_django(Path(folder))
        for results in (1, 60):
            milliseconds, first_view, queries = history_page(results)
            print(
                f"assessments: history page with {results:>2} result(s): "
                f"{milliseconds:.1f} ms median ({first_view:.1f} ms when the chart is drawn "
                f"afresh), {queries} queries (target <= 50 ms, same queries for 1 and 60)"
            )


if __name__ == "__main__":
    main()
