/**
 * Set-Cookie on Responses made in script. Browsers silently drop a Set-Cookie header from any
 * Response built in script (a forbidden response-header name, Fetch §2.2.2, Headers guard
 * "response"); Node keeps it. So the in-page servers also attach their cookies to the Response
 * object, and the wire and the simulated browser read them from both places: sessions behave the
 * same in the page and in Node, and the recorded exchange shows the Set-Cookie a server sent.
 */
const attached = new WeakMap<Response, readonly string[]>()

/** Remembers the Set-Cookie values a server meant to send with `response`; returns `response`. */
export function attachSetCookies(response: Response, cookies: readonly string[]): Response {
  if (cookies.length > 0) attached.set(response, [...cookies])
  return response
}

/** Every Set-Cookie value of `response`: from its headers and from attachSetCookies, once each, in order. RFC 6265 §3. */
export function setCookiesOf(response: Response): string[] {
  const all = [...response.headers.getSetCookie(), ...(attached.get(response) ?? [])]
  return [...new Set(all)]
}
