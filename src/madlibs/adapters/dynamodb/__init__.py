"""The Store port on one DynamoDB table (DESIGN §4; docs/dynamodb.md)."""
