"""The BlobStore port on S3."""
