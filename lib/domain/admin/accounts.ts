// The administrator's view of accounts: who can sign in, and who is locked out or close to it. No password data.
import type { Role } from "../roles";

export type AccountView = {
  username: string;
  displayName: string;
  role: Role;
  organisation: string;
  active: boolean;
  failedSignIns: number;
  /** ISO time until which the account is locked, or null when it is not locked now. */
  lockedUntil: string | null;
  lastSignInAt: string | null;
};

/** An account with a lock-out in force, or failed attempts counting towards one: the administrator may clear it. */
export function needsClearing(account: Pick<AccountView, "failedSignIns" | "lockedUntil">): boolean {
  return account.lockedUntil !== null || account.failedSignIns > 0;
}
