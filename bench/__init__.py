"""`python -m bench`: how much of the point budget each client uses, and what our overlay costs.

Every scenario runs against its own `python -m sandbox` (a fresh budget, a scaled window) once
with our `WherebyClient` and once with a "retry-only" peer (the bare generated client that waits
out 429s as `Retry-After` says, as tenacity/stamina users and the Stainless SDKs do). Each run
prints one JSON line. The overhead scenario compares CPU time per request of the bare generated
client and ours against a local server that answers at once.

Not tests: nothing here is collected by pytest.
"""
