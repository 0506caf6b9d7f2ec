// The load script's command line.
import { parseArgs } from 'node:util';

export const HELP = `Usage: node --expose-gc --no-flush-bytecode load.ts [--calls N] [--concurrency C] [--warmup W]
                     [--fault-rate R] [--timeout MS] [--heap-limit-mib M]
  --calls N           measured calls (default 100000)
  --concurrency C     calls in flight at once (default 100)
  --warmup W          calls before the baseline is taken, so lazy set-up is not counted (default 1000)
  --fault-rate R      share of attempts that get a fault, 0–0.5 (default 0.05)
  --timeout MS        the client's per-attempt timeout; hung answers end with it (default 2000)
  --heap-limit-mib M  allowed heap growth after GC (default 4)

--no-flush-bytecode: V8 drops the bytecode (and with it the source) of functions unused for a while,
on its own schedule. Node's TypeScript stripper alone is ~4 MiB that would then vanish mid-run and
hide as much growth; with the flag the start and end heaps hold the same code and compare.
`;

export interface LoadOptions {
  calls: number;
  concurrency: number;
  warmup: number;
  faultRate: number;
  timeout: number;
  heapLimitMib: number;
}

/** Parsed flags; prints the help and exits (0 for --help, 2 for a bad flag) instead of returning. */
export function parseOptions(args: string[] = process.argv.slice(2)): LoadOptions {
  const { values } = parseArgs({
    args,
    options: {
      calls: { type: 'string', default: '100000' },
      concurrency: { type: 'string', default: '100' },
      warmup: { type: 'string', default: '1000' },
      'fault-rate': { type: 'string', default: '0.05' },
      timeout: { type: 'string', default: '2000' },
      'heap-limit-mib': { type: 'string', default: '4' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(HELP);
    process.exit(0);
  }
  const number = (name: keyof typeof values, min: number, max = Number.POSITIVE_INFINITY) => {
    const value = Number(values[name]);
    if (!Number.isFinite(value) || value < min || value > max) {
      process.stderr.write(`--${name} must be a number from ${min} to ${max}\n\n${HELP}`);
      process.exit(2);
    }
    return value;
  };
  return {
    calls: Math.floor(number('calls', 1)),
    concurrency: Math.floor(number('concurrency', 1)),
    warmup: Math.floor(number('warmup', 0)),
    faultRate: number('fault-rate', 0, 0.5),
    timeout: number('timeout', 1),
    heapLimitMib: number('heap-limit-mib', 0),
  };
}
