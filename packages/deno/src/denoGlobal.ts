// The little of the `Deno` namespace this package touches, typed here so the package builds and
// type-checks under Node (tsup, tsc) with no Deno type package. Read off `globalThis` at call time:
// outside Deno it is simply absent.

export interface DenoPermissionStatus {
  readonly state: 'granted' | 'denied' | 'prompt';
}

export interface DenoNamespace {
  readonly version?: { readonly deno?: string };
  readonly env?: { get(name: string): string | undefined };
  readonly permissions?: {
    querySync?(descriptor: { name: 'env'; variable?: string }): DenoPermissionStatus;
  };
}

export function denoGlobal(): DenoNamespace | undefined {
  return (globalThis as { Deno?: DenoNamespace }).Deno;
}
