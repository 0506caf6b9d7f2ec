import {
  type AdapterClientOptions,
  adapterOptions,
  WasendClient as CoreWasendClient,
  envRecord,
  type MediaInput,
  type RequestOptions,
  type SendFileInput,
  type SendVideoInput,
  type SendVoiceInput,
  type SentMessage,
  userAgent,
} from '@wasend/core';
import { type LocalFile, MEDIA_SENDS, readLocalFile } from './localFiles';
import { VERSION } from './version';

/** Core's options, except that `apiKey` may be left out: it then comes from `WASEND_API_KEY`. */
export type WasendClientOptions = AdapterClientOptions;

/**
 * The core client with Node defaults: `apiKey` / `baseUrl` from `WASEND_API_KEY` / `WASEND_BASE_URL`
 * when not given (an explicit `null` key stays null: proxy mode), and a User-Agent naming the SDK
 * and Node versions. Everything else — requests, retries, errors — is core's.
 * Node's global fetch keeps connections alive, so no custom agent is needed.
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the interface below adds `path` to the media sends
export class WasendClient extends CoreWasendClient {
  constructor(options: WasendClientOptions = {}) {
    super(
      adapterOptions(options, envRecord(process.env), {
        userAgent: userAgent(VERSION, 'node', process.version),
        missingKey: () => 'WASEND_API_KEY is not set (export it; the key never goes in a command line)',
      }),
    );
  }
}

/** Node's media sends also take `path`, a local file read when the call is made. */
export interface WasendClient {
  sendImage(request: MediaInput & LocalFile, options?: RequestOptions): Promise<SentMessage>;
  sendImage(
    sessionId: string,
    request: Omit<MediaInput, 'session'> & LocalFile,
    options?: RequestOptions,
  ): Promise<SentMessage>;
  sendFile(request: SendFileInput & LocalFile, options?: RequestOptions): Promise<SentMessage>;
  sendFile(
    sessionId: string,
    request: Omit<SendFileInput, 'session'> & LocalFile,
    options?: RequestOptions,
  ): Promise<SentMessage>;
  sendVoice(request: SendVoiceInput & LocalFile, options?: RequestOptions): Promise<SentMessage>;
  sendVoice(
    sessionId: string,
    request: Omit<SendVoiceInput, 'session'> & LocalFile,
    options?: RequestOptions,
  ): Promise<SentMessage>;
  sendVideo(request: SendVideoInput & LocalFile, options?: RequestOptions): Promise<SentMessage>;
  sendVideo(
    sessionId: string,
    request: Omit<SendVideoInput, 'session'> & LocalFile,
    options?: RequestOptions,
  ): Promise<SentMessage>;
}

for (const name of MEDIA_SENDS) {
  const send = CoreWasendClient.prototype[name] as (...args: unknown[]) => Promise<SentMessage>;
  Object.defineProperty(WasendClient.prototype, name, {
    value(this: WasendClient, ...args: unknown[]) {
      return readLocalFile(args).then((read) => send.apply(this, read));
    },
    writable: true,
    configurable: true,
  });
}
