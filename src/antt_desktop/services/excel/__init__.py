"""Excel: import of workbooks (reading, matching, checking, writing) and export."""
