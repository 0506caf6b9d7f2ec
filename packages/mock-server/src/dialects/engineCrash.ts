// The engine's 500 for an exception it did not expect (error shape 4): WAHA's exception filter
// serialises the error's own properties and echoes the request (docs/contract.md, "Errors").
import { type ApiRequest, expressQuery, jsonBody } from '../apiRequest';
import type { Build } from '../types';
import { json, REASONS, type Rendered } from './common';

/** The WAHA version today's dialects report. */
export const ENGINE_VERSION = '2026.2.1';

export type Engine = 'NOWEB' | 'WEBJS' | 'GOWS';

/**
 * The older engines' short form (the `waha` and `gows` dialects): message and name only, the
 * request without its body. Kept byte for byte: the invite tests pin it.
 */
export const compactCrash =
  (contentType: string) =>
  (request: ApiRequest, message: string, name = 'Error'): Rendered =>
    json(
      500,
      {
        statusCode: 500,
        exception: { message, name },
        request: { path: request.path, method: request.method, query: request.query },
      },
      contentType,
    );

/** Baileys rejects with Boom errors, whose own properties the filter serialises too. */
const BOOM_STATUS: Record<string, number> = {
  'bad-request': 400,
  'not-authorized': 401,
  forbidden: 403,
  'item-not-found': 404,
  'invite link revoked': 410,
};

/**
 * Today's full envelope: timestamp, the exception with its stack, the request with its parsed
 * body and Express-style query, and the server version. NOWEB errors carry Boom's fields.
 */
export const fullCrash =
  (engine: Engine, build: Build) =>
  (request: ApiRequest, message: string, name = 'Error'): Rendered => {
    const body = jsonBody(request);
    const code = name === 'Error' && engine === 'NOWEB' ? BOOM_STATUS[message] : undefined;
    const boom =
      code === undefined
        ? {}
        : {
            data: code,
            isBoom: true,
            isServer: false,
            output: {
              statusCode: code,
              payload: { statusCode: code, error: REASONS[code], message },
              headers: {},
            },
          };
    return json(
      500,
      {
        statusCode: 500,
        timestamp: new Date().toISOString(),
        exception: {
          stack: `${name}: ${message}\n    at ${engine.toLowerCase()}Engine (/app/dist/core/engines/mock.js:1:1)`,
          message,
          ...boom,
          name,
        },
        request: {
          path: request.rawQuery === '' ? request.path : `${request.path}?${request.rawQuery}`,
          method: request.method,
          body: body === undefined ? {} : body,
          query: expressQuery(request),
        },
        version: { version: ENGINE_VERSION, engine, tier: build === 'core' ? 'CORE' : 'PLUS', browser: null },
      },
      'application/json; charset=utf-8',
    );
  };
