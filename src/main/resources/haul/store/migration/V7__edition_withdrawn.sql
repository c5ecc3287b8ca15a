-- An edition withdrawn before it became public keeps its number and files, so that the numbers
-- of a year's editions never repeat; withdrawn_at says when, and it is never shown to the public.
-- (Postponing an edition moves its public_at; it needs no column.)
ALTER TABLE edition ADD COLUMN withdrawn_at TIMESTAMP;
