-- The withdrawal: delete the vote and move the counter by the rows deleted, in one transaction.
\set v random(1, :nvoters)
\set i random(1, :nideas)
BEGIN;
WITH del AS (
  DELETE FROM "Votes" WHERE ("TenantId", "IdeaId", "VoterId") = (SELECT i.tenant, i.id, v.id FROM bench_ideas i, bench_voters v WHERE i.n = :i AND v.n = :v)
  RETURNING "IdeaId")
UPDATE "Ideas" SET "VoteCount" = "VoteCount" - 1 WHERE "Id" IN (SELECT "IdeaId" FROM del);
COMMIT;
