"""One module per tag of the contract, each with its sync, async and raw-response resource classes.

Generated from openapi.yaml by `python -m generator generate`; do not edit. The modules load on
first use: `whereby_v1.Whereby().meetings` imports `resources.meetings` and its models then.
"""

RESOURCES = (
    "meetings",
    "recordings",
    "transcriptions",
    "summaries",
    "rooms",
    "insights",
)
