import '@shared/action/wasm-tiering'; // first: before any WebAssembly compiles (Prisma's schema engine, libpg-query, PGlite)
import { EXIT, handleError } from '@shared/action/handle-error';
import { ConfigurationError } from '@shared/errors';
import { ConsoleLogger, type Logger } from '@shared/logger';
import { BICKFORD_VERSION } from '@shared/version';
import { baselineCommand } from './baseline';
import { initCommand } from './init/command';
import { GUARDS } from './guards';
import { asksForHelp, commandHelp, guardHelp, mainHelp } from './help';
import { heading, renderAll, renderOne, streams, writeOutput, type Outcome } from './output';
import { parseArgs } from './parse-args';
import { runLedgerCommand } from './ledger/ledger-command';
import { executeGuard } from './run-guard';

/** Commands that are not guards, one line each: `bickford <command> ...` gets the arguments after the command. */
const COMMANDS: Record<string, (argv: string[], logger: Logger) => Promise<number>> = {
  baseline: (argv, logger) => baselineCommand(argv, logger, (s) => process.stdout.write(s)),
  init: (argv, logger) => initCommand(argv, logger),
  ledger: (argv, logger) => runLedgerCommand(argv, logger, (s) => process.stdout.write(s)),
};

/** `bickford <guard|all> [dir] ...`: exit 0 pass, 1 findings over the threshold, 2 usage or configuration, 3 a bug. */
async function main(argv: string[]): Promise<number> {
  const logger = new ConsoleLogger(argv.includes('--verbose'));
  try {
    if (argv[0] === '--version' || argv[0] === '-V') {
      process.stdout.write(`${BICKFORD_VERSION}\n`);
      return EXIT.ok;
    }
    // `bickford help <command>` is `bickford <command> --help`.
    if (argv[0] === 'help' && argv.length > 1) argv = [argv[1], '--help'];
    if (argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
      process.stdout.write(mainHelp());
      return EXIT.ok;
    }
    const command = Object.hasOwn(COMMANDS, argv[0]) ? COMMANDS[argv[0]] : undefined;
    if (command && asksForHelp(argv.slice(1))) {
      process.stdout.write(commandHelp(argv[0]) ?? mainHelp());
      return EXIT.ok;
    }
    if (command) return await command(argv.slice(1), logger);
    if (asksForHelp(argv.slice(1))) {
      if (!(argv[0] in GUARDS) && argv[0] !== 'all') throw new ConfigurationError(`unknown guard '${argv[0]}': one of ${Object.keys(GUARDS).join(', ')}, or all`);
      process.stdout.write(argv[0] === 'all' ? mainHelp() : guardHelp(argv[0]));
      return EXIT.ok;
    }
    const args = parseArgs(argv, Boolean(process.stdout.isTTY));
    // `all` runs the checking guards; the ledger records events and is run with an `--event`.
    const names = args.command === 'all' ? Object.keys(GUARDS).filter((n) => n !== 'ledger-record') : [args.command];
    const many = names.length > 1;
    const live = streams(args, many);
    const outcomes: Outcome[] = [];
    for (const name of names) {
      const guard = GUARDS[name as keyof typeof GUARDS];
      if (!guard) throw new ConfigurationError(`unknown guard '${name}': one of ${Object.keys(GUARDS).join(', ')}, or all`);
      let outcome: Outcome;
      try {
        outcome = await executeGuard(guard as never, args, logger);
      } catch (e) {
        // With `all`, one guard's configuration problem does not hide the others' findings.
        if (!many) throw e;
        const said = new ErrorCapture(logger);
        outcome = { guard: name, code: handleError(e, said), message: said.message };
      }
      outcomes.push(outcome);
      if (live) process.stdout.write(`${many ? heading(name, args) : ''}${renderOne(outcome, args)}`);
    }
    if (args.output) {
      const files = writeOutput(args.output, outcomes, args);
      logger.info(`report${files.length > 1 ? 's' : ''} written: ${files.join(', ')}`);
    } else if (!live) {
      process.stdout.write(renderAll(outcomes, args));
    }
    return Math.max(EXIT.ok, ...outcomes.map((o) => o.code));
  } catch (e) {
    return handleError(e, logger);
  }
}

/** Passes everything on, and keeps the error it was given, for the report of a guard that did not run. */
class ErrorCapture implements Logger {
  message = '';
  constructor(private readonly inner: Logger) {}
  debug = (m: string) => this.inner.debug(m);
  info = (m: string) => this.inner.info(m);
  warning = (m: string) => this.inner.warning(m);
  error = (m: string) => {
    this.message ||= m;
    this.inner.error(m);
  };
  group = <T>(name: string, fn: () => Promise<T>) => this.inner.group(name, fn);
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
