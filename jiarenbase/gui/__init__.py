"""Everything Qt: the desktop application."""
