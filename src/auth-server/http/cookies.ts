/** The session cookie of the authorization server's own pages. */
export const SESSION_COOKIE = 'as_session'

/** Reads one cookie from the Cookie request header (RFC 6265 §5.4). */
export function readCookie(request: Request, name: string): string | undefined {
  const header = request.headers.get('cookie')
  if (!header) return undefined
  for (const part of header.split(';')) {
    const eq = part.indexOf('=')
    if (eq < 0) continue
    if (part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim()
  }
  return undefined
}

/**
 * A Set-Cookie value for the session: HttpOnly (no script access), Secure, SameSite=Lax (sent on
 * the top-level redirect back to /authorize, not on cross-site POSTs), Path=/.
 */
export function sessionCookie(value: string, maxAgeSeconds: number): string {
  return `${SESSION_COOKIE}=${value}; Path=/; Max-Age=${maxAgeSeconds}; HttpOnly; Secure; SameSite=Lax`
}
