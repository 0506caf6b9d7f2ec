import { parseArgs } from 'node:util';
import { commandHelp } from './help';
import { UsageError } from './usageError';

export type Command = 'invite-code' | 'revoke-invite' | 'join-info' | 'join';

export type ParsedArgs =
  | { kind: 'help'; command?: Command }
  | { kind: 'version' }
  | {
      kind: 'run';
      command: Command;
      session: string;
      /** The group id, or the invite code/link for join-info and join. */
      target: string;
      baseUrl?: string;
      link: boolean;
      qr: boolean;
      json: boolean;
    };

const commands: Record<Command, { target: string; flags: ReadonlyArray<'link' | 'qr' | 'json'> }> = {
  'invite-code': { target: 'group', flags: ['link', 'qr', 'json'] },
  'revoke-invite': { target: 'group', flags: ['link', 'qr', 'json'] },
  'join-info': { target: 'code|link', flags: ['json'] },
  join: { target: 'code|link', flags: ['json'] },
};

// Keys never come from argv: they would end up in shell history and in `ps` for every user.
const keyFlag = /^--?(api[-_]?key|key|token|auth)(=|$)/i;

function isCommand(value: string | undefined): value is Command {
  return value !== undefined && Object.hasOwn(commandHelp, value);
}

/** Reads `wasend …` arguments; throws UsageError for anything it cannot run. */
export function parseCliArgs(argv: readonly string[]): ParsedArgs {
  const keyArg = argv.find((arg) => keyFlag.test(arg));
  if (keyArg !== undefined) {
    // Name the flag only (never its value) and say where the key goes instead.
    const flag = keyArg.split('=')[0];
    throw new UsageError(
      `${flag} is not an option: set the key in the WASEND_API_KEY environment variable (keys in arguments leak into shell history and ps)`,
    );
  }

  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    // Node's messages go on with advice about `--`; the first sentence is the useful part.
    const message = error instanceof Error ? error.message.split(/\.\s/)[0] : String(error);
    throw new UsageError(message ?? 'invalid arguments', isCommand(argv[0]) ? argv[0] : undefined);
  }
  const { values, positionals } = parsed;
  const [name, ...rest] = positionals;

  if (values.version) return { kind: 'version' };
  if (name === undefined) {
    if (values.help) return { kind: 'help' };
    throw new UsageError('missing command');
  }
  if (!isCommand(name)) throw new UsageError(`unknown command '${name}'`);
  if (values.help) return { kind: 'help', command: name };

  const spec = commands[name];
  for (const flag of ['link', 'qr', 'json'] as const) {
    if (values[flag] && !spec.flags.includes(flag)) {
      throw new UsageError(`${name} does not take --${flag}`, name);
    }
  }
  if (values.json && values.qr) throw new UsageError('--qr and --json cannot be combined', name);
  const [session, target, ...extra] = rest;
  if (session === undefined) throw new UsageError('missing <session>', name);
  if (target === undefined) throw new UsageError(`missing <${spec.target}>`, name);
  if (extra.length > 0) throw new UsageError(`unexpected argument '${extra[0]}'`, name);

  return {
    kind: 'run',
    command: name,
    session,
    target,
    ...(values['base-url'] !== undefined && { baseUrl: values['base-url'] }),
    link: values.link ?? false,
    qr: values.qr ?? false,
    json: values.json ?? false,
  };
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
    },
  });
}
