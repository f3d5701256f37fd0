// Browser-side calls to our own API routes. Errors arrive as { error: AppErrorView } and are thrown as ApiError,
// so every caller can show the specific title and action.
import { ERROR_INFO, isAppErrorCode, type AppErrorView } from "@/lib/domain/errors";

export class ApiError extends Error {
  constructor(
    readonly view: AppErrorView,
    readonly status: number,
  ) {
    super(view.title);
    this.name = "ApiError";
  }
}

function fallbackError(status: number): AppErrorView {
  const code = status === 401 ? "UNAUTHENTICATED" : status === 403 ? "FORBIDDEN" : status >= 500 ? "INTERNAL" : "INVALID_INPUT";
  return { code, ...ERROR_INFO[code] };
}

export async function apiFetch<T>(path: string, init?: { method?: "GET" | "POST"; body?: unknown; signal?: AbortSignal }): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: init?.method ?? "GET",
      headers: init?.body === undefined ? undefined : { "Content-Type": "application/json" },
      body: init?.body === undefined ? undefined : JSON.stringify(init.body),
      signal: init?.signal,
      cache: "no-store",
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiError(
      { code: "INTERNAL", title: "This device could not reach the service", action: "Check the network connection, then try again." },
      0,
    );
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) return body as T;
  const view = (body as { error?: AppErrorView } | null)?.error;
  throw new ApiError(view && isAppErrorCode(view.code) ? view : fallbackError(response.status), response.status);
}
