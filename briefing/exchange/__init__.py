"""Moving visits in and out of a database: JSON export/import and CSV for spreadsheets."""

from briefing.exchange.exporting import agreements_csv, export_json, visits_csv, write_export_json
from briefing.exchange.importing import ImportPlan, ImportRefused, apply_import, plan_import, read_import_file

__all__ = ["ImportPlan", "ImportRefused", "agreements_csv", "apply_import", "export_json", "plan_import",
           "read_import_file", "visits_csv", "write_export_json"]
