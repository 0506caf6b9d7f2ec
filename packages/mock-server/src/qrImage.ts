/**
 * The QR image every session shows: a fixed, valid 21×21 1-bit PNG (136 bytes) with the three
 * finder squares of a QR code. It is not a scannable code; clients only need real PNG bytes.
 */
export const QR_PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAABUAAAAVAQAAAACBbJg7AAAAT0lEQVR42j3IMRHAIAxA0Y8DRIEHGgX0sFD8MDR3LPHBQnQgoVvf+AgF' +
  'uh7SjuQ7kizSr0N4QXyireA2aLIwrf9hgy6LrJXkk9wKjw2CrA+1+R49eh8dGgAAAABJRU5ErkJggg==';

/** The same PNG as bytes (decoded with atob: the handler stays Web-standard). */
export function qrPngBytes(): Uint8Array<ArrayBuffer> {
  const text = atob(QR_PNG_BASE64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}
