"""The SharedCache port on CloudFront: invalidations."""
