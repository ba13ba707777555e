"""Attacks on a running `lkg serve` for bench/hardening.sh.

  hardening.py rss URL PID TOKEN
      Sends each oversized request once and prints the server's RSS before
      and after and its peak (VmHWM) growth, with the status it answered.
  hardening.py slow URL SLOWLORIS HALF REQUESTS
      Measures REQUESTS sequential GETs (p50/p99) with no attack, then with
      SLOWLORIS connections sending one header byte per second (from
      127.0.0.2) and HALF connections that sent half a request line and went
      silent (from 127.0.0.3).
"""
import gzip
import socket
import sys
import threading
import time
import urllib.parse
import zlib


def status(pid):
    fields = {}
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                fields[key] = int(value.split()[0]) // 1024
    return fields


def connect(url, source=None):
    parts = urllib.parse.urlparse(url)
    s = socket.socket()
    if source:
        s.bind((source, 0))
    s.connect((parts.hostname, parts.port))
    s.settimeout(20)
    return s


def attack(url, head, body_bytes=0, pattern=b"x"):
    s = connect(url)
    chunk = pattern * max(1, 65536 // len(pattern))  # whole patterns: chunk frames stay valid
    answer = b""
    try:
        s.sendall(head)
        sent = 0
        while sent < body_bytes:
            n = min(len(chunk), body_bytes - sent)
            s.sendall(chunk[:n])
            sent += n
    except OSError:
        pass  # the server closed early: expected
    try:
        while True:
            data = s.recv(65536)
            if not data:
                break
            answer += data
    except OSError:
        pass
    s.close()
    return answer[9:12].decode() if answer.startswith(b"HTTP/1.1 ") else "closed"


def gzip_zeros(n):
    z = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = bytes(1 << 20)
    out = [z.compress(block) for _ in range(n >> 20)]
    out.append(z.flush())
    return b"".join(out)


def rss(url, pid, token):
    post = b"POST /api/v1/documents HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
    auth = b"Authorization: Bearer " + token.encode() + b"\r\n"
    flood = b"ffff\r\n" + b"y" * 0xFFFF + b"\r\n"
    bomb = gzip_zeros(200 << 20)
    attacks = [
        ("chunked 256 MiB, no token", post + b"Transfer-Encoding: chunked\r\n\r\n", 256 << 20, flood),
        ("chunked 64 MiB, token", post + auth + b"Transfer-Encoding: chunked\r\n\r\n", 64 << 20, flood),
        ("no length, 64 MiB", post + auth + b"\r\n", 64 << 20, b"x"),
        ("Content-Length 99 MB, token", post + auth + b"Content-Length: 99999999\r\n\r\n", 64 << 20, b"x"),
        (f"gzip {len(bomb) // 1024} KB -> 200 MiB, no token",
         post + b"Content-Encoding: gzip\r\nContent-Length: %d\r\n\r\n" % len(bomb) + bomb, 0, b"x"),
        (f"gzip {len(bomb) // 1024} KB -> 200 MiB, token",
         post + auth + b"Content-Encoding: gzip\r\nContent-Length: %d\r\n\r\n" % len(bomb) + bomb, 0, b"x"),
        ("64 MiB of headers", b"GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ", 64 << 20, b"a"),
        ("100,000 header lines", b"GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n", 100000 * 9, b"X-H: v\r\n"),
        ("64 MiB request line", b"GET /", 64 << 20, b"u"),
    ]
    print(f"{'attack':<40} {'answer':>6} {'RSS before':>11} {'after':>6} {'peak growth':>12}")
    for name, head, size, pattern in attacks:
        before = status(pid)
        code = attack(url, head, size, pattern)
        after = status(pid)
        print(f"{name:<40} {code:>6} {before['VmRSS']:>8} MB {after['VmRSS']:>3} MB "
              f"{after['VmHWM'] - max(before['VmHWM'], before['VmRSS']):>+9} MB")


def timed_gets(url, n):
    """n GETs on a keep-alive connection (a new one when the server closes it)."""
    req = b"GET /api/v1/nodes/MMTUK HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
    times = []
    s = connect(url)
    while len(times) < n:
        start = time.perf_counter()
        data = b""
        try:
            s.sendall(req)
            while b"\r\n\r\n" not in data:
                more = s.recv(65536)
                if not more:
                    raise ConnectionError("closed")
                data += more
            head, _, body = data.partition(b"\r\n\r\n")
            length = int(head.lower().split(b"content-length: ")[1].split(b"\r\n")[0])
            while len(body) < length:
                more = s.recv(65536)
                if not more:
                    raise ConnectionError("closed")
                body += more
        except OSError:  # the server ends a connection after 1,000 requests: reconnect, retry
            s.close()
            s = connect(url)
            continue
        times.append((time.perf_counter() - start) * 1000)
    s.close()
    times.sort()
    return times[len(times) // 2], times[int(len(times) * 0.99) - 1], times[-1]


def slowloris(url, count, stop):
    conns = []
    for _ in range(count):
        try:
            c = connect(url, "127.0.0.2")
            c.sendall(b"GET /api/v1/health HTTP/1.1\r\n")
            conns.append(c)
        except OSError:
            pass
    while not stop.is_set():
        for i, c in enumerate(conns):
            try:
                c.sendall(b"X")
            except OSError:  # closed by the header deadline: come back
                try:
                    conns[i] = connect(url, "127.0.0.2")
                    conns[i].sendall(b"GET /api/v1/health HTTP/1.1\r\n")
                except OSError:
                    pass
        stop.wait(1.0)
    for c in conns:
        c.close()


def half_requests(url, count, stop):
    conns = []
    while not stop.is_set():
        conns = [c for c in conns if c.fileno() >= 0]
        while len(conns) < count:
            try:
                c = connect(url, "127.0.0.3")
                c.sendall(b"GET /api/v1/sea")
                conns.append(c)
            except OSError:
                break
        stop.wait(0.5)
        for c in list(conns):  # drop the ones the server closed
            c.setblocking(False)
            try:
                if c.recv(1, socket.MSG_PEEK) is not None:
                    c.close()
                    conns.remove(c)
            except BlockingIOError:
                pass
            except OSError:
                c.close()
                conns.remove(c)
            finally:
                if c.fileno() >= 0:
                    c.setblocking(True)
    for c in conns:
        c.close()


def slow(url, slow_count, half_count, n):
    p50, p99, worst = timed_gets(url, n)
    print(f"no attack:                          p50 {p50:.2f} ms, p99 {p99:.2f} ms, max {worst:.1f} ms")
    stop = threading.Event()
    threads = [threading.Thread(target=slowloris, args=(url, slow_count, stop)),
               threading.Thread(target=half_requests, args=(url, half_count, stop))]
    for t in threads:
        t.start()
    time.sleep(3)
    port = urllib.parse.urlparse(url).port
    open_now = sum(1 for line in open("/proc/net/tcp").read().splitlines()[1:]
                   if line.split()[3] == "01" and int(line.split()[1].split(":")[1], 16) == port
                   and line.split()[2].split(":")[0] in ("0200007F", "0300007F"))
    print(f"attack connections the server holds open (from 127.0.0.2/3): {open_now}")
    p50, p99, worst = timed_gets(url, n)
    print(f"{slow_count} slowloris + {half_count} half requests: "
          f"p50 {p50:.2f} ms, p99 {p99:.2f} ms, max {worst:.1f} ms")
    stop.set()
    for t in threads:
        t.join()


if __name__ == "__main__":
    if sys.argv[1] == "rss":
        rss(sys.argv[2], int(sys.argv[3]), sys.argv[4])
    elif sys.argv[1] == "slow":
        slow(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]))
