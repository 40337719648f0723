/**
 * How the photo API learns about its issuer: the RFC 8414 metadata document and JSON fetched from
 * the issuer, each failure turned into an IssuerUnavailable that says what went wrong.
 */

/**
 * The issuer cannot be asked (unreachable, an error status, not JSON): the API cannot check any
 * token, which is not the client's fault, so it answers 503 (RFC 6750 §3.1 lists no code for it).
 */
export class IssuerUnavailable extends Error {
  override name = 'IssuerUnavailable'
}

type Fetch = (request: Request) => Promise<Response>

/** The RFC 8414 §3.1 metadata URL: the well-known segment goes between host and issuer path. */
export function metadataUrl(issuer: string): string {
  const url = new URL(issuer)
  const path = url.pathname === '/' ? '' : url.pathname.replace(/\/$/, '')
  return `${url.origin}/.well-known/oauth-authorization-server${path}`
}

/** The issuer's metadata, checked to name the same issuer (RFC 8414 §3.3). */
export async function fetchIssuerMetadata(
  issuer: string,
  fetch: Fetch,
): Promise<{ url: string; metadata: Record<string, unknown> }> {
  const url = metadataUrl(issuer)
  const metadata = await getJson(fetch, new Request(url), 'authorization server metadata')
  if (typeof metadata !== 'object' || metadata === null || Array.isArray(metadata)) {
    throw new IssuerUnavailable(`The metadata at ${url} is not a JSON object (RFC 8414 §3.2).`)
  }
  const record = metadata as Record<string, unknown>
  if (record.issuer !== issuer) {
    throw new IssuerUnavailable(
      `The metadata at ${url} names the issuer ${String(record.issuer)}, not ${issuer}, so its keys cannot be trusted (RFC 8414 §3.3).`,
    )
  }
  return { url, metadata: record }
}

/** Sends `request` (a URL means a GET) and reads a 2xx JSON answer, or throws IssuerUnavailable. */
export async function getJson(
  fetch: Fetch,
  request: Request | string,
  what: string,
): Promise<unknown> {
  const sent = typeof request === 'string' ? new Request(request) : request
  sent.headers.set('Accept', 'application/json')
  let response: Response
  try {
    response = await fetch(sent)
  } catch (error) {
    throw new IssuerUnavailable(
      `The photo API could not reach ${sent.url} for the issuer's ${what}: ${describe(error)}.`,
    )
  }
  if (!response.ok) {
    throw new IssuerUnavailable(
      `The photo API asked ${sent.url} for the issuer's ${what} and got ${response.status} ${response.statusText}`.trimEnd() +
        '.',
    )
  }
  try {
    return await response.json()
  } catch {
    throw new IssuerUnavailable(`The issuer's ${what} at ${sent.url} is not valid JSON.`)
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
