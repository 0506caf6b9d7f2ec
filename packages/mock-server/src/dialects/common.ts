// Building blocks every dialect renders with: exact status, content type and body.

/** A rendered answer: exact status, content type (null = none) and body. */
export interface Rendered {
  status: number;
  contentType: string | null;
  body: string | Uint8Array<ArrayBuffer>;
}

export const JSON_TYPE = 'application/json';
/** What Express/NestJS send for `res.json()`: the engine's JSON. */
export const NEST_JSON_TYPE = 'application/json; charset=utf-8';
/** What Express sends for a returned string. */
export const HTML_TYPE = 'text/html; charset=utf-8';

export const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  410: 'Gone',
  422: 'Unprocessable Entity',
  500: 'Internal Server Error',
  501: 'Not Implemented',
};

export const json = (status: number, value: unknown, contentType = JSON_TYPE): Rendered => ({
  status,
  contentType,
  body: JSON.stringify(value),
});

export const nestJson = (status: number, value: unknown): Rendered => json(status, value, NEST_JSON_TYPE);

/** A handler that returned nothing: no body and no content type. */
export const empty = (status: number): Rendered => ({ status, contentType: null, body: '' });

export const html = (status: number, text: string): Rendered => ({
  status,
  contentType: HTML_TYPE,
  body: text,
});

/** Error shape 1 (docs). */
export const docsError = (status: number, message: string): Rendered =>
  json(status, { success: false, error: message });

/** Error shape 2 (NestJS); a 400 carries the validation messages as an array. */
export const nestError =
  (contentType: string) =>
  (status: number, message: string): Rendered =>
    json(
      status,
      {
        statusCode: status,
        message: status === 400 ? [message] : message,
        error: REASONS[status] ?? 'Error',
      },
      contentType,
    );

/** Error shape 5 (the gows dialect). */
export const gowsError = (status: number, message: string): Rendered =>
  json(status, { error: { code: status, message } });

/** Wasend's ISO form of a unix-seconds time. */
export const isoOf = (unixSeconds: number): string => new Date(unixSeconds * 1000).toISOString();

/** Go's RFC 3339 (whatsmeow's `time.Time`): no milliseconds. */
export const rfc3339Of = (unixSeconds: number): string => isoOf(unixSeconds).replace('.000Z', 'Z');
