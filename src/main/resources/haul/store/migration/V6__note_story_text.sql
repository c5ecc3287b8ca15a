-- haul store, version 6, for both engines: a data-quality note's prose form for stories (issue 12).
-- text stays the note as the tables and the workbook print it; story_text, when given, is how a
-- story tells the note in its own sentence ("Some of these figures are estimates, the release
-- says."), its figures facts of the release. Without it, a story quotes text with its attribution.
ALTER TABLE note ADD COLUMN story_text VARCHAR;
