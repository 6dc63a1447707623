"""umconnect core: everything that is not drawing.

Nothing in this package imports Qt; the wizard in ``ui`` and the command line
in :mod:`app.cli` drive the same functions.
"""

__version__ = "0.1.0"
APP_NAME = "umconnect"
