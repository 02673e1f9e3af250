"""A local server that serves the v1 contract with the API's real rate limit.

For this project's tests and benchmarks and for users' own integration tests: it speaks the
contract in openapi.yaml over real HTTP, keeps state in memory, and can inject faults on
demand. It never talks to the real API and never persists anything.
"""
