// Stand-in for the "server-only" marker package under Vitest (Node has no react-server condition).
export {};
