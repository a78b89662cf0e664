import '@shared/action/wasm-tiering'; // first: before any WebAssembly compiles (Prisma's schema engine, libpg-query, PGlite)
import { EXIT, handleError } from '@shared/action/handle-error';
import { ConfigurationError } from '@shared/errors';
import { ConsoleLogger } from '@shared/logger';
import { BICKFORD_VERSION } from '@shared/version';
import { baselineCommand } from './baseline';
import { GUARDS } from './guards';
import { guardHelp, mainHelp } from './help';
import { parseArgs } from './parse-args';
import { runGuard } from './run-guard';

/** `bickford <guard|all> [dir] ...`: exit 0 pass, 1 findings over the threshold, 2 usage or configuration, 3 a bug. */
async function main(argv: string[]): Promise<number> {
  const logger = new ConsoleLogger(argv.includes('--verbose'));
  try {
    if (argv[0] === '--version' || argv[0] === '-V') {
      process.stdout.write(`${BICKFORD_VERSION}\n`);
      return EXIT.ok;
    }
    if (argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
      process.stdout.write(mainHelp());
      return EXIT.ok;
    }
    if (argv.slice(1).some((a) => a === '--help' || a === '-h')) {
      if (!(argv[0] in GUARDS) && argv[0] !== 'all') throw new ConfigurationError(`unknown guard '${argv[0]}': one of ${Object.keys(GUARDS).join(', ')}, or all`);
      process.stdout.write(argv[0] === 'all' ? mainHelp() : guardHelp(argv[0]));
      return EXIT.ok;
    }
    if (argv[0] === 'baseline') return await baselineCommand(argv.slice(1), logger, (s) => process.stdout.write(s));
    const args = parseArgs(argv, Boolean(process.stdout.isTTY));
    // `all` runs the checking guards; the ledger records events and is run with an `--event`.
    const names = args.command === 'all' ? Object.keys(GUARDS).filter((n) => n !== 'ledger-record') : [args.command];
    let worst: number = EXIT.ok;
    for (const name of names) {
      const guard = GUARDS[name as keyof typeof GUARDS];
      if (!guard) throw new ConfigurationError(`unknown guard '${name}': one of ${Object.keys(GUARDS).join(', ')}, or all`);
      if (names.length > 1) process.stdout.write(`\n━━ ${name} ━━\n`);
      try {
        worst = Math.max(worst, await runGuard(guard as never, args, logger, (s) => process.stdout.write(s)));
      } catch (e) {
        // With `all`, one guard's configuration problem does not hide the others' findings.
        if (names.length === 1) throw e;
        worst = Math.max(worst, handleError(e, logger));
      }
    }
    return worst;
  } catch (e) {
    return handleError(e, logger);
  }
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
