"""``python -m failtrail``: the CLI."""

from ._cli import main

raise SystemExit(main())
