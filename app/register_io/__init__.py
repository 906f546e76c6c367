"""Getting the register in and out of spreadsheets (.xlsx, .xls, .csv). No Qt here."""

from app.register_io.exporter import export_register
from app.register_io.importer import import_register
from app.register_io.mapping import ColumnMapping, MappingError, load_mapping
from app.register_io.reader import RegisterFileError, Table, read_table
from app.register_io.report import ImportReport, RowIssue

__all__ = [
    "ColumnMapping",
    "ImportReport",
    "MappingError",
    "RegisterFileError",
    "RowIssue",
    "Table",
    "export_register",
    "import_register",
    "load_mapping",
    "read_table",
]
