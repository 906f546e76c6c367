"""Persistence: peewee models, the connection, and the schema version ladder."""
