-- why: a partial import loads whole seizures or nothing of them, so a seizure is never counted with a drug missing.
-- kind: partial
WITH bad AS (SELECT DISTINCT k.file_no, k.rec, k.row_no, k.agency_code, k.seizure_id
             FROM return_checked k
             WHERE k.seizure_id IS NOT NULL
               AND EXISTS (SELECT 1 FROM return_problem p WHERE p.file_no = k.file_no AND p.rec = k.rec)),
first_bad_by_agency AS (SELECT agency_code, seizure_id, min(row_no) AS bad_row
                        FROM bad WHERE agency_code IS NOT NULL GROUP BY agency_code, seizure_id),
first_bad_in_file AS (SELECT file_no, seizure_id, min(row_no) AS bad_row FROM bad GROUP BY file_no, seizure_id)
SELECT k.file_no, k.rec, k.row_no, 'seizure_id' AS col, 'EVENT_HAS_REJECTED_ROW' AS code, k.seizure_id AS value,
       CAST(coalesce(f.bad_row, a.bad_row) AS VARCHAR) AS detail
FROM return_checked k
LEFT JOIN first_bad_in_file f ON f.file_no = k.file_no AND f.seizure_id = k.seizure_id
LEFT JOIN first_bad_by_agency a ON a.agency_code = k.agency_code AND a.seizure_id = k.seizure_id
WHERE (f.bad_row IS NOT NULL OR a.bad_row IS NOT NULL)
  AND NOT EXISTS (SELECT 1 FROM return_problem p WHERE p.file_no = k.file_no AND p.rec = k.rec)
