"""moto's server answering one request at a time: `python -m tests.support.serial_moto HOST PORT`.

moto applies a DynamoDB request to its items without a lock, so two UpdateItems on one item can
interleave inside it (both read version 7, both write 8). DynamoDB applies every single-item write
atomically. Served one at a time, moto gives that guarantee too, which races tests rely on.
"""

from __future__ import annotations

import sys

from moto.moto_server.werkzeug_app import (
    DomainDispatcherApplication,
    MotoRequestHandler,
    create_backend_app,
)
from werkzeug.serving import run_simple


def main() -> None:
    host, port = sys.argv[1], int(sys.argv[2])
    app = DomainDispatcherApplication(create_backend_app)
    run_simple(host, port, app, threaded=False, request_handler=MotoRequestHandler)


if __name__ == "__main__":
    main()
