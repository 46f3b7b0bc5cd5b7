-- The vote as the minimum SQL for exact counters: insert on conflict do nothing, and the counter
-- moved by the rows inserted, in one transaction (pgbench baseline of etc/bench/run.sh).
\set v random(1, :nvoters)
\set i random(1, :nideas)
BEGIN;
WITH ins AS (
  INSERT INTO "Votes" ("Id", "TenantId", "IdeaId", "VoterId", "CreatedAt")
  SELECT gen_random_uuid(), i.tenant, i.id, v.id, now() FROM bench_ideas i, bench_voters v WHERE i.n = :i AND v.n = :v
  ON CONFLICT DO NOTHING RETURNING "IdeaId")
UPDATE "Ideas" SET "VoteCount" = "VoteCount" + 1, "LastActivityAt" = now() WHERE "Id" IN (SELECT "IdeaId" FROM ins);
COMMIT;
