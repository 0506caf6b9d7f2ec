/** The `wasend` command's exit codes (also listed in `wasend --help` and the README). */
export const ExitCode = {
  ok: 0,
  failure: 1,
  usage: 2,
  /** No key, a key the server rejects (401) or one not allowed to do this (403). */
  auth: 3,
  /** Session, group or invite not found (404), or the invite was revoked (410). */
  notFound: 4,
  rateLimited: 5,
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];
