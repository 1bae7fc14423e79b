import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { NEW_APP_COOKIE } from './pages-new';

/** The older app's session cookie, as on the Java-based iOffice. */
export const SESSION_COOKIE = 'JSESSIONID';
/** Sessions the demo remembers; the oldest is forgotten beyond this. */
const MAX_SESSIONS = 256;
/**
 * Attributes of the session cookies. `SameSite=Lax` (not `None`, which needs `Secure`, impossible
 * on http): Chromium still sends them with the side panel's `fetch(…, { credentials: 'include' })`
 * because the extension holds host access to the site (tested in tests/e2e/attachment.e2e.ts).
 * The older app's is scoped to `/qlvbdh`; the newer app's one cookie serves its API and file host.
 */
const ATTRIBUTES: Record<string, string> = {
  [SESSION_COOKIE]: 'Path=/qlvbdh; HttpOnly; SameSite=Lax',
  [NEW_APP_COOKIE]: 'Path=/; HttpOnly; SameSite=Lax',
};

/** The value of cookie `name` in a `Cookie` header, or null. */
export function readCookie(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return null;
}

/** The demo's sessions: ids it issued (nothing about a login), checked by cookie name. */
export function createSessions() {
  /** Issued ids, oldest first (a Set keeps insertion order). */
  const issued = new Set<string>();
  const valid = (req: IncomingMessage, name: string) => {
    const id = readCookie(req.headers.cookie, name);
    return !!id && issued.has(id);
  };
  return {
    /** True when the request carries a session (cookie `name`) the demo issued. */
    valid,
    /** A `Set-Cookie` header starting a session, unless the request already has a valid one. */
    start(req: IncomingMessage, name: string = SESSION_COOKIE): Record<string, string> {
      if (valid(req, name)) return {};
      const id = randomBytes(16).toString('hex').toUpperCase();
      issued.add(id);
      if (issued.size > MAX_SESSIONS) issued.delete(issued.values().next().value!);
      return { 'set-cookie': `${name}=${id}; ${ATTRIBUTES[name]}` };
    },
  };
}
