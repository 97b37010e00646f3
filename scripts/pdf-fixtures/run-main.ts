// The command-line entry of a fixture script: run `main` when the file is executed, a message and exit code 2 on failure.

/** Run `main(argv)` if `moduleUrl` is the script node was started with. */
export async function runMain(moduleUrl: string, main: (argv: string[]) => Promise<void>): Promise<void> {
  if (moduleUrl !== `file://${process.argv[1]}`) return;
  try {
    await main(process.argv.slice(2));
  } catch (e) {
    console.error(String((e as Error).message));
    process.exitCode = 2;
  }
}
