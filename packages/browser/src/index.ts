// Everything from core, with the browser's WasendClient in place of core's (a local export wins over
// `export *`), plus the QR helper.
export * from '@wasend/core';
export { WasendClient, type WasendClientOptions } from './client';
export { type InviteQrOptions, inviteQrSvg } from './qr';
