"""Powertools for AWS Lambda adapters: metrics (EMF) and structured logs."""
