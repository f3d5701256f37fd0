// A driver adapter that forwards to another one, so the PGlite and CLI fixes can override single methods
// of adapters whose classes the libraries do not export.
import {
  DriverAdapterError,
  type ConnectionInfo,
  type IsolationLevel,
  type SqlDriverAdapter,
  type SqlQuery,
  type SqlResultSet,
  type Transaction,
} from "@prisma/driver-adapter-utils";

export class DelegatingAdapter implements SqlDriverAdapter {
  readonly provider = "postgres";
  readonly adapterName: string;

  constructor(
    protected readonly inner: SqlDriverAdapter,
    private readonly afterDispose: () => Promise<void> = async () => {},
  ) {
    this.adapterName = inner.adapterName;
  }

  queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    return this.inner.queryRaw(query);
  }

  executeRaw(query: SqlQuery): Promise<number> {
    return this.inner.executeRaw(query);
  }

  executeScript(script: string): Promise<void> {
    return this.inner.executeScript(script);
  }

  startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    return this.inner.startTransaction(isolationLevel);
  }

  getConnectionInfo(): ConnectionInfo {
    return this.inner.getConnectionInfo?.() ?? { supportsRelationJoins: true };
  }

  async dispose(): Promise<void> {
    try {
      await this.inner.dispose();
    } finally {
      await this.afterDispose();
    }
  }
}

type PostgresError = Error & {
  code?: string | undefined;
  severity?: string | undefined;
  detail?: string | undefined;
  column?: string | undefined;
  hint?: string | undefined;
};

/**
 * A driver's PostgreSQL error in the shape Prisma 6.19 reports: kind "postgres" plus originalCode and
 * originalMessage (without those Prisma prints "Code: N/A. Message: undefined"). Errors the inner adapter
 * already wrapped in the older shape (pglite-prisma-adapter) are rewrapped; anything else passes through.
 */
export function toDriverError(error: unknown, DatabaseError: abstract new (...args: never[]) => PostgresError): unknown {
  if (error instanceof DriverAdapterError && error.cause.kind === "postgres") {
    return new DriverAdapterError({ ...error.cause, originalCode: error.cause.code, originalMessage: error.cause.message });
  }
  if (!(error instanceof DatabaseError)) return error;
  const code = error.code ?? "UNKNOWN";
  return new DriverAdapterError({
    kind: "postgres",
    code,
    severity: error.severity ?? "UNKNOWN",
    message: error.message,
    detail: error.detail,
    column: error.column,
    hint: error.hint,
    originalCode: code,
    originalMessage: error.message,
  });
}
