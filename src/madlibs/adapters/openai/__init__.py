"""OpenAI (and OpenAI-compatible) adapters: text and images."""
