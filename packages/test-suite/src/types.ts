// The shapes the suite relies on. The mock's control-plane types come from the mock server itself
// ('@wasend/mock-server/client'); the SDK's are read, type-only, off '@wasend/node' (which
// re-exports all of core), so nothing here is a hand-kept copy. Both imports vanish at run time.
import type { MockControl } from '@wasend/mock-server/client';
import type * as WasendNode from '@wasend/node';

export type * from '@wasend/mock-server/client';

// ---- the SDK as the cases see it (packages/core/README.md) ----

/**
 * The runtime's adapter module, typed as @wasend/node exports it: all of core plus a WasendClient.
 * Without `VERSION`, the one Node-only export, so any adapter re-exporting core fits.
 */
export type SdkModule = Omit<typeof WasendNode, 'VERSION'>;

export type SuiteClient = InstanceType<SdkModule['WasendClient']>;
export type ClientOptions = Partial<WasendNode.WasendClientOptions>;
export type {
  GroupJoinInfo,
  JoinGroupInput as JoinTarget,
  JoinGroupResult,
  RequestOptions,
  WasendLogger as SuiteLogger,
} from '@wasend/node';

// biome-ignore lint/suspicious/noExplicitAny: error constructors' parameters are the SDK's business
export type ErrorClass<T extends Error = Error> = abstract new (...args: any[]) => T;

export interface SuiteContext {
  mock: MockControl;
  /** The runtime's adapter module (e.g. `import * as sdk from '@wasend/node'`). */
  sdk: SdkModule;
}

export interface SuiteCase {
  name: string;
  timeoutMs?: number;
  run(ctx: SuiteContext): Promise<void>;
}
