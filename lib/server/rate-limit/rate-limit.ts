import "server-only";
// Fixed-window rate limits kept in the database (one atomic upsert per request), so they hold across
// app instances. A database failure here is not a reason to refuse: the caller's own database work will
// fail closed anyway.
import { getPrisma } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";

export type RateLimitRule = { name: string; limit: number; windowSeconds: number };

export const RATE_LIMITS = {
  signInPerAddress: { name: "sign-in", limit: Number(process.env.RATE_LIMIT_SIGN_IN ?? 30), windowSeconds: 60 },
  searchPerUser: { name: "search", limit: Number(process.env.RATE_LIMIT_SEARCH ?? 60), windowSeconds: 60 },
} satisfies Record<string, RateLimitRule>;

export function windowStart(now: Date, windowSeconds: number): Date {
  const ms = windowSeconds * 1000;
  return new Date(Math.floor(now.getTime() / ms) * ms);
}

/** Counts one request for `subject` and says whether it is within the rule. */
export async function hit(rule: RateLimitRule, subject: string, now = new Date()): Promise<{ allowed: boolean; count: number }> {
  const key = `${rule.name}:${subject}`;
  const start = windowStart(now, rule.windowSeconds);
  const rows = await getPrisma().$queryRaw<{ count: number }[]>`
    INSERT INTO "rate_limit" ("key", "window_start", "count") VALUES (${key}, ${start}, 1)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "rate_limit"."window_start" = EXCLUDED."window_start" THEN "rate_limit"."count" + 1 ELSE 1 END,
      "window_start" = EXCLUDED."window_start"
    RETURNING "count"`;
  const count = Number(rows[0]?.count ?? 1);
  return { allowed: count <= rule.limit, count };
}

export async function enforce(rule: RateLimitRule, subject: string): Promise<void> {
  const { allowed } = await hit(rule, subject);
  if (!allowed) throw new AppError("RATE_LIMITED");
}
