"""Handwritten additions to the generated package.

The generator never reads, writes or deletes anything in this folder. Code here knows the
contract only through the generated `_operations` table, never through individual endpoints.
"""
