/**
 * The longest value the server accepts for a parameter, in UTF-8 bytes (so that a value repeated
 * in a URL stays short once percent-encoded, at most three characters a byte). The specs set no limits,
 * but every value the server keeps (state and nonce until the code is redeemed) or repeats
 * (state in the redirect, client_id, scope, redirect_uri or grant_type in an error_description, a
 * username in the form) must be small, or one request could make the server hold or send
 * megabytes. Generous for honest clients: a state of 1 KB, a redirect URI of 2 KB.
 */
export const PARAMETER_LIMITS: Readonly<Record<string, number>> = {
  state: 1024,
  redirect_uri: 2048,
  nonce: 1024,
  scope: 1024,
  password: 1024,
  client_id: 255,
  response_type: 255,
  response_mode: 255,
  grant_type: 255,
  prompt: 255,
  max_age: 255,
  code_challenge_method: 255,
  token_type_hint: 255,
  username: 255,
  user_code: 255,
  request_id: 255,
  decision: 255,
}

/** The limit for any other parameter (codes, verifiers, tokens, secrets), in bytes: 8 KB. */
export const DEFAULT_PARAMETER_LIMIT = 8192

/** The limit for `name`. */
export const parameterLimit = (name: string) => PARAMETER_LIMITS[name] ?? DEFAULT_PARAMETER_LIMIT

/**
 * Request parameters as RFC 6749 §3.1 and §3.2 read them: an empty value counts as absent,
 * unknown parameters are ignored, and a parameter sent twice is an error.
 */
export interface RequestParams {
  /** The value, or undefined when absent or empty. */
  get(name: string): string | undefined
  /** True when the name was sent more than once with a non-empty value. */
  isRepeated(name: string): boolean
  /** Names sent more than once, among `names` (or all when omitted). */
  repeated(names?: readonly string[]): string[]
  /** True when a value of `name` is longer than its limit (see PARAMETER_LIMITS). */
  isTooLong(name: string): boolean
  /** Names with a value longer than their limit, among `names` (or all when omitted). */
  tooLong(names?: readonly string[]): string[]
}

export function paramsFrom(search: URLSearchParams): RequestParams {
  const values = new Map<string, string[]>()
  for (const [name, value] of search) {
    if (value === '') continue
    values.set(name, [...(values.get(name) ?? []), value])
  }
  const isRepeated = (name: string) => (values.get(name)?.length ?? 0) > 1
  // UTF-8 takes at least a byte per UTF-16 unit and at most three: count bytes only in between.
  const over = (value: string, limit: number) =>
    value.length > limit || (value.length * 3 > limit && utf8Length(value) > limit)
  const isTooLong = (name: string) =>
    (values.get(name) ?? []).some((value) => over(value, parameterLimit(name)))
  return {
    get: (name) => values.get(name)?.[0],
    isRepeated,
    repeated: (names) => (names ?? [...values.keys()]).filter(isRepeated),
    isTooLong,
    tooLong: (names) => (names ?? [...values.keys()]).filter(isTooLong),
  }
}

/** The length of `text` in UTF-8 bytes, without encoding it (a lone surrogate becomes U+FFFD). */
function utf8Length(text: string): number {
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    const next = text.charCodeAt(i + 1)
    if (unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      bytes += 4
      i++
    } else bytes += unit < 0x80 ? 1 : unit < 0x800 ? 2 : 3
  }
  return bytes
}

/**
 * A name, path or method as an error_description may repeat it: at most 64 characters, the rest
 * cut off with "...", since names are as unlimited as values.
 */
export function shown(text: string): string {
  return text.length > 64 ? `${text.slice(0, 64)}...` : text
}

/** The error_description for a value over its limit; it names the parameter, never repeats it. */
export function tooLongDescription(name: string): string {
  return `The parameter ${shown(name)} is longer than ${parameterLimit(name)} bytes, more than this server accepts.`
}

/**
 * The first problem with a back-channel request's parameters, as an error_description: a
 * parameter sent twice (RFC 6749 §3.2) or a value over its limit. Undefined when there is none.
 */
export function parameterProblem(params: RequestParams): string | undefined {
  const [repeated] = params.repeated()
  if (repeated !== undefined)
    return `The parameter ${shown(repeated)} was sent more than once; send each parameter once (RFC 6749 §3.2).`
  const [tooLong] = params.tooLong()
  return tooLong === undefined ? undefined : tooLongDescription(tooLong)
}

/** True when the request's Content-Type is application/x-www-form-urlencoded (any charset). */
export function isFormEncoded(request: Request): boolean {
  const type = request.headers.get('content-type') ?? ''
  return type.split(';')[0]?.trim().toLowerCase() === 'application/x-www-form-urlencoded'
}

/** Reads a form-urlencoded body (RFC 6749 Appendix B). Call only after isFormEncoded. */
export async function readForm(request: Request): Promise<RequestParams> {
  return paramsFrom(new URLSearchParams(await request.text()))
}
