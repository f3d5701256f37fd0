import "server-only";
// Fixed-window rate limits kept in the database (one atomic upsert per request), so they hold across
// app instances. A database failure here is not a reason to refuse: the caller's own database work will
// fail closed anyway.
import { serverEnv } from "@/lib/server/config/env";
import { getPrisma } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";

export type RateLimitRule = { name: string; limit: number; windowSeconds: number };

/** The limits, from the validated environment (read when first used, not when this module loads). */
export const RATE_LIMITS = {
  get signInPerAddress(): RateLimitRule {
    return { name: "sign-in", limit: serverEnv().RATE_LIMIT_SIGN_IN, windowSeconds: 60 };
  },
  get searchPerUser(): RateLimitRule {
    return { name: "search", limit: serverEnv().RATE_LIMIT_SEARCH, windowSeconds: 60 };
  },
};

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
