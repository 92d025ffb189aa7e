/**
 * Runs a command-line script to completion and exits with its status. The event loop is held open
 * while it runs: under tsx, a dynamic import served by the loader's worker can leave Node with
 * nothing pending, and Node then quits mid-await (exit 13, or 0 with the work undone).
 */
export function runScript(main: () => Promise<void>): void {
  const keepAlive = setInterval(() => {}, 1 << 30)
  main().then(
    () => {
      clearInterval(keepAlive)
      process.exit(0)
    },
    (error: unknown) => {
      clearInterval(keepAlive)
      console.error(error instanceof Error ? (error.stack ?? error.message) : error)
      process.exit(1)
    },
  )
}
