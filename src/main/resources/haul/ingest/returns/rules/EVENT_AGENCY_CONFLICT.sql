-- why: a seizure belongs to one agency; rows of one id in a file that name two agencies cannot both be right.
-- kind: event
SELECT k.file_no, k.rec, k.row_no, 'agency' AS col, 'EVENT_AGENCY_CONFLICT' AS code, nullif(trim(s.agency), '') AS value,
    c.detail
  FROM return_checked k JOIN (
    SELECT file_no, seizure_id, min(agency_code) || ', ' || max(agency_code) AS detail
    FROM return_checked WHERE agency_code IS NOT NULL AND seizure_id IS NOT NULL
    GROUP BY file_no, seizure_id HAVING min(agency_code) <> max(agency_code)
  ) c ON c.file_no = k.file_no AND c.seizure_id = k.seizure_id
  JOIN return_staging s ON s.rowid = k.sid
  WHERE k.agency_code IS NOT NULL
