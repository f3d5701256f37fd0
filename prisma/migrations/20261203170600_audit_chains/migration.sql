-- The audit trail as several hash chains, one per app instance (AUDIT_CHAIN), so instances on one database append
-- concurrently instead of queueing on one advisory lock. Every event already stored is on the chain "main", which
-- is also the default: a single instance keeps one chain, exactly as before. Each chain links its own events in
-- seq order; the signed checkpoints record the head of every chain (lib/server/audit/checkpoints.ts).
-- A constant default adds the column without rewriting rows, so the append-only triggers are not involved.
ALTER TABLE "audit_event" ADD COLUMN "chain" TEXT NOT NULL DEFAULT 'main';

CREATE INDEX "audit_event_chain_seq_idx" ON "audit_event"("chain", "seq");

-- No chain can fork: two events on one chain can never follow the same event. An append reads its chain's head,
-- links to it and inserts; if another writer got there first, the insert is refused and the append re-reads the
-- head and tries again (lib/server/audit/record-audit-event.ts), instead of every append holding a lock across
-- its round trips to the database.
CREATE UNIQUE INDEX "audit_event_chain_prev_hash_key" ON "audit_event"("chain", "prev_hash");
