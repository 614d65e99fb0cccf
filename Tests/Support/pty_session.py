#!/usr/bin/env python3
"""Drives a program through a pseudo-terminal, as a person at a keyboard would.

Usage: pty_session.py SCRIPT_JSON
SCRIPT_JSON: {"argv": [...], "env": {...}, "cwd": "...", "timeout": seconds,
              "steps": [["expect", "regex"], ["send", "text"], ["signal", "INT"], ["sleep", 0.2]]}
"expect" waits until the regex matches output that arrived since the previous match.
Prints one JSON object: {"transcript": all output, "status": exit status or null,
"failure": null, or what went wrong}.
"""
import json
import os
import pty
import re
import select
import signal
import sys
import termios
import time


def wait_for_editor(fd, limit=0.5):
    """Waits, briefly, until the terminal is in the line editor's raw mode, as a person
    would not type before the editor is ready. A key that arrives while the terminal is
    still in cooked mode is handled by the kernel's line discipline: a Ctrl-D there is an
    end-of-file marker that the editor never sees. Sends go ahead after `limit` anyway, for
    programs that read in cooked mode."""
    deadline = time.time() + limit
    while time.time() < deadline:
        try:
            if not termios.tcgetattr(fd)[3] & termios.ICANON:
                return
        except termios.error:
            return
        time.sleep(0.005)


def main():
    script = json.loads(sys.argv[1])
    timeout = script.get("timeout", 10)
    pid, fd = pty.fork()
    if pid == 0:
        if script.get("cwd"):
            os.chdir(script["cwd"])
        env = dict(os.environ)
        env.update(script.get("env", {}))
        env.setdefault("TERM", "xterm")
        os.execve(script["argv"][0], script["argv"], env)

    transcript = b""
    consumed = 0
    failure = None

    def read_some(wait):
        nonlocal transcript
        ready, _, _ = select.select([fd], [], [], wait)
        if not ready:
            return True
        try:
            data = os.read(fd, 65536)
        except OSError:
            return False
        if not data:
            return False
        transcript += data
        return True

    for step in script["steps"]:
        kind, arg = step[0], step[1]
        if kind == "send":
            wait_for_editor(fd)
            os.write(fd, arg.encode())
        elif kind == "sleep":
            time.sleep(arg)
        elif kind == "signal":
            os.kill(pid, getattr(signal, "SIG" + arg))
        elif kind == "expect":
            pattern = re.compile(arg.encode())
            deadline = time.time() + timeout
            while True:
                match = pattern.search(transcript, consumed)
                if match:
                    consumed = match.end()
                    break
                if time.time() > deadline:
                    failure = "timed out waiting for %r" % arg
                    break
                if not read_some(0.05):
                    failure = "program ended while waiting for %r" % arg
                    break
            if failure:
                break

    status = None
    deadline = time.time() + timeout
    while time.time() < deadline:
        finished, code = os.waitpid(pid, os.WNOHANG)
        if finished:
            status = os.waitstatus_to_exitcode(code)
            break
        read_some(0.05)
    if status is None:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        failure = failure or "program did not exit"
    while read_some(0):
        if not select.select([fd], [], [], 0)[0]:
            break
    print(json.dumps({"transcript": transcript.decode("utf-8", "replace"), "status": status, "failure": failure}))


main()
