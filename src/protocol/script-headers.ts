/**
 * Headers that browsers strip from script-made messages. In a page, `new Request(...)` silently
 * drops forbidden request headers (Cookie, Origin, …) and `new Response(...)` drops Set-Cookie
 * (Fetch §2.2.2, Headers guards "request" and "response"); Node keeps them. The lab's servers and
 * its simulated browser make every message in script, so they hand each message the headers it was
 * meant to carry as its own `headers` object: servers, wire and browser then read Cookie, Origin
 * and Set-Cookie the same way in the page and in Node, and the recorded exchange shows them.
 */

function keep<T extends Request | Response>(message: T, headers: Headers): T {
  Object.defineProperty(message, 'headers', { value: headers, configurable: true })
  return message
}

/** `request`, with any header of `intended` that the platform dropped put back. */
export function withIntendedRequestHeaders(request: Request, intended: Headers): Request {
  const missing = [...intended].filter(([name]) => !request.headers.has(name))
  if (missing.length === 0) return request
  const headers = new Headers(request.headers)
  for (const [name, value] of missing) headers.append(name, value)
  return keep(request, headers)
}

/** `response`, with the Set-Cookie values of `intended` put back if the platform dropped them (RFC 6265 §3). */
export function withIntendedSetCookies(response: Response, intended: Headers): Response {
  const cookies = intended.getSetCookie()
  if (cookies.length === 0 || response.headers.getSetCookie().length > 0) return response
  const headers = new Headers(response.headers)
  for (const cookie of cookies) headers.append('set-cookie', cookie)
  return keep(response, headers)
}
