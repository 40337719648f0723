import { API_AUDIENCE } from '../../../../protocol/demo-world'
import type { TokenContext, TokenKind } from '../../../../shared/inspector-link'
import { headerValue, type Exchange } from '../../../../wire/exchange'
import { describeAuthorization, describeBody, splitUrl, type Pair } from '../http/http-decode'

/** A token the authorization server issued during the flow, with what the flow knew when it was issued. */
export interface TokenEntry {
  kind: TokenKind
  /** "Access token", "ID token", "Refresh token". */
  label: string
  value: string
  /** The exchange that carried it to the client (absent if no recorded exchange did). */
  seq?: number
  /** Where it travelled: the token endpoint's JSON, or a redirect's URL fragment. */
  carrier?: 'token response' | 'redirect fragment'
  /** What the inspector needs to check the token against the request that produced it. */
  context: TokenContext
}

export const TOKEN_LABELS: Record<TokenKind, string> = {
  access_token: 'Access token',
  id_token: 'ID token',
  refresh_token: 'Refresh token',
}
const KINDS: readonly TokenKind[] = ['access_token', 'id_token', 'refresh_token']

const get = (pairs: readonly Pair[], name: string) => pairs.find(([key]) => key === name)?.[1]

/** The last authorization request (its query carries response_type and client_id) sent up to `seq`. */
function authorizationRequestUpTo(exchanges: readonly Exchange[], seq: number): Pair[] | undefined {
  for (let i = exchanges.length - 1; i >= 0; i--) {
    const exchange = exchanges[i]
    if (!exchange || exchange.seq > seq) continue
    const query = splitUrl(exchange.request.url)?.query ?? []
    if (get(query, 'response_type') !== undefined && get(query, 'client_id') !== undefined)
      return query
  }
  return undefined
}

/** The client_id a token request authenticated with: Basic credentials or the form body (RFC 6749 §2.3.1). */
function clientIdOf(exchange: Exchange, form: readonly Pair[]): string | undefined {
  const authorization = headerValue(exchange.request.headers, 'authorization')
  const auth = authorization ? describeAuthorization(authorization) : undefined
  return auth?.scheme === 'basic' ? auth.clientId : get(form, 'client_id')
}

function tokensIn(members: (name: string) => string | undefined): [TokenKind, string][] {
  return KINDS.flatMap((kind) => {
    const value = members(kind)
    return value ? [[kind, value] as [TokenKind, string]] : []
  })
}

/** What one carrier of tokens said, and what the client had asked for. */
interface Carrier {
  carrier: NonNullable<TokenEntry['carrier']>
  /** The carrier's members: the JSON body's, or the fragment's. */
  member(name: string): string | undefined
  clientId: string | undefined
  requestedScope: string | undefined
}

/** The tokens one carrier delivered, each with the context the inspector checks it against. */
function entriesIn(
  exchange: Exchange,
  carried: Carrier,
  authRequest: Pair[] | undefined,
  source: string,
): TokenEntry[] {
  const issuer =
    exchange.to === 'authorization-server' ? new URL(exchange.request.url).origin : undefined
  return tokensIn(carried.member).map(([kind, value]) => ({
    kind,
    label: TOKEN_LABELS[kind],
    value,
    seq: exchange.seq,
    carrier: carried.carrier,
    context: clean({
      kind,
      issuer,
      audience: kind === 'access_token' ? API_AUDIENCE : undefined,
      clientId: carried.clientId,
      nonce: kind === 'id_token' && authRequest ? get(authRequest, 'nonce') : undefined,
      accessToken: kind === 'id_token' ? carried.member('access_token') : undefined,
      requestedScope: carried.requestedScope,
      grantedScope:
        kind === 'id_token' ? undefined : (carried.member('scope') ?? carried.requestedScope),
      source,
    }),
  }))
}

/** A successful token response's JSON members (RFC 6749 §5.1), with what the request asked for. */
function tokenResponse(exchange: Exchange, authRequest: Pair[] | undefined): Carrier | undefined {
  const body = describeBody(
    headerValue(exchange.response.headers, 'content-type'),
    exchange.response.body,
  )
  if (exchange.response.status !== 200 || body.kind !== 'json' || !isRecord(body.value))
    return undefined
  const json = body.value
  const form = describeBody(
    headerValue(exchange.request.headers, 'content-type'),
    exchange.request.body,
  )
  const fields = form.kind === 'form' ? form.fields : []
  return {
    carrier: 'token response',
    member: (name) => (typeof json[name] === 'string' ? (json[name] as string) : undefined),
    clientId: clientIdOf(exchange, fields) ?? (authRequest && get(authRequest, 'client_id')),
    requestedScope: get(fields, 'scope') ?? (authRequest && get(authRequest, 'scope')),
  }
}

/** The fragment of a redirect's Location (RFC 6749 §4.2.2, OIDC Core §3.2.2.5). */
function redirectFragment(
  exchange: Exchange,
  authRequest: Pair[] | undefined,
): Carrier | undefined {
  const location = headerValue(exchange.response.headers, 'location')
  const fragment = location ? (splitUrl(location, exchange.request.url)?.fragment ?? []) : []
  if (fragment.length === 0) return undefined
  return {
    carrier: 'redirect fragment',
    member: (name) => get(fragment, name),
    clientId: authRequest && get(authRequest, 'client_id'),
    requestedScope: authRequest && get(authRequest, 'scope'),
  }
}

/**
 * Every token the flow received, in the order issued: access, ID and refresh tokens in successful
 * token responses (RFC 6749 §5.1, OIDC Core §3.1.3.3) and in redirect fragments (RFC 6749 §4.2.2,
 * OIDC Core §3.2.2.5), each with the context the inspector checks it against.
 */
export function tokensFromExchanges(
  exchanges: readonly Exchange[],
  sourceOf?: (exchange: Exchange) => string,
): TokenEntry[] {
  return exchanges.flatMap((exchange) => {
    const source =
      sourceOf?.(exchange) ??
      `exchange #${exchange.seq}: ${exchange.request.method} ${splitUrl(exchange.request.url)?.path ?? exchange.request.url}`
    const authRequest = authorizationRequestUpTo(exchanges, exchange.seq)
    return [tokenResponse(exchange, authRequest), redirectFragment(exchange, authRequest)].flatMap(
      (carried) => (carried ? entriesIn(exchange, carried, authRequest, source) : []),
    )
  })
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function clean(context: TokenContext): TokenContext {
  return Object.fromEntries(
    Object.entries(context).filter(([, value]) => value !== undefined && value !== ''),
  ) as TokenContext
}

/**
 * The tokens the client holds now (the flow's own list: a rotated refresh token is gone from it),
 * each joined with where and how it was issued, as tokensFromExchanges finds it in the record.
 */
export function heldTokenEntries(
  held: readonly { name: TokenKind; value: string }[],
  exchanges: readonly Exchange[],
  sourceOf?: (exchange: Exchange) => string,
): TokenEntry[] {
  const found = tokensFromExchanges(exchanges, sourceOf)
  return held.map(
    ({ name, value }) =>
      found.find((entry) => entry.value === value && entry.kind === name) ?? {
        kind: name,
        label: TOKEN_LABELS[name],
        value,
        context: { kind: name },
      },
  )
}
