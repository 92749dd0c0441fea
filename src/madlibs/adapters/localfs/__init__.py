"""Media objects in a local folder, handed out as signed, expiring URLs served by the app."""
