-- haul store, version 4, for PostgreSQL: the translation of duckdb/V4__stats.sql (the statistics
-- cube as views over both sources), the same views, columns and meanings. The one difference:
-- PostgreSQL 15 has no any_value, so the area size (one value per group) is taken with max.

-- Who has figures for which year, and from which source. An agency with neither has no row:
-- it is not available for that year.
CREATE VIEW stats_return AS
SELECT DISTINCT financial_year_end, agency_code, 'returns' AS source FROM seizure
UNION ALL
SELECT DISTINCT t.financial_year_end, t.agency_code, 'tables' AS source
FROM table_figure t
WHERE NOT EXISTS (
  SELECT 1 FROM seizure s
  WHERE s.financial_year_end = t.financial_year_end AND s.agency_code = t.agency_code);

-- The items of the cube: the agency total, each catalogue row, each group row and each class.
CREATE VIEW stats_item AS
SELECT 'total' AS item_kind, 'All drugs' AS item
UNION ALL SELECT 'drug', name FROM ref_drug
UNION ALL SELECT DISTINCT 'group', group_name FROM ref_drug WHERE group_name IS NOT NULL
UNION ALL SELECT DISTINCT 'class', drug_class FROM ref_drug_class;

-- Figures from record-level returns. Seizures are distinct events: an event with two lines of a
-- drug is one seizure of it, and an event with several drugs of a class is one seizure of the
-- class (drug_line.drug_class is already the class on the seizure's date). The lines are joined to
-- their events once (the CTE is materialised) and grouped three ways.
CREATE VIEW stats_record_figure AS
WITH line AS MATERIALIZED (
  SELECT s.financial_year_end, l.agency_code, l.seizure_id, l.drug, l.drug_class, d.group_name, l.quantity
  FROM drug_line l
  JOIN seizure s ON s.agency_code = l.agency_code AND s.seizure_id = l.seizure_id
  JOIN ref_drug d ON d.name = l.drug)
SELECT financial_year_end, agency_code, 'total' AS item_kind, 'All drugs' AS item,
       count(*) AS seizures, NULL::DECIMAL(38, 9) AS quantity, NULL::BIGINT AS lines_without_quantity
FROM seizure
GROUP BY financial_year_end, agency_code
UNION ALL
SELECT financial_year_end, agency_code, 'drug', drug,
       count(DISTINCT seizure_id), sum(quantity), count(*) FILTER (WHERE quantity IS NULL)
FROM line
GROUP BY financial_year_end, agency_code, drug
UNION ALL
SELECT financial_year_end, agency_code, 'group', group_name, count(DISTINCT seizure_id), NULL, NULL
FROM line
WHERE group_name IS NOT NULL
GROUP BY financial_year_end, agency_code, group_name
UNION ALL
SELECT financial_year_end, agency_code, 'class', drug_class, count(DISTINCT seizure_id), NULL, NULL
FROM line
GROUP BY financial_year_end, agency_code, drug_class;

-- Figures from published tables: one cell per measure; a blank cell stays NULL.
CREATE VIEW stats_table_figure AS
SELECT financial_year_end, agency_code, item_kind, item,
       max(value) FILTER (WHERE measure = 'seizures')::BIGINT AS seizures,
       max(value) FILTER (WHERE measure = 'quantities') AS quantity
FROM table_figure
GROUP BY financial_year_end, agency_code, item_kind, item;

-- The agency x item x year cube: every item for every agency with figures that year. From a
-- return, an item never seized is 0; from a table, a cell not given is not available.
-- Quantities exist only for drug rows with a unit; lines without quantity only from returns.
CREATE VIEW stats_cube AS
SELECT r.financial_year_end, r.agency_code, i.item_kind, i.item,
       CASE WHEN r.source = 'returns' THEN coalesce(f.seizures, 0) ELSE t.seizures END AS seizures,
       CASE WHEN i.item_kind <> 'drug' OR d.unit IS NULL THEN NULL
            WHEN r.source = 'returns' THEN coalesce(f.quantity, 0)
            ELSE t.quantity END AS quantity,
       CASE WHEN i.item_kind <> 'drug' OR d.unit IS NULL OR r.source <> 'returns' THEN NULL
            ELSE coalesce(f.lines_without_quantity, 0) END AS lines_without_quantity
FROM stats_return r
CROSS JOIN stats_item i
LEFT JOIN ref_drug d ON i.item_kind = 'drug' AND d.name = i.item
LEFT JOIN stats_record_figure f
  ON r.source = 'returns' AND f.financial_year_end = r.financial_year_end
  AND f.agency_code = r.agency_code AND f.item_kind = i.item_kind AND f.item = i.item
LEFT JOIN stats_table_figure t
  ON r.source = 'tables' AND t.financial_year_end = r.financial_year_end
  AND t.agency_code = r.agency_code AND t.item_kind = i.item_kind AND t.item = i.item;

-- The areas each agency counts in: itself, its region (territorial forces), police (43 forces and
-- BTP) and England and Wales (every agency).
CREATE VIEW stats_area_member AS
SELECT code AS agency_code, 'agency' AS area_type, code AS area_code FROM ref_agency
UNION ALL
SELECT code, 'region', region FROM ref_agency WHERE region IS NOT NULL
UNION ALL
SELECT code, 'police', 'police' FROM ref_agency WHERE agency_type IN ('territorial', 'transport')
UNION ALL
SELECT code, 'england-and-wales', 'england-and-wales' FROM ref_agency;

-- Figures of every area, in one pass over the cube. Agency figures add up because events never
-- span agencies. A total is the sum of the members that have the figure, and members_missing
-- counts those that do not (no return, or a blank cell): a total with a member missing is
-- published with a note naming it, as the Home Office did for FYE2021. An area none of whose
-- agencies has figures for a year has no rows: it is not available.
CREATE VIEW stats_area_figure AS
WITH size AS (
  SELECT area_type, area_code, count(*) AS members FROM stats_area_member GROUP BY area_type, area_code)
SELECT c.financial_year_end, m.area_type, m.area_code, c.item_kind, c.item,
       sum(c.seizures) AS seizures, sum(c.quantity) AS quantity,
       sum(c.lines_without_quantity) AS lines_without_quantity,
       max(z.members) - count(c.seizures) AS members_missing
FROM stats_cube c
JOIN stats_area_member m ON m.agency_code = c.agency_code
JOIN size z ON z.area_type = m.area_type AND z.area_code = m.area_code
GROUP BY c.financial_year_end, m.area_type, m.area_code, c.item_kind, c.item;
