"""reports.email and `watcher digest`: real SMTP on 127.0.0.1 (aiosmtpd), real store, real CLI."""

from __future__ import annotations

import email
import email.policy
import json
import logging
import socket
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult
from click.testing import CliRunner

from reports.digest import build_digest
from reports.email import EmailError, recover_interrupted, send_digest
from watcher.config import load_config

PASSWORD = "s3cret-Pa55word-never-stored"
RECIPIENTS = ["onc@example.org", "pharm@example.org"]


class Recorder:
    """aiosmtpd handler: keeps every accepted message, or refuses them all."""

    def __init__(self, reply: str = "250 OK") -> None:
        self.reply = reply
        self.envelopes: list = []

    async def handle_DATA(self, server, session, envelope):
        if self.reply.startswith("250"):
            self.envelopes.append(envelope)
        return self.reply


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _start(handler: Recorder, **kwargs):
    controller = Controller(handler, hostname="127.0.0.1", port=_free_port(), **kwargs)
    controller.start()
    return controller


@pytest.fixture
def smtp():
    handler = Recorder()
    controller = _start(handler)
    handler.port = controller.port
    yield handler
    controller.stop()


@pytest.fixture
def smtp_auth():
    """A server that requires login (AUTH over plain text is fine on 127.0.0.1 in tests)."""
    handler = Recorder()
    handler.logins = []

    def authenticator(server, session, envelope, mechanism, auth_data):
        handler.logins.append((auth_data.login, auth_data.password))
        return AuthResult(success=auth_data.password == PASSWORD.encode())

    controller = _start(handler, authenticator=authenticator, auth_require_tls=False)
    handler.port = controller.port
    yield handler
    controller.stop()


@pytest.fixture
def rejecting():
    handler = Recorder("554 rejected")
    controller = _start(handler)
    handler.port = controller.port
    yield handler
    controller.stop()


def write_config(tmp_path: Path, port: int, *, username: str = "", send_empty: bool = True) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(
        f'[store]\npath = "{tmp_path / "w.db"}"\n'
        f"[digest]\nsend_empty = {'true' if send_empty else 'false'}\n"
        f'[email]\nsmtp_host = "127.0.0.1"\nsmtp_port = {port}\nsecurity = "none"\n'
        f'sender = "watcher@example.org"\nrecipients = {json.dumps(RECIPIENTS)}\n'
        f'username = "{username}"\npassword_env = "TEST_WATCHER_SMTP_PW"\ntimeout = 5\n',
        encoding="utf-8",
    )
    return path


def cli(config: Path, *args: str):
    from watcher.cli import cli as watcher_cli

    return CliRunner().invoke(watcher_cli, ["--config", str(config), "digest", *args])


def parts(envelope) -> tuple[email.message.EmailMessage, str, str]:
    msg = email.message_from_bytes(envelope.content, policy=email.policy.default)
    text = msg.get_body(("plain",)).get_content()
    html = msg.get_body(("html",)).get_content()
    return msg, text, html


def unreported(db) -> int:
    return db["changes"].count_where("reported = 0")


def test_email_sends_both_parts_and_marks_reported(populated, smtp, tmp_path):
    cfg = load_config(write_config(tmp_path, smtp.port))
    n = unreported(populated)
    info = send_digest(populated, cfg)
    assert info["status"] == "sent" and info["changes"] == n
    (envelope,) = smtp.envelopes
    assert envelope.mail_from == "watcher@example.org"
    assert sorted(envelope.rcpt_tos) == sorted(RECIPIENTS)
    msg, text, html = parts(envelope)
    assert msg.get_content_type() == "multipart/alternative"
    assert msg["Subject"] == f"[HCC evidence watcher] {n} changes since 2025-02-08"
    assert msg["To"] == ", ".join(RECIPIENTS)
    assert msg["Message-ID"] == info["message_id"]
    assert "median OS 19.2 → 19.5 months" in text and "median OS 19.2 → 19.5 months" in html
    assert "<script>" in text  # plain text carries the title as written
    assert "<script" not in html.lower() and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<img" not in html.lower()
    assert unreported(populated) == 0
    row = next(populated.query("select * from digests"))
    assert row["status"] == "sent" and row["message_id"] == info["message_id"]
    assert json.loads(row["change_ids"]) == info["change_ids"]
    assert {
        r["digest_id"]
        for r in populated.query(
            "select digest_id from changes where reported = 1 and kind != 'CONFIRMED'"
        )
    } == {row["id"]}
    # a second send has nothing new: an empty "nothing new" digest, no change twice
    again = send_digest(populated, cfg)
    assert again["changes"] == 0 and len(smtp.envelopes) == 2
    assert "Nothing new since" in parts(smtp.envelopes[1])[1]


def test_email_empty_digest_not_sent_when_send_empty_false(db, smtp, tmp_path):
    cfg = load_config(write_config(tmp_path, smtp.port, send_empty=False))
    assert send_digest(db, cfg)["status"] == "skipped"
    assert smtp.envelopes == [] and db["digests"].count == 0


def test_email_rejected_leaves_changes_unreported(populated, rejecting, tmp_path):
    cfg = load_config(write_config(tmp_path, rejecting.port))
    n = unreported(populated)
    with pytest.raises(EmailError, match=rf"127\.0\.0\.1:{rejecting.port}.*554 rejected"):
        send_digest(populated, cfg)
    assert unreported(populated) == n
    row = next(populated.query("select * from digests"))
    assert row["status"] == "failed" and "554 rejected" in row["error"]


def test_email_unreachable_server_names_it(populated, tmp_path):
    cfg = load_config(write_config(tmp_path, _free_port()))
    with pytest.raises(
        EmailError, match=r"SMTP server 127\.0\.0\.1:\d+ did not accept.*Connection"
    ):
        send_digest(populated, cfg)
    assert unreported(populated) > 0


def test_email_dry_run_sends_and_marks_nothing(populated, smtp, tmp_path):
    cfg = load_config(write_config(tmp_path, smtp.port))
    n = unreported(populated)
    info = send_digest(populated, cfg, dry_run=True)
    assert info["status"] == "dry-run" and info["headers"]["To"] == ", ".join(RECIPIENTS)
    assert "median OS 19.2 → 19.5 months" in info["text"]
    assert smtp.envelopes == [] and unreported(populated) == n and populated["digests"].count == 0


def test_email_interrupted_while_sending_is_not_sent_twice(populated, smtp, tmp_path, caplog):
    """A crash after DATA began: the changes count as sent (possibly-sent), with a warning."""
    cfg = load_config(write_config(tmp_path, smtp.port))
    ids = [c["id"] for c in build_digest(populated)["changes"]]
    populated["digests"].insert(
        {
            "created": "2025-03-03T07:00:00+00:00",
            "status": "sending",
            "change_ids": json.dumps(ids),
            "message_id": "<crash@example.org>",
        }
    )
    with caplog.at_level(logging.WARNING, logger="watcher.email"):
        info = send_digest(populated, cfg)
    assert info["recovered"][0]["status"] == "possibly-sent"
    assert (
        "<crash@example.org>" in caplog.text
        and "watcher digest --since 2025-03-03 --send" in caplog.text
    )
    assert info["changes"] == 0  # the nothing-new digest, not the same changes again
    assert "Nothing new" in parts(smtp.envelopes[0])[1]


def test_email_interrupted_before_sending_goes_out_next_time(populated, smtp, tmp_path):
    cfg = load_config(write_config(tmp_path, smtp.port))
    ids = [c["id"] for c in build_digest(populated)["changes"]]
    populated["digests"].insert(
        {
            "created": "2025-03-03T07:00:00+00:00",
            "status": "prepared",
            "change_ids": json.dumps(ids),
            "message_id": "<x@example.org>",
        }
    )
    info = send_digest(populated, cfg)
    assert info["recovered"][0]["status"] == "failed"
    assert sorted(info["change_ids"]) == sorted(ids)


def test_email_refuses_to_race_a_digest_being_sent_now(populated, tmp_path):
    from store.db import now

    cfg = load_config(write_config(tmp_path, 25))
    populated["digests"].insert({"created": now(), "status": "sending", "change_ids": "[]"})
    with pytest.raises(EmailError, match="being sent by another process"):
        recover_interrupted(populated, cfg)


def test_email_password_from_env_never_stored_or_printed(
    populated, smtp_auth, tmp_path, monkeypatch, caplog
):
    monkeypatch.setenv("TEST_WATCHER_SMTP_PW", PASSWORD)
    config = write_config(tmp_path, smtp_auth.port, username="watcher")
    with caplog.at_level(logging.DEBUG):
        dry = cli(config, "--send", "--dry-run")
        sent = cli(config, "--send")
        json_out = cli(config, "--all", "--format", "json")
    assert sent.exit_code == 0, sent.output
    assert smtp_auth.logins == [(b"watcher", PASSWORD.encode())]
    assert len(smtp_auth.envelopes) == 1
    populated.conn.execute("pragma wal_checkpoint(FULL)")
    for blob in [
        dry.output,
        sent.output,
        json_out.output,
        caplog.text,
        config.read_text(),
        *(p.read_bytes().decode("latin-1") for p in tmp_path.glob("w.db*")),
    ]:
        assert PASSWORD not in blob


def test_email_missing_password_env_is_named(populated, smtp_auth, tmp_path, monkeypatch):
    monkeypatch.delenv("TEST_WATCHER_SMTP_PW", raising=False)
    result = cli(write_config(tmp_path, smtp_auth.port, username="watcher"), "--send")
    assert result.exit_code == 1
    assert "TEST_WATCHER_SMTP_PW" in result.output and smtp_auth.envelopes == []


def test_cli_digest_send_rejected_exits_nonzero_with_reply(populated, rejecting, tmp_path):
    n = unreported(populated)
    result = cli(write_config(tmp_path, rejecting.port), "--send")
    assert result.exit_code == 1
    assert (
        f"SMTP server 127.0.0.1:{rejecting.port}" in result.output
        and "554 rejected" in result.output
    )
    assert unreported(populated) == n


def test_cli_digest_print_is_repeatable_and_mark_marks(populated, tmp_path):
    config = write_config(tmp_path, 25)
    first, second = cli(config), cli(config)
    drop_time = lambda out: [line for line in out.splitlines() if not line.startswith("Generated")]  # noqa: E731
    assert first.exit_code == 0 and drop_time(first.output) == drop_time(second.output)
    assert "1. Results of watched trials" in first.output
    out = tmp_path / "d.html"
    marked = cli(config, "--format", "html", "--out", str(out), "--mark")
    assert marked.exit_code == 0 and "Marked" in marked.output
    assert "<!DOCTYPE html>" in out.read_text()
    assert unreported(populated) == 0
    assert "Nothing new since" in cli(config).output
    assert "Results of watched trials" in cli(config, "--all").output


def test_cli_digest_dry_run_shows_headers_and_text(populated, smtp, tmp_path):
    result = cli(write_config(tmp_path, smtp.port), "--dry-run")
    assert result.exit_code == 0, result.output
    assert "Subject: [HCC evidence watcher]" in result.output
    assert f"To: {', '.join(RECIPIENTS)}" in result.output
    assert "median OS 19.2 → 19.5 months" in result.output
    assert smtp.envelopes == [] and populated["digests"].count == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--since", "last week"], "is not a date"),
        (["--send", "--mark"], "--mark is for printed"),
        (["--all", "--since", "2025-01-01"], "exclude each other"),
    ],
)
def test_cli_digest_usage_errors(db, tmp_path, args, message):
    result = cli(write_config(tmp_path, 25), *args)
    assert result.exit_code == 2 and message in result.output


def test_cli_digest_since_json(populated, tmp_path):
    result = cli(write_config(tmp_path, 25), "--since", "2000-01-01", "--format", "json")
    data = json.loads(result.output)
    assert data["since"] == "2000-01-01T00:00:00+00:00" and data["changes"]


def test_email_crash_after_acceptance_does_not_send_twice(populated, smtp, tmp_path, monkeypatch):
    """Kill the process between the server's 250 and the bookkeeping; the next run must not resend."""
    import reports.email as email_module

    cfg = load_config(write_config(tmp_path, smtp.port))
    n = unreported(populated)

    def crash(*args, **kwargs):
        raise KeyboardInterrupt("killed between send and mark")

    monkeypatch.setattr(email_module, "mark_reported", crash)
    with pytest.raises(KeyboardInterrupt):
        send_digest(populated, cfg)
    monkeypatch.undo()
    assert len(smtp.envelopes) == 1 and unreported(populated) == n
    row = next(populated.query("select * from digests"))
    assert row["status"] == "sending"
    with pytest.raises(EmailError, match="being sent by another process"):
        send_digest(populated, cfg)  # too fresh: it might still be in flight
    populated["digests"].update(row["id"], {"created": "2025-03-03T07:00:00+00:00"})
    info = send_digest(populated, cfg)
    assert info["recovered"] == [
        {
            "digest_id": row["id"],
            "status": "possibly-sent",
            "changes": n,
            "message_id": row["message_id"],
        }
    ]
    assert info["changes"] == 0 and unreported(populated) == 0
    first_ids = {c for c in json.loads(row["change_ids"])}
    second = parts(smtp.envelopes[1])[1]
    assert "Nothing new" in second and len(first_ids) == n
