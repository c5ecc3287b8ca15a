-- Whom a story attributes its figures to in its first sentence ("according to Home Office figures"):
-- optional, since a store's metadata written before it has none (issue 12, an editor's read: the
-- intros did not say whose figures they were). Without it a story says "figures from" the producer.
ALTER TABLE release_metadata ADD COLUMN attribution VARCHAR;
