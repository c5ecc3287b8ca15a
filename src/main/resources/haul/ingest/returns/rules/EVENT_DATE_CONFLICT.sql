-- why: a seizure has one date, which decides its year and its drugs' classes; rows that disagree cannot both be right.
-- kind: event
SELECT k.file_no, k.rec, k.row_no, 'seizure_date' AS col, 'EVENT_DATE_CONFLICT' AS code,
    nullif(trim(s.seizure_date), '') AS value, c.detail
  FROM return_checked k JOIN (
    SELECT x.file_no, x.agency_code, x.seizure_id,
      CAST(min(x.sdate) AS VARCHAR) || ', ' || CAST(max(x.sdate) AS VARCHAR) AS detail
    FROM return_checked x JOIN return_event_check e
      ON e.agency_code = x.agency_code AND e.seizure_id = x.seizure_id
    GROUP BY x.file_no, x.agency_code, x.seizure_id HAVING min(x.sdate) <> max(x.sdate)
  ) c ON c.file_no = k.file_no AND c.agency_code = k.agency_code AND c.seizure_id = k.seizure_id
  JOIN return_staging s ON s.rowid = k.sid
  WHERE k.sdate IS NOT NULL
