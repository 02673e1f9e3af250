"""Build-time tools that turn openapi.yaml into the `whereby_v<major>` package.

Never shipped with the package. `python -m generator --help` lists the commands.
"""
