import { parseArgs } from 'node:util';
import { type Command, commands, type Family, isCommand, isFamily, participantVerbs } from './commands';
import { UsageError } from './usageError';

export type { Command, Family } from './commands';

export type ParsedArgs =
  | { kind: 'help'; topic?: Command | Family }
  | { kind: 'version' }
  | {
      kind: 'run';
      command: Command;
      /** The operands in the order of the command's spec (`session`, `group`, …), every one given. */
      operands: string[];
      baseUrl?: string;
      link: boolean;
      qr: boolean;
      json: boolean;
      /** `--caption <text>` (media sends). */
      caption?: string;
      /** `--limit N` (lists), a whole number ≥ 1. */
      limit?: number;
    };

// Keys never come from argv: they would end up in shell history and in `ps` for every user.
const keyFlag = /^--?(api[-_]?key|key|token|auth)(=|$)/i;

/** Reads `wasend …` arguments; throws UsageError for anything it cannot run. */
export function parseCliArgs(argv: readonly string[]): ParsedArgs {
  const keyArg = argv.find((arg) => keyFlag.test(arg));
  if (keyArg !== undefined) {
    // Name the flag only (never its value) and say where the key goes instead.
    const flag = keyArg.split('=')[0];
    throw new UsageError(
      /auth/i.test(flag ?? '')
        ? `${flag} is not an option: set WASEND_AUTH=x-api-key (or bearer) in the environment, and the key in WASEND_API_KEY`
        : `${flag} is not an option: set the key in the WASEND_API_KEY environment variable (keys in arguments leak into shell history and ps)`,
    );
  }

  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    // Node's messages go on with advice about `--`; the first sentence is the useful part.
    const message = error instanceof Error ? error.message.split(/\.\s/)[0] : String(error);
    throw new UsageError(message ?? 'invalid arguments', guessCommand(argv));
  }
  const { values, positionals } = parsed;

  if (values.version) return { kind: 'version' };
  if (positionals.length === 0) {
    if (values.help) return { kind: 'help' };
    throw new UsageError('missing command');
  }
  const { name, rest } = resolveCommand(positionals);
  if (values.help) return { kind: 'help', topic: name };
  if (isFamily(name)) throw new UsageError(`missing ${name} command`, name);

  const spec = commands[name];
  for (const flag of ['link', 'qr', 'json', 'caption', 'limit'] as const) {
    const given = values[flag] !== undefined && values[flag] !== false;
    if (given && !(spec.flags as readonly string[]).includes(flag)) {
      throw new UsageError(`${name} does not take --${flag}`, name);
    }
  }
  if (values.json && values.qr) throw new UsageError('--qr and --json cannot be combined', name);

  return {
    kind: 'run',
    command: name,
    operands: checkOperands(name, rest),
    ...(values['base-url'] !== undefined && { baseUrl: values['base-url'] }),
    link: values.link ?? false,
    qr: values.qr ?? false,
    json: values.json ?? false,
    ...(values.caption !== undefined && { caption: values.caption }),
    ...(values.limit !== undefined && { limit: readLimit(values.limit, name) }),
  };
}

/** The command the words name (`invite-code`, `groups list`, `groups participants add`), and its operands. */
function resolveCommand(words: readonly string[]): { name: Command | Family; rest: string[] } {
  const [first = '', second, third] = words;
  if (!isFamily(first)) {
    if (first.includes(' ') || !isCommand(first)) throw new UsageError(`unknown command '${first}'`);
    return { name: first, rest: words.slice(1) };
  }
  if (second === undefined) return { name: first, rest: [] };
  const name = `${first} ${second}`;
  if (second.includes(' ') || !isCommand(name)) {
    throw new UsageError(`unknown ${first} command '${second}'`, first);
  }
  const verb = `${name} ${third}`;
  if (name === 'groups participants' && (participantVerbs as readonly unknown[]).includes(third)) {
    return { name: verb as Command, rest: words.slice(3) };
  }
  return { name, rest: words.slice(2) };
}

/** Checks the operands against the command's spec; returns them as given. */
function checkOperands(name: Command, given: string[]): string[] {
  const specs = commands[name].operands.split(' ').filter(Boolean);
  specs.forEach((spec, index) => {
    const value = given[index];
    if (spec.startsWith('[')) {
      const choices = spec.slice(1, -1).split('|');
      if (value !== undefined && !choices.includes(value)) {
        throw new UsageError(`expected ${choices.join(' or ')}, not '${value}'`, name);
      }
    } else if (value === undefined) {
      throw new UsageError(`missing <${spec}>`, name);
    }
  });
  const variadic = specs.at(-1)?.endsWith('…') ?? false;
  if (!variadic && given.length > specs.length) {
    throw new UsageError(`unexpected argument '${given[specs.length]}'`, name);
  }
  return given;
}

/** `--limit N`: a whole number, at least 1. */
function readLimit(value: string, name: Command): number {
  if (!/^[1-9]\d{0,8}$/.test(value)) {
    throw new UsageError(`--limit must be a whole number of at least 1, not '${value}'`, name);
  }
  return Number(value);
}

/** For the `--help` hint of an error parseArgs raised: the command the words seem to name, if any. */
function guessCommand(argv: readonly string[]): string | undefined {
  try {
    return resolveCommand(argv.filter((arg) => !arg.startsWith('-'))).name;
  } catch {
    return undefined;
  }
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      'base-url': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean' },
      link: { type: 'boolean' },
      qr: { type: 'boolean' },
      json: { type: 'boolean' },
      caption: { type: 'string' },
      limit: { type: 'string' },
    },
  });
}
