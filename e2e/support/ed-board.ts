// The simulated host system (scripts/ed-board.ts) that scripts/start.ts runs beside the app in the end-to-end suite.
export const ED_BOARD_URL = `http://localhost:${process.env.E2E_HOST_PORT ?? 5110}`;
