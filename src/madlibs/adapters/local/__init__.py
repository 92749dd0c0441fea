"""What runs on one machine without a service: media files in a folder, the system clock,
secrets from the environment, log lines, the word list. (The offline AI engines are `offline/`.)"""
