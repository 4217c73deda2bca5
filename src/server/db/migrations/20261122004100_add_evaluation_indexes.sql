-- migrate:up
-- The evaluation of dossier handling (TT 01/2018 art. 12–15, docs/adr/0021-evaluation.md) reads the
-- dossiers finished in a period, and an official's own dossiers through the actions they recorded.
CREATE INDEX dossiers_finished_idx ON dossiers (finished_at) WHERE status IN (9, 10);
CREATE INDEX dossier_actions_actor_idx ON dossier_actions (actor_id, dossier_id) WHERE actor_id IS NOT NULL;
COMMENT ON INDEX dossiers_finished_idx IS 'Evaluation periods: dossiers resolved (status 9, then 10) by finish time.';

-- migrate:down
DROP INDEX dossier_actions_actor_idx;
DROP INDEX dossiers_finished_idx;
