#!/usr/bin/env python3
"""Known-answer vectors for Terra webhook signatures, computed with Python's own hmac/hashlib
(independently of the Rust implementation). Writes tests/fixtures/webhook_vectors.json.

    python3 tools/webhook_vectors.py > tests/fixtures/webhook_vectors.json

Each vector: the secret, the timestamp, the body (hex, so non-UTF-8 bodies fit), and the expected
`v1` = lowercase hex HMAC-SHA256(secret, f"{t}." + body).
"""

import hashlib
import hmac
import json

VECTORS = [
    ("whsec_test_secret", 1723808700, b'{"type":"healthcheck","status":"success"}'),
    ("a", 0, b""),
    ("t\xebrra-s\xe9cret \u2713", 1700000000,
     '{"type":"auth","status":"success","user":{"user_id":"\u00e9","provider":"GARMIN"}}'.encode()),
    ("whsec_6b1f0e2d9c8a7b6f5e4d3c2b1a0f9e8d", 1999999999, b"\xff\xfe\x00not utf-8\x80"),
    ("k" * 100, 1723808700, json.dumps({"type": "activity", "data": [{"x": i} for i in range(50)]}).encode()),
]


def main():
    out = []
    for secret, t, body in VECTORS:
        mac = hmac.new(secret.encode(), f"{t}.".encode() + body, hashlib.sha256).hexdigest()
        out.append({"secret": secret, "timestamp": t, "body_hex": body.hex(), "v1": mac})
    print(json.dumps(out, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
