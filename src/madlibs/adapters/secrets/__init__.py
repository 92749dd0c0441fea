"""The Secrets port on AWS Secrets Manager."""
