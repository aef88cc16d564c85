#!/usr/bin/env python3
"""A hostile Mist API on 127.0.0.1 for bench/hostile/run.sh (issue 12): one misbehaviour per mode.

Usage: hostile_server.py MODE PORTFILE COUNTFILE
Writes the port it listens on to PORTFILE and the number of requests served to COUNTFILE after each request.
"""
import gzip
import json
import sys
import threading
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

MODE, PORTFILE, COUNTFILE = sys.argv[1], sys.argv[2], sys.argv[3]
ORG = "6e4dd5f5-1a2b-4c3d-8e9f-0a1b2c3d4e5f"
lock = threading.Lock()
count = 0


def site(i):
    return {"id": str(uuid.UUID(int=i)), "org_id": ORG, "name": f"site-{i}"}


def bomb_body():
    # 64 MiB of spaces in one gzip member (about 64 KB), repeated 64 times: a 4 GiB JSON string in about 4 MB.
    member = gzip.compress(b" " * (64 * 1024 * 1024), compresslevel=9)
    return gzip.compress(b'"', 9) + member * 64 + gzip.compress(b'"', 9)


BOMB = bomb_body() if MODE == "bomb" else None
FULL_PAGE = json.dumps([site(i) for i in range(1000)]).encode() if MODE == "ignore-page" else None


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def send(self, status, body, headers=()):
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        global count
        with lock:
            count += 1
            n = count
            with open(COUNTFILE, "w") as f:
                f.write(str(n))
        path = self.path.split("?")[0]
        try:
            if MODE == "bomb":
                self.send(200, BOMB, [("Content-Encoding", "gzip")])
            elif MODE == "giant":
                # 200 MB of JSON string, chunked, never announced.
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Transfer-Encoding", "chunked")
                self.end_headers()
                chunk = b" " * (1024 * 1024)
                self.wfile.write(b'1\r\n"\r\n')
                for _ in range(200):
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                self.wfile.write(b'1\r\n"\r\n0\r\n\r\n')
            elif MODE == "ignore-page":
                self.send(200, FULL_PAGE)
            elif MODE == "huge-total":
                self.send(200, json.dumps([site(1)]).encode(), [("X-Page-Limit", "1000"), ("X-Page-Page", "1"), ("X-Page-Total", "1000000")])
            elif MODE == "next-loop":
                body = {"results": [site(n)], "total": 500, "next": path + "?search_after=loop"}
                self.send(200, json.dumps(body).encode())
            elif MODE == "429":
                self.send(429, b'{"detail":"Too Many Requests"}')
            else:
                self.send(404, b'{"detail":"unknown mode"}')
        except (BrokenPipeError, ConnectionResetError):
            pass


server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
with open(PORTFILE, "w") as f:
    f.write(str(server.server_address[1]))
server.serve_forever()
