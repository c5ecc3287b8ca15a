-- why: two files of one command with different rows for one seizure are two versions of it; loading both would count it twice.
-- kind: event
SELECT k.file_no, k.rec, k.row_no, 'seizure_id' AS col, 'EVENT_IN_SEVERAL_FILES' AS code, k.seizure_id AS value,
    (SELECT o.file_name || ' (row ' || CAST(min(x.row_no) AS VARCHAR) || ')'
     FROM return_checked x JOIN return_source o ON o.file_no = x.file_no
     WHERE x.agency_code = k.agency_code AND x.seizure_id = k.seizure_id AND x.file_no <> k.file_no
     GROUP BY x.file_no, o.file_name ORDER BY x.file_no LIMIT 1) AS detail
  FROM return_checked k JOIN return_event_check e
    ON e.agency_code = k.agency_code AND e.seizure_id = k.seizure_id AND e.first_file <> e.last_file
