#!/usr/bin/env python3
"""A real SMTP server on 127.0.0.1 for Collecta's delivery tests (aiosmtpd).

Listens on an ephemeral port and prints `LISTENING <port>` once ready. Every accepted message
is saved as `<dir>/<n>.eml` (the raw bytes as received) and `<dir>/<n>.json`
(`{"mail_from": ..., "rcpt_tos": [...], "connection": c}`), n = 1, 2, ... in acceptance order,
c = 1, 2, ... the connection it came over; both files are in place before the server answers 250.

Options:
  --dir DIR              where messages are saved (required)
  --rules FILE           a JSON list of refusals answered instead of accepting:
                         {"command": "MAIL"|"RCPT"|"DATA", "match": "<substring of the address,
                         or * for any>", "code": 451, "text": "4.3.0 Try again later",
                         "times": 1}; times 0 means always; for DATA the match is tested
                         against every recipient
  --drop-after-data M    for a message with a recipient containing M: save it (the server did
                         get it) and close the connection without replying, as when a reply
                         is lost
  --exit-after N         exit, closing the socket, once N messages were accepted
  --user U --password P  offer AUTH PLAIN and LOGIN (without TLS) and require logging in
  --tls-cert C --tls-key K  with --starttls: offer STARTTLS and require it before MAIL; with
                         --implicit-tls: speak TLS from the first byte (SMTPS)
  --stop-on-stdin-eof    stop when standard input closes (the test process that started the
                         server has gone)
SIGTERM stops the server.
"""

import argparse
import asyncio
import json
import logging
import os
import signal
import ssl
import sys
import warnings

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword


class Rule:
    def __init__(self, spec):
        self.command = str(spec["command"]).upper()
        self.match = str(spec.get("match", "*"))
        self.code = int(spec["code"])
        self.text = str(spec.get("text", ""))
        self.remaining = int(spec.get("times", 1))
        self.always = self.remaining == 0

    def applies(self, command, addresses):
        if command != self.command or (not self.always and self.remaining <= 0):
            return False
        return self.match == "*" or any(self.match in address for address in addresses)

    def fire(self):
        if not self.always:
            self.remaining -= 1
        return f"{self.code} {self.text}".rstrip()


class Recorder:
    """The aiosmtpd handler: applies the rules and saves accepted messages."""

    def __init__(self, directory, rules, drop_after_data, exit_after, stop):
        self.directory = directory
        self.rules = rules
        self.drop_after_data = drop_after_data
        self.exit_after = exit_after
        self.stop = stop
        self.count = 0
        self.connections = 0

    def refusal(self, command, addresses):
        for rule in self.rules:
            if rule.applies(command, addresses):
                return rule.fire()
        return None

    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        self.number(session)
        session.host_name = hostname
        return responses

    async def handle_HELO(self, server, session, envelope, hostname):
        self.number(session)
        session.host_name = hostname
        return "250 collecta-test"

    def number(self, session):
        if not hasattr(session, "collecta_connection"):
            self.connections += 1
            session.collecta_connection = self.connections

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        refusal = self.refusal("MAIL", [address])
        if refusal:
            return refusal
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        refusal = self.refusal("RCPT", [address])
        if refusal:
            return refusal
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        refusal = self.refusal("DATA", envelope.rcpt_tos)
        if refusal:
            return refusal
        self.save(envelope, session)
        dropping = self.drop_after_data is not None and any(
            self.drop_after_data in address for address in envelope.rcpt_tos
        )
        if dropping:
            server.transport.abort()
        if self.exit_after is not None and self.count >= self.exit_after:
            # After the reply below has been written.
            asyncio.get_running_loop().call_soon(self.stop)
        return f"250 2.0.0 Ok: queued as {self.count}"

    def save(self, envelope, session):
        self.count += 1
        base = os.path.join(self.directory, str(self.count))
        record = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": list(envelope.rcpt_tos),
            "connection": session.collecta_connection,
        }
        write_atomically(base + ".eml", envelope.original_content)
        write_atomically(base + ".json", json.dumps(record, ensure_ascii=False).encode("utf-8"))


def write_atomically(path, data):
    temporary = path + ".part"
    with open(temporary, "wb") as file:
        file.write(data)
    os.replace(temporary, path)


def authenticator(user, password):
    def check(server, session, envelope, mechanism, auth_data):
        accepted = (
            isinstance(auth_data, LoginPassword)
            and auth_data.login == user.encode("utf-8")
            and auth_data.password == password.encode("utf-8")
        )
        # handled=False: aiosmtpd then answers 535 itself.
        return AuthResult(success=accepted, handled=False, auth_data=auth_data if accepted else None)

    return check


def stop_at_end_of_input(stopped):
    if not os.read(sys.stdin.fileno(), 4096):
        asyncio.get_running_loop().remove_reader(sys.stdin.fileno())
        stopped.set()


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dir", required=True)
    parser.add_argument("--rules")
    parser.add_argument("--drop-after-data")
    parser.add_argument("--exit-after", type=int)
    parser.add_argument("--user")
    parser.add_argument("--password")
    parser.add_argument("--stop-on-stdin-eof", action="store_true")
    parser.add_argument("--tls-cert")
    parser.add_argument("--tls-key")
    modes = parser.add_mutually_exclusive_group()
    modes.add_argument("--starttls", action="store_true")
    modes.add_argument("--implicit-tls", action="store_true")
    arguments = parser.parse_args()
    if (arguments.user is None) != (arguments.password is None):
        parser.error("--user and --password go together")
    if (arguments.starttls or arguments.implicit_tls) and not (arguments.tls_cert and arguments.tls_key):
        parser.error("--starttls and --implicit-tls need --tls-cert and --tls-key")
    return arguments


def tls_context(arguments):
    if not (arguments.starttls or arguments.implicit_tls):
        return None
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(arguments.tls_cert, arguments.tls_key)
    return context


def load_rules(path):
    if path is None:
        return []
    with open(path, encoding="utf-8") as file:
        return [Rule(spec) for spec in json.load(file)]


async def serve(arguments):
    loop = asyncio.get_running_loop()
    stopped = asyncio.Event()
    connections = []
    recorder = Recorder(
        arguments.dir, load_rules(arguments.rules), arguments.drop_after_data,
        arguments.exit_after, stopped.set,
    )

    context = tls_context(arguments)

    def connection():
        options = {"hostname": "collecta-test", "decode_data": False}
        if arguments.starttls:
            options.update(tls_context=context, require_starttls=True)
        if arguments.user is not None:
            options.update(
                authenticator=authenticator(arguments.user, arguments.password),
                auth_require_tls=False,
                auth_required=True,
            )
        protocol = SMTP(recorder, **options)
        connections.append(protocol)
        return protocol

    implicit = context if arguments.implicit_tls else None
    server = await loop.create_server(connection, "127.0.0.1", 0, ssl=implicit)
    loop.add_signal_handler(signal.SIGTERM, stopped.set)
    if arguments.stop_on_stdin_eof:
        loop.add_reader(sys.stdin.fileno(), stop_at_end_of_input, stopped)
    port = server.sockets[0].getsockname()[1]
    print(f"LISTENING {port}", flush=True)
    await stopped.wait()
    server.close()
    for protocol in connections:
        if protocol.transport is not None:
            protocol.transport.close()
    await server.wait_closed()


def main():
    # A child of a Swift test process inherits its blocked signals: SIGTERM would stay pending.
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM, signal.SIGINT})
    # Logging in without TLS is what the tests want; aiosmtpd warns about it on every connection.
    warnings.simplefilter("ignore")
    logging.getLogger("mail.log").setLevel(logging.ERROR)
    arguments = parse_arguments()
    os.makedirs(arguments.dir, exist_ok=True)
    asyncio.run(serve(arguments))
    return 0


if __name__ == "__main__":
    sys.exit(main())
