"""The one HTTP transport every source uses: polite, patient, bounded.

One `requests.Session` per source with urllib3 retries (backoff, 429 and 5xx,
Retry-After honoured), a timeout on every call, a lock-guarded pace limiter,
a User-Agent naming the tool, and a cap on response size so a hostile or
broken server cannot fill memory.
"""

from __future__ import annotations

import re
import threading
import time
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from watcher import __version__

USER_AGENT = f"hcc-evidence-watcher/{__version__} (+https://github.com/hcc-evidence-watcher)"
MAX_RESPONSE_BYTES = 64 * 1024 * 1024


class SourceError(Exception):
    """A request to a source failed for good; the message names source and request."""

    def __init__(self, source: str, request: str, reason: str) -> None:
        self.source, self.request, self.reason = source, request, reason
        super().__init__(f"{source}: {request} failed: {reason}")


class RateLimiter:
    """At most `per_second` calls a second, shared by the threads of a source."""

    def __init__(self, per_second: float) -> None:
        self.interval = 1.0 / per_second if per_second > 0 else 0.0
        self._lock = threading.Lock()
        self._last = 0.0

    def wait(self) -> None:
        with self._lock:
            delay = self._last + self.interval - time.monotonic()
            if delay > 0:
                time.sleep(delay)
            self._last = time.monotonic()


def make_session(retries: int = 5, backoff: float = 1.0) -> requests.Session:
    session = requests.Session()
    retry = Retry(
        total=retries,
        connect=retries,
        read=retries,
        status=retries,
        backoff_factor=backoff,
        backoff_max=60,
        status_forcelist=(429, 500, 502, 503, 504),
        allowed_methods=frozenset({"GET", "POST"}),
        respect_retry_after_header=True,
        raise_on_status=False,
    )
    adapter = HTTPAdapter(max_retries=retry)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    session.headers["User-Agent"] = USER_AGENT
    return session


def fetch(
    session: requests.Session,
    method: str,
    url: str,
    *,
    source: str,
    limiter: RateLimiter | None = None,
    timeout: float | tuple[float, float] = (5, 30),
    params: dict[str, Any] | None = None,
    data: dict[str, Any] | None = None,
    counter: list[int] | None = None,
    describe: str | None = None,
    max_bytes: int = MAX_RESPONSE_BYTES,
) -> requests.Response:
    """One request with pace, retries and a size cap; raises SourceError when it fails for good.

    `describe` is how the request is named in errors (never with credentials:
    api_key and email are left out of it).
    """
    what = describe or f"{method} {url}"
    if limiter:
        limiter.wait()
    if counter is not None:
        counter[0] += 1
    try:
        resp = session.request(method, url, params=params, data=data, timeout=timeout, stream=True)
        chunks, size = [], 0
        for chunk in resp.iter_content(65536):
            size += len(chunk)
            if size > max_bytes:
                resp.close()
                raise SourceError(source, what, f"response larger than {max_bytes} bytes; refused")
            chunks.append(chunk)
        resp._content = b"".join(chunks)
    except requests.exceptions.RetryError as e:
        raise SourceError(source, what, f"gave up after retries ({_root(e)})") from e
    except requests.exceptions.Timeout as e:
        raise SourceError(source, what, "timed out") from e
    except requests.exceptions.ConnectionError as e:
        raise SourceError(source, what, f"connection failed ({_root(e)})") from e
    except requests.exceptions.ChunkedEncodingError as e:
        raise SourceError(source, what, "response body was cut short (truncated)") from e
    except requests.exceptions.RequestException as e:
        raise SourceError(source, what, str(e)) from e
    if resp.status_code >= 400:
        snippet = resp.text[:200].strip().replace("\n", " ")
        raise SourceError(source, what, f"HTTP {resp.status_code}: {snippet}")
    return resp


_QUERY = re.compile(r"\?[^\s'\")]*")


def _root(e: BaseException) -> str:
    """The useful end of a urllib3 error, without the URL's query string.

    urllib3 quotes the whole URL, and for NCBI that includes api_key and
    email: the query is cut so no credential can reach a log or the store.
    """
    text = str(e)
    lower = text.lower()
    if "max retries exceeded" in lower and "caused by" in lower:
        text = text[lower.index("caused by") + len("caused by") :].strip(" ()")
    return _QUERY.sub("?…", text)[:200]
