/**
 * How the client reads the answers of the back-channel requests: the token response
 * (RFC 6749 §5.1, §5.2) and the photo API's answer (RFC 6750 §3). Pure functions over plain data.
 */

/** A back-channel response as plain data: status, the headers the client cares about, the parsed body. */
export interface HttpResult {
  status: number
  /** Lower-case header names. */
  headers: Record<string, string>
  /** Parsed JSON when the body was JSON, else the text, else null. */
  body: unknown
}

export type TokenResult =
  | {
      ok: true
      accessToken: string
      tokenType: string
      expiresIn?: number
      scope?: string
      refreshToken?: string
      idToken?: string
    }
  | { ok: false; status: number; error: string; errorDescription?: string }

export type ApiResult = HttpResult & { wwwAuthenticate?: string }

/** Reads a Response into plain data without throwing on a non-JSON body. */
export async function toHttpResult(response: Response): Promise<HttpResult> {
  const headers: Record<string, string> = {}
  response.headers.forEach((value, name) => {
    headers[name] = value
  })
  const text = await response.text()
  let body: unknown = text.length > 0 ? text : null
  if ((headers['content-type'] ?? '').includes('json')) {
    try {
      body = JSON.parse(text)
    } catch {
      body = text
    }
  }
  return { status: response.status, headers, body }
}

function stringField(body: unknown, name: string): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined
  const value = (body as Record<string, unknown>)[name]
  return typeof value === 'string' ? value : undefined
}

function numberField(body: unknown, name: string): number | undefined {
  if (typeof body !== 'object' || body === null) return undefined
  const value = (body as Record<string, unknown>)[name]
  return typeof value === 'number' ? value : undefined
}

/**
 * Checks a token response as a client must: 200 with an access_token and a token_type of Bearer
 * (case-insensitive, RFC 6749 §5.1, §7.1); otherwise the error and error_description of §5.2.
 */
export function readTokenResponse(result: HttpResult): TokenResult {
  const error = stringField(result.body, 'error')
  if (result.status !== 200 || error !== undefined) {
    return {
      ok: false,
      status: result.status,
      error: error ?? `unexpected status ${result.status}`,
      errorDescription: stringField(result.body, 'error_description'),
    }
  }
  const accessToken = stringField(result.body, 'access_token')
  const tokenType = stringField(result.body, 'token_type')
  if (accessToken === undefined || tokenType === undefined) {
    return {
      ok: false,
      status: result.status,
      error: 'invalid token response',
      errorDescription: 'access_token and token_type are REQUIRED (RFC 6749 §5.1).',
    }
  }
  if (tokenType.toLowerCase() !== 'bearer') {
    return {
      ok: false,
      status: result.status,
      error: 'unsupported token_type',
      errorDescription: `This client only knows Bearer tokens, not ${tokenType} (RFC 6749 §7.1).`,
    }
  }
  return {
    ok: true,
    accessToken,
    tokenType,
    expiresIn: numberField(result.body, 'expires_in'),
    scope: stringField(result.body, 'scope'),
    refreshToken: stringField(result.body, 'refresh_token'),
    idToken: stringField(result.body, 'id_token'),
  }
}

/** The photo API's answer, with its Bearer challenge when it refused (RFC 6750 §3). */
export async function toApiResult(response: Response): Promise<ApiResult> {
  const result = await toHttpResult(response)
  const challenge = result.headers['www-authenticate']
  return challenge === undefined ? result : { ...result, wwwAuthenticate: challenge }
}
