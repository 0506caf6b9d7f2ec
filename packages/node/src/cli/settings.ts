import { UsageError } from './usageError';

/** The client options the CLI takes from the environment besides the key and the URL. */
export interface ClientSettings {
  auth?: 'bearer' | 'x-api-key';
  participantsFormat?: 'strings' | 'objects';
}

/**
 * WASEND_AUTH and WASEND_PARTICIPANTS_FORMAT (unset or empty: the client's default). A value that
 * is neither choice is a UsageError that does not repeat it: a key put there by mistake stays unprinted.
 */
export function clientSettings(env: NodeJS.ProcessEnv): ClientSettings {
  const auth = read(env, 'WASEND_AUTH', ['bearer', 'x-api-key']);
  const participantsFormat = read(env, 'WASEND_PARTICIPANTS_FORMAT', ['strings', 'objects']);
  return { ...(auth && { auth }), ...(participantsFormat && { participantsFormat }) };
}

function read<Choice extends string>(
  env: NodeJS.ProcessEnv,
  name: string,
  choices: readonly Choice[],
): Choice | undefined {
  const value = env[name]?.trim().toLowerCase();
  if (!value) return undefined;
  if (!(choices as readonly string[]).includes(value)) {
    throw new UsageError(`${name} must be ${choices.join(' or ')}`);
  }
  return value as Choice;
}
