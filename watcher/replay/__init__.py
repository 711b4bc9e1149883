"""A local stand-in for the remote services, serving recorded payloads.

Used by the tests, the benchmarks and `watcher demo`: a real HTTP server on
127.0.0.1 so the watchers' own HTTP clients and parsers run unchanged.
"""

from watcher.replay.server import Fault, ReplayRequest, ReplayResponse, ReplayServer

__all__ = ["Fault", "ReplayRequest", "ReplayResponse", "ReplayServer"]
