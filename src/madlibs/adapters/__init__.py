"""One folder per technology (sqlite, dynamodb, s3, cloudfront, secrets, openai, elevenlabs,
powertools); `local/` is the machine itself (files, clock, environment) and `offline/` the AI
engines that need no network."""
