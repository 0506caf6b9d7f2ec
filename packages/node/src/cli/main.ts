import { VERSION } from '../version';
import { parseCliArgs } from './args';
import { ExitCode } from './exitCodes';
import { oneLine } from './format';
import { helpFor, mainHelp } from './help';
import { type ClientSettings, clientSettings } from './settings';
import type { UsageError } from './usageError';

export interface CliIo {
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** The whole `wasend` command; returns the exit code instead of exiting, so output is flushed first. */
export async function main({ argv, env, stdout, stderr }: CliIo): Promise<number> {
  const apiKey = env.WASEND_API_KEY?.trim() || undefined;
  const fail = (message: string) => stderr(`wasend: ${redact(message, apiKey)}\n`);

  const usageFailure = (usage: UsageError) => {
    const helpHint = usage.command ? `wasend ${usage.command} --help` : 'wasend --help';
    fail(`${usage.message} (see '${helpHint}')`);
    return ExitCode.usage;
  };

  let args: ReturnType<typeof parseCliArgs>;
  try {
    args = parseCliArgs(argv);
  } catch (error) {
    return usageFailure(error as UsageError);
  }

  if (args.kind === 'version') {
    stdout(`${VERSION}\n`);
    return ExitCode.ok;
  }
  if (args.kind === 'help') {
    stdout(`${args.topic ? helpFor(args.topic) : mainHelp()}\n`);
    return ExitCode.ok;
  }
  if (apiKey === undefined) {
    fail('WASEND_API_KEY is not set (the key is read from the environment only, never from arguments)');
    return ExitCode.auth;
  }
  let settings: ClientSettings;
  try {
    settings = clientSettings(env);
  } catch (error) {
    return usageFailure(error as UsageError);
  }

  // Loaded only now: `--version` and `--help` answer without loading the client.
  const [{ WasendClient }, { exitCodeFor, runCommand }] = await Promise.all([
    import('../client'),
    import('./run'),
  ]);
  try {
    const client = new WasendClient({
      apiKey,
      ...settings,
      ...(args.baseUrl !== undefined && { baseUrl: args.baseUrl }),
    });
    const { text, notice, exitCode = ExitCode.ok } = await runCommand(args, client);
    if (text !== undefined) stdout(`${text}\n`);
    if (notice !== undefined) fail(notice);
    return exitCode;
  } catch (error) {
    const name = error instanceof Error ? error.name : 'Error';
    const message = error instanceof Error ? error.message : String(error);
    fail(`${name}: ${oneLine(message)}`);
    return exitCodeFor(error);
  }
}

// Core already keeps the key out of errors; this is a second lock for what reaches the terminal.
function redact(text: string, key: string | undefined): string {
  return key && key.length >= 4 ? text.split(key).join('[redacted]') : text;
}
