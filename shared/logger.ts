/** Engines log through this, never through @actions/core or console directly, so the CLI runs them unchanged. */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
}

export class ConsoleLogger implements Logger {
  constructor(
    private readonly verbose = false,
    private readonly out: NodeJS.WritableStream = process.stderr,
  ) {}
  debug(message: string): void {
    if (this.verbose) this.out.write(`debug: ${message}\n`);
  }
  info(message: string): void {
    this.out.write(`${message}\n`);
  }
  warning(message: string): void {
    this.out.write(`warning: ${message}\n`);
  }
  error(message: string): void {
    this.out.write(`error: ${message}\n`);
  }
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.info(`── ${name}`);
    return fn();
  }
}

/** For tests and for engines run inside other engines: keeps what was said. */
export class MemoryLogger implements Logger {
  readonly lines: string[] = [];
  debug(m: string): void {
    this.lines.push(`debug: ${m}`);
  }
  info(m: string): void {
    this.lines.push(m);
  }
  warning(m: string): void {
    this.lines.push(`warning: ${m}`);
  }
  error(m: string): void {
    this.lines.push(`error: ${m}`);
  }
  async group<T>(_name: string, fn: () => Promise<T>): Promise<T> {
    return fn();
  }
}
