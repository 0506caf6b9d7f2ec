// The session state machine: STOPPED → STARTING → SCAN_QR_CODE → WORKING (STARTING → WORKING when
// the session is already linked). Time only moves a session that an API call started (`auto`);
// it is applied lazily, when a request or the control plane looks, so nothing runs in the
// background and a scenario with `startingMs: 0, scanAfterQrMs: null` is fully request-driven.
import { randomQrPayload } from './random';
import type { ScenarioState, SessionLifecycle, SessionState, SessionStatus } from './types';

/** Moves every auto session as far as the elapsed time allows. */
export function advanceSessions(state: ScenarioState, now: number): void {
  for (const session of state.sessions) advance(session, state.sessionLifecycle, now);
}

function advance(s: SessionState, lifecycle: SessionLifecycle, now: number): void {
  for (;;) {
    if (!s.auto) return;
    const startedUntil = s.statusSince + lifecycle.startingMs;
    if (s.status === 'STARTING' && now >= startedUntil) {
      enter(s, s.authenticated ? 'WORKING' : 'SCAN_QR_CODE', startedUntil);
      continue;
    }
    const scanAfter = lifecycle.scanAfterQrMs;
    if (s.status === 'SCAN_QR_CODE' && s.qrFetchedAt !== null && scanAfter !== null) {
      const scannedAt = s.qrFetchedAt + scanAfter;
      if (now < scannedAt) return;
      s.authenticated = true;
      enter(s, 'WORKING', scannedAt);
      continue;
    }
    return;
  }
}

/** Sets the status as of `at` (ms), keeping the QR fields consistent with it. */
function enter(s: SessionState, status: SessionStatus, at: number): void {
  s.status = status;
  s.statusSince = at;
  s.updatedAt = new Date(at).toISOString();
  if (status === 'STARTING') {
    s.qr = randomQrPayload();
    s.qrFetchedAt = null;
  } else if (status === 'SCAN_QR_CODE') {
    s.qr ??= randomQrPayload();
  } else {
    s.qr = null;
    s.qrFetchedAt = null;
  }
  // Only STARTING and SCAN_QR_CODE move on by themselves.
  if (status !== 'STARTING' && status !== 'SCAN_QR_CODE') s.auto = false;
}

/** API start: a stopped or failed session starts; a running one is left alone (idempotent). */
export function startSession(s: SessionState, now: number): void {
  if (s.status !== 'STOPPED' && s.status !== 'FAILED') return;
  restartSession(s, now);
}

/** API restart (and a start from STOPPED): STARTING again, moving on by itself. */
export function restartSession(s: SessionState, now: number): void {
  s.auto = true;
  enter(s, 'STARTING', now);
}

export function stopSession(s: SessionState, now: number): void {
  if (s.status !== 'STOPPED') enter(s, 'STOPPED', now);
}

/** The first QR fetch of a start arms the automatic scan (`scanAfterQrMs`). */
export function markQrFetched(s: SessionState, now: number): void {
  s.qrFetchedAt ??= now;
}

/** Control plane: the phone scanned the QR. False when the session shows no QR. */
export function scanQr(s: SessionState, now: number): boolean {
  if (s.status !== 'SCAN_QR_CODE') return false;
  s.authenticated = true;
  enter(s, 'WORKING', now);
  return true;
}

/** Control plane: any status, held until an API call moves it (WORKING also links the session). */
export function forceStatus(s: SessionState, status: SessionStatus, now: number): void {
  s.auto = false;
  if (status === 'WORKING') s.authenticated = true;
  enter(s, status, now);
}
