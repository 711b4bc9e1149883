"""Sending the digest by e-mail, so that no change is reported twice or silently lost.

Send intent is recorded before anything reaches the server. A digest row
moves through these states (all committed at once):

    prepared  -> the message is built, nothing sent yet (connecting, logging in)
    sending   -> the DATA exchange has started: the server may accept it any moment
    sent      -> the server accepted it; its changes are marked reported
    failed    -> the server refused it or could not be reached; changes stay unreported

A process that dies leaves 'prepared' or 'sending'. On the next send:

- 'prepared' becomes 'failed' (nothing was sent; the changes go out with
  the next digest);
- 'sending' becomes 'possibly-sent': the server may have accepted the
  message, so its changes are marked reported and a warning names the
  digest, its Message-ID (search the mailbox for it) and how to send those
  changes again (`watcher digest --since <date> --send`). We prefer the
  small risk of one lost digest (the changes stay in the store, visible in
  `watcher ui` and by `--since`) to mailing everyone a duplicate after every
  crash. The window is only the DATA exchange itself.

Rows younger than the send timeout are left alone: another process may be
sending right now, and this one refuses instead of racing it.

The SMTP password is read from the environment variable named by
[email].password_env at send time only: it is never logged, stored or
printed, and is scrubbed from any error text.
"""

from __future__ import annotations

import json
import logging
import os
import smtplib
import ssl
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from typing import Any

import sqlite_utils

from reports.digest import build_digest, count_phrase, mark_reported, render
from store.db import now

log = logging.getLogger("watcher.email")
LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1"}


class EmailError(Exception):
    """A digest that could not be sent; the message names the server and its reply."""


def subject_for(digest: dict, cfg) -> str:
    """'<prefix> 3 changes since 2025-03-03'; the date is the last digest, else the review's."""
    start = (digest.get("period_start") or cfg["review"]["published"] or "")[:10]
    text = f"{cfg['email']['subject_prefix']} {count_phrase(len(digest['changes']))}"
    return f"{text} since {start}".strip() if start else text.strip()


def build_message(digest: dict, cfg, message_id: str) -> EmailMessage:
    """multipart/alternative: the text digest first, the HTML digest as the preferred part."""
    email_cfg = cfg["email"]
    msg = EmailMessage()
    msg["Subject"] = subject_for(digest, cfg)
    msg["From"] = email_cfg["sender"]
    msg["To"] = ", ".join(email_cfg["recipients"])
    msg["Date"] = formatdate(usegmt=True)
    msg["Message-ID"] = message_id
    msg.set_content(render(digest, "text"))
    msg.add_alternative(render(digest, "html"), subtype="html")
    return msg


def _check_settings(cfg) -> None:
    email_cfg = cfg["email"]
    if not email_cfg["recipients"]:
        raise EmailError("no recipients: set [email].recipients in config.toml")
    if not email_cfg["sender"]:
        raise EmailError("no sender: set [email].sender in config.toml")
    if (
        email_cfg["username"]
        and email_cfg["security"] == "none"
        and email_cfg["smtp_host"] not in LOCAL_HOSTS
    ):
        raise EmailError(
            f"[email].security = 'none' would send the password for {email_cfg['username']} "
            f"to {email_cfg['smtp_host']} unencrypted: use 'starttls' or 'ssl'"
        )


def _password(cfg) -> str | None:
    email_cfg = cfg["email"]
    if not email_cfg["username"]:
        return None
    password = os.environ.get(email_cfg["password_env"])
    if not password:
        raise EmailError(
            f"[email].username is set but the environment variable {email_cfg['password_env']} "
            "is empty: export the SMTP password there (it is never read from the config file)"
        )
    return password


def _scrub(text: str, secret: str | None) -> str:
    return text.replace(secret, "***") if secret else text


def _reply(e: BaseException) -> str:
    """The server's reply as '554 rejected', or the connection error."""
    if isinstance(e, smtplib.SMTPRecipientsRefused):
        return "; ".join(f"{addr}: {_reply_parts(*r)}" for addr, r in e.recipients.items())
    if isinstance(e, smtplib.SMTPResponseException):
        return _reply_parts(e.smtp_code, e.smtp_error)
    return f"{type(e).__name__}: {e}"


def _reply_parts(code: int, message: bytes | str) -> str:
    text = message.decode("utf-8", "replace") if isinstance(message, bytes) else str(message)
    return f"{code} {text}".strip()


def _set_status(db: sqlite_utils.Database, digest_id: int, **fields: Any) -> None:
    db["digests"].update(digest_id, fields)


def _age(created: str | None) -> timedelta:
    try:
        return datetime.now(UTC) - datetime.fromisoformat(created or "")
    except (TypeError, ValueError):
        return timedelta.max


def recover_interrupted(db: sqlite_utils.Database, cfg) -> list[dict[str, Any]]:
    """Settle digests a crashed process left 'prepared' or 'sending' (see the module doc)."""
    busy_for = timedelta(seconds=2 * float(cfg["email"]["timeout"]) + 60)
    settled = []
    for row in db.query(
        "select * from digests where status in ('prepared', 'sending') order by id"
    ):
        if _age(row["created"]) < busy_for:
            raise EmailError(
                f"digest {row['id']} is being sent by another process (status {row['status']} "
                f"since {row['created']}); try again in a few minutes"
            )
        ids = json.loads(row["change_ids"] or "[]")
        if row["status"] == "prepared":
            _set_status(
                db,
                row["id"],
                status="failed",
                error="interrupted before the message was sent; its changes stay unreported",
            )
            settled.append({"digest_id": row["id"], "status": "failed", "changes": len(ids)})
            continue
        since = (row["created"] or "")[:10]
        note = (
            f"interrupted while the server was receiving Message-ID {row['message_id']}; it may have "
            f"been delivered, so its {len(ids)} changes are marked reported. If it did not arrive, "
            f"resend them with: watcher digest --since {since} --send"
        )
        with db.atomic():
            mark_reported(db, ids, row["id"])
            _set_status(db, row["id"], status="possibly-sent", error=note)
        log.warning("digest %s: %s", row["id"], note)
        settled.append(
            {
                "digest_id": row["id"],
                "status": "possibly-sent",
                "changes": len(ids),
                "message_id": row["message_id"],
            }
        )
    return settled


def _connect(cfg) -> smtplib.SMTP:
    email_cfg = cfg["email"]
    host, port, timeout = (
        email_cfg["smtp_host"],
        int(email_cfg["smtp_port"]),
        float(email_cfg["timeout"]),
    )
    if email_cfg["security"] == "ssl":
        return smtplib.SMTP_SSL(host, port, timeout=timeout, context=ssl.create_default_context())
    server = smtplib.SMTP(host, port, timeout=timeout)
    if email_cfg["security"] == "starttls":
        server.ehlo()
        server.starttls(context=ssl.create_default_context())
        server.ehlo()
    return server


def _close(server: smtplib.SMTP | None) -> None:
    if server is None:
        return
    try:
        server.quit()
    except (smtplib.SMTPException, OSError):
        pass  # accepted or not, the reply that counts has already been read


def send_digest(
    db: sqlite_utils.Database,
    cfg,
    *,
    dry_run: bool = False,
    since: Any = None,
    include_reported: bool = False,
) -> dict[str, Any]:
    """Send the unreported changes (or those `since` a date) as one e-mail; mark them once accepted.

    `dry_run` builds the message and returns its headers and text part
    without touching the store or the network. Raises EmailError naming the
    SMTP server and its reply when the message was not accepted; the changes
    then stay unreported and the digest row says 'failed'.
    """
    email_cfg = cfg["email"]
    server_name = f"{email_cfg['smtp_host']}:{email_cfg['smtp_port']}"
    recovered = [] if dry_run else recover_interrupted(db, cfg)
    digest = build_digest(db, since=since, include_reported=include_reported)
    change_ids = [c["id"] for c in digest["changes"]]
    if not change_ids and not cfg["digest"]["send_empty"]:
        return {
            "status": "skipped",
            "reason": "nothing new and [digest].send_empty = false",
            "changes": 0,
            "recovered": recovered,
        }
    _check_settings(cfg)
    domain = email_cfg["sender"].rsplit("@", 1)[-1]
    message_id = make_msgid(domain=domain)
    msg = build_message(digest, cfg, message_id)
    result = {
        "subject": msg["Subject"],
        "from": msg["From"],
        "to": list(email_cfg["recipients"]),
        "message_id": message_id,
        "changes": len(change_ids),
        "change_ids": change_ids,
        "server": server_name,
        "recovered": recovered,
    }
    if dry_run:
        headers = {k: str(v) for k, v in msg.items() if k.lower() != "content-type"}
        return {**result, "status": "dry-run", "headers": headers, "text": render(digest, "text")}
    password = _password(cfg)
    digest_id = (
        db["digests"]
        .insert(
            {
                "created": now(),
                "status": "prepared",
                "format": "email",
                "subject": msg["Subject"],
                "recipients": json.dumps(email_cfg["recipients"]),
                "change_ids": json.dumps(change_ids),
                "message_id": message_id,
            }
        )
        .last_pk
    )
    server = None
    try:
        server = _connect(cfg)
        if password is not None:
            server.login(email_cfg["username"], password)
        _set_status(db, digest_id, status="sending")
        refused = server.send_message(
            msg, from_addr=email_cfg["sender"], to_addrs=email_cfg["recipients"]
        )
    except (smtplib.SMTPException, OSError) as e:
        _close(server)
        reply = _scrub(_reply(e), password)
        _set_status(db, digest_id, status="failed", error=f"{server_name}: {reply}")
        raise EmailError(
            f"SMTP server {server_name} did not accept the digest: {reply}. "
            f"Its {count_phrase(len(change_ids))} stay unreported (digest {digest_id} failed)."
        ) from None
    refused_text = "; ".join(f"{a}: {_reply_parts(*r)}" for a, r in (refused or {}).items())
    with db.atomic():
        _set_status(
            db,
            digest_id,
            status="sent",
            sent_at=now(),
            error=f"refused recipients: {refused_text}" if refused_text else None,
        )
        mark_reported(db, change_ids, digest_id)
    _close(server)  # after the bookkeeping: a slow QUIT must not widen the crash window
    if refused_text:
        log.warning("digest %s: some recipients were refused: %s", digest_id, refused_text)
    return {**result, "status": "sent", "digest_id": digest_id, "refused": refused_text or None}
