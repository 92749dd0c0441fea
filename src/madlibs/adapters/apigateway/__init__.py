"""The live channel of a WebSocket API on API Gateway: messages through its Management API."""
