"""Files in and out: workbooks, packages as streams and their bounds, report documents, fuzzing."""
