"""The PySide6 wizard over the Qt-free core in ``app``."""
