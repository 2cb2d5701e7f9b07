"""The only package that speaks SQL: the database file, its schema and its repositories."""

from briefing.store.connection import DatabaseBusy, DatabaseDamaged, ReadOnlyStore, StoreError
from briefing.store.migrations import SchemaTooNew
from briefing.store.rows import NotFound, RecordInUse
from briefing.store.schema_check import ForeignSchema
from briefing.store.store import EmptyDatabase, Store
from briefing.store.visits import SORT_KEYS, VisitQuery, VisitRow

__all__ = ["SORT_KEYS", "DatabaseBusy", "DatabaseDamaged", "EmptyDatabase", "ForeignSchema", "NotFound",
           "ReadOnlyStore", "RecordInUse", "SchemaTooNew", "Store", "StoreError", "VisitQuery", "VisitRow"]
