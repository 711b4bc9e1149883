"""`watcher serve`: the poll and digest jobs on their cron schedules.

APScheduler 3 runs fixed-id jobs (coalesce, one instance at a time). Missed
runs are caught up from the store, not from a pickled job store: at start-up
each job compares its cron's last due time with the last run recorded in
`runs`; if a due time passed while the machine was off (and is within
`misfire_grace_time`), the job runs once now. Because the record lives in the
store, a restart never runs a job twice for the same due time.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import sqlite_utils

from watcher.config import Config, cron_trigger

log = logging.getLogger("watcher.scheduler")

JOBS = ("poll", "digest")


def previous_fire_time(expr: str, tz: str, now: datetime) -> datetime | None:
    """The last time at or before `now` the cron expression was due (None within a year).

    Searches growing windows back from `now`, so a minutely cron and a yearly
    one both take a handful of steps.
    """
    trigger = cron_trigger(expr, tz)
    for window in (
        timedelta(minutes=2),
        timedelta(hours=2),
        timedelta(days=2),
        timedelta(days=8),
        timedelta(days=32),
        timedelta(days=367),
    ):
        t = trigger.get_next_fire_time(None, now - window)
        prev = None
        while t is not None and t <= now:
            prev = t
            t = trigger.get_next_fire_time(t, t + timedelta(seconds=1))
        if prev is not None:
            return prev
    return None


def next_fire_time(expr: str, tz: str, now: datetime) -> datetime | None:
    return cron_trigger(expr, tz).get_next_fire_time(None, now)


def last_run_started(db: sqlite_utils.Database, kind: str) -> datetime | None:
    rows = list(
        db.query(
            "select started from runs where kind = ? and status not in ('running') order by id desc limit 1",
            [kind],
        )
    )
    if not rows:
        return None
    return datetime.fromisoformat(rows[0]["started"])


def due_catch_up(db: sqlite_utils.Database, cfg: Config, now: datetime | None = None) -> list[str]:
    """Jobs whose last due time passed with no run since, within the grace time."""
    now = now or datetime.now(UTC)
    sched = cfg["schedule"]
    grace = timedelta(seconds=int(sched["misfire_grace_time"]))
    due = []
    for job in JOBS:
        prev = previous_fire_time(sched[job], sched["timezone"], now)
        if prev is None:
            continue
        last = last_run_started(db, job)
        if (last is None or last < prev) and now - prev <= grace:
            due.append(job)
    return due


def schedule_status(cfg: Config, now: datetime | None = None) -> dict[str, str | None]:
    now = now or datetime.now(UTC)
    sched = cfg["schedule"]
    out = {}
    for job in JOBS:
        nxt = next_fire_time(sched[job], sched["timezone"], now)
        out[job] = nxt.isoformat() if nxt else None
    return out


def build_scheduler(cfg: Config, jobs: dict[str, Callable[[], Any]], *, blocking: bool = True):
    """A scheduler with the two fixed-id jobs; callers add nothing else."""
    from apscheduler.schedulers.background import BackgroundScheduler
    from apscheduler.schedulers.blocking import BlockingScheduler

    sched_cfg = cfg["schedule"]
    cls = BlockingScheduler if blocking else BackgroundScheduler
    scheduler = cls(timezone=sched_cfg["timezone"])
    for name, func in jobs.items():
        scheduler.add_job(
            func,
            trigger=cron_trigger(sched_cfg[name], sched_cfg["timezone"]),
            id=f"watcher-{name}",
            name=f"watcher {name}",
            replace_existing=True,
            coalesce=True,
            max_instances=1,
            misfire_grace_time=int(sched_cfg["misfire_grace_time"]),
        )
    return scheduler
