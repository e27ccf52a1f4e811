/** See postgres-server.mjs. */
export function startPostgres(): Promise<{ url: string; stop: () => Promise<void> }>
