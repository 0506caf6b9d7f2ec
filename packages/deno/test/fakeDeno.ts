import type { DenoNamespace, DenoPermissionStatus } from '../src/denoGlobal.ts';

export interface FakeDeno extends DenoNamespace {
  /** Every Deno.env.get call, by name. */
  reads: string[];
  /** Every permission query, by variable. */
  queries: (string | undefined)[];
}

/** A stand-in for the Deno namespace: `granted` lists the variables --allow-env would allow. */
export function fakeDeno(options: {
  vars?: Record<string, string>;
  granted?: string[] | 'all';
  state?: DenoPermissionStatus['state'];
  version?: string;
}): FakeDeno {
  const reads: string[] = [];
  const queries: (string | undefined)[] = [];
  return {
    reads,
    queries,
    version: { deno: options.version ?? '2.9.6' },
    env: {
      get(name) {
        reads.push(name);
        return options.vars?.[name];
      },
    },
    permissions: {
      querySync({ variable }) {
        queries.push(variable);
        const granted =
          options.granted === 'all' || (variable !== undefined && options.granted?.includes(variable));
        return { state: granted ? 'granted' : (options.state ?? 'prompt') };
      },
    },
  };
}
