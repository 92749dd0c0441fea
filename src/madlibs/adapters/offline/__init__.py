"""Offline engines: they run on one machine with no network and no model weights."""
