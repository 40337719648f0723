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
}

export function paramsFrom(search: URLSearchParams): RequestParams {
  const values = new Map<string, string[]>()
  for (const [name, value] of search) {
    if (value === '') continue
    values.set(name, [...(values.get(name) ?? []), value])
  }
  const isRepeated = (name: string) => (values.get(name)?.length ?? 0) > 1
  return {
    get: (name) => values.get(name)?.[0],
    isRepeated,
    repeated: (names) => (names ?? [...values.keys()]).filter(isRepeated),
  }
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
