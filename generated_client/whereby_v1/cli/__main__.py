"""`python -m whereby_v1.cli`: the same as the `whereby-v1` console script."""

from . import main

main()
