import "server-only";
// Rate limits kept in the database (one atomic upsert per request), so they hold across app instances.
// Each key allows `limit` requests in a window that starts at its first request. With backoff: a request
// refused for being over the limit restarts the window, so a client that keeps trying stays refused until
// it has been quiet for a whole window. A database failure here is not a reason to refuse: the caller's own
// database work will fail closed anyway.
import { serverEnv } from "@/lib/server/config/env";
import { getPrisma } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";

export type RateLimitRule = { name: string; limit: number; windowSeconds: number };

/** The limits, from the validated environment (read when first used, not when this module loads). */
export const RATE_LIMITS = {
  /** Sign-in attempts from one client address (as TRUSTED_PROXIES lets us know it). */
  get signInPerAddress(): RateLimitRule {
    return { name: "sign-in", limit: serverEnv().RATE_LIMIT_SIGN_IN, windowSeconds: 60 };
  },
  /** Sign-in attempts for one username, from anywhere (lock-out is the second line). */
  get signInPerAccount(): RateLimitRule {
    return { name: "sign-in-account", limit: serverEnv().RATE_LIMIT_SIGN_IN_ACCOUNT, windowSeconds: 60 };
  },
  get searchPerUser(): RateLimitRule {
    return { name: "search", limit: serverEnv().RATE_LIMIT_SEARCH, windowSeconds: 60 };
  },
  /** Consent, refusal and emergency-override decisions per user: each override raises an alert. */
  get accessDecisionPerUser(): RateLimitRule {
    return { name: "access-decision", limit: serverEnv().RATE_LIMIT_ACCESS_DECISION, windowSeconds: 600 };
  },
};

/** Counts one request for `subject` and says whether it is within the rule. */
export async function hit(rule: RateLimitRule, subject: string, now = new Date()): Promise<{ allowed: boolean; count: number }> {
  const key = `${rule.name}:${subject}`;
  const expired = new Date(now.getTime() - rule.windowSeconds * 1000);
  const rows = await getPrisma().$queryRaw<{ count: number }[]>`
    INSERT INTO "rate_limit" ("key", "window_start", "count") VALUES (${key}, ${now}, 1)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "rate_limit"."window_start" <= ${expired} THEN 1 ELSE LEAST("rate_limit"."count" + 1, 1000000000) END,
      "window_start" = CASE
        WHEN "rate_limit"."window_start" <= ${expired} THEN ${now}
        WHEN "rate_limit"."count" >= ${rule.limit} THEN ${now}
        ELSE "rate_limit"."window_start" END
    RETURNING "count"`;
  const count = Number(rows[0]?.count ?? 1);
  return { allowed: count <= rule.limit, count };
}

export async function enforce(rule: RateLimitRule, subject: string): Promise<void> {
  const { allowed } = await hit(rule, subject);
  if (!allowed) throw new AppError("RATE_LIMITED");
}
