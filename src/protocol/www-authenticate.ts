import { toErrorText } from './oauth-error'

/**
 * Takes a WWW-Authenticate challenge apart: its scheme and auth-params, quoted strings unescaped
 * (RFC 9110 §11.6.1, the Bearer parameters of RFC 6750 §3). Reads the first challenge only.
 * One reader for the HTTP panel and the token inspector.
 */
export function parseChallenge(header: string): {
  scheme: string
  params: [name: string, value: string][]
} {
  const scheme = /^\s*([!#$%&'*+.^_`|~0-9A-Za-z-]+)/.exec(header)?.[1] ?? ''
  const params: [string, string][] = []
  const param = /\s*,?\s*([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))/y
  param.lastIndex = header.indexOf(scheme) + scheme.length
  for (let match = param.exec(header); match; match = param.exec(header)) {
    params.push([
      match[1] ?? '',
      match[2] !== undefined ? match[2].replace(/\\(.)/g, '$1') : (match[3] ?? ''),
    ])
  }
  return { scheme, params }
}

/**
 * Writes a challenge: `Bearer realm="photos", error="invalid_token", ...` (RFC 9110 §11.6.1,
 * RFC 6750 §3). Every value is quoted and made fit for a quoted string (toErrorText).
 */
export function formatChallenge(scheme: string, params: Record<string, string>): string {
  const attributes = Object.entries(params).map(
    ([name, value]) => `${name}="${toErrorText(value)}"`,
  )
  return attributes.length > 0 ? `${scheme} ${attributes.join(', ')}` : scheme
}
