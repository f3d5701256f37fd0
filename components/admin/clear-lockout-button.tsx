"use client";
// Clears one account's lock-out, then re-renders the administration page from the server.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { ApiError, apiFetch } from "@/lib/client/api";

export function ClearLockoutButton({ username }: { username: string }) {
  const router = useRouter();
  const [refreshing, startRefresh] = useTransition();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  async function clear() {
    setBusy(true);
    setProblem(null);
    try {
      await apiFetch(`/api/admin/users/${encodeURIComponent(username)}/unlock`, { method: "POST", body: {} });
      startRefresh(() => router.refresh());
    } catch (error) {
      setProblem(error instanceof ApiError ? `${error.view.title}. ${error.view.action}` : "Something went wrong. Try again.");
    } finally {
      setBusy(false);
    }
  }
  return (
    <>
      <Button type="button" onClick={() => void clear()} disabled={busy || refreshing} aria-label={`Clear lock-out of ${username}`}>
        {busy || refreshing ? "Clearing…" : "Clear lock-out"}
      </Button>
      {problem && (
        <p role="alert" className="mt-1 font-bold text-nhs-red">
          {problem}
        </p>
      )}
    </>
  );
}
