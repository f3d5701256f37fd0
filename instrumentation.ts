// Runs once when the server starts: the audit trail's signed checkpoints (lib/server/audit/checkpoint-schedule.ts).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startCheckpoints } = await import("./lib/server/audit/checkpoint-schedule");
  startCheckpoints();
}
