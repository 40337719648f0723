import type { RoleId } from '../protocol/roles.ts'

/**
 * What the wire records: plain, frozen, JSON-serialisable data, the single source for the HTTP
 * panel and the diagram. Header names are lower-case, in the order Fetch's Headers iterates them
 * (sorted; each Set-Cookie its own entry).
 */
export type Channel = 'front' | 'back'

export type HeaderList = readonly (readonly [name: string, value: string])[]

export interface RecordedRequest {
  readonly method: string
  readonly url: string
  readonly headers: HeaderList
  /** The body as text, or null when the request had none. */
  readonly body: string | null
}

export interface RecordedResponse {
  readonly status: number
  /** The status line's reason phrase; filled from the status code when the server left it empty. */
  readonly statusText: string
  readonly headers: HeaderList
  readonly body: string | null
}

export interface Exchange {
  /** 1, 2, 3…: the order in which requests were sent (a nested back-channel call gets a higher number than the request it serves). */
  readonly seq: number
  readonly from: RoleId
  /** The role that answered; null when no server of the lab lives at the URL's origin. */
  readonly to: RoleId | null
  readonly channel: Channel
  /** Optional caption the sender gave the message, e.g. "Token request". */
  readonly label?: string
  readonly request: RecordedRequest
  readonly response: RecordedResponse
  /** Clock readings (ms) when the request was sent and the response received. */
  readonly startedAt: number
  readonly completedAt: number
  /** Set when the wire answered by itself, e.g. "no-route" or "server-threw". */
  readonly failure?: 'no-route' | 'server-threw'
}

/** The first value of a header in a recorded header list (names compare case-insensitively). */
export function headerValue(headers: HeaderList, name: string): string | undefined {
  const lower = name.toLowerCase()
  return headers.find(([key]) => key === lower)?.[1]
}

const REASON_PHRASES: Readonly<Record<number, string>> = {
  200: 'OK',
  201: 'Created',
  204: 'No Content',
  301: 'Moved Permanently',
  302: 'Found',
  303: 'See Other',
  304: 'Not Modified',
  307: 'Temporary Redirect',
  308: 'Permanent Redirect',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  421: 'Misdirected Request',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
}

/** The standard reason phrase of a status code (RFC 9110 §15), or '' for an unusual one. */
export function reasonPhrase(status: number): string {
  return REASON_PHRASES[status] ?? ''
}

/** Copies a request for the record without consuming it: the body is read from a clone. */
export async function recordRequest(request: Request): Promise<RecordedRequest> {
  return Object.freeze({
    method: request.method,
    url: request.url,
    headers: freezeHeaders(request.headers),
    body: await bodyText(request),
  })
}

/** Copies a response for the record without consuming it, so the caller can still read it. */
export async function recordResponse(response: Response): Promise<RecordedResponse> {
  return Object.freeze({
    status: response.status,
    statusText: response.statusText || reasonPhrase(response.status),
    headers: freezeHeaders(response.headers),
    body: await bodyText(response),
  })
}

function freezeHeaders(headers: Headers): HeaderList {
  return Object.freeze([...headers].map(([name, value]) => Object.freeze([name, value] as const)))
}

async function bodyText(message: Request | Response): Promise<string | null> {
  if (message.body === null) return null
  if (message.bodyUsed) return '[body already read before it reached the wire]'
  return message.clone().text()
}
