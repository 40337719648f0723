import type { AnyMachineSnapshot } from 'xstate'
import type { CallbackCheck } from './client/authorization'
import type { ApiResult } from './client/resource'
import type { TokenResult } from './client/token-result'
import type { IssuedToken, StepFact } from './flow-module'
import { stepMetaOf, type StepMeta } from './step-meta'

/**
 * Grant-neutral projections of what a client holds and what a step showed, for the panels beside
 * the narration. Each flow picks the ones its steps need.
 */

/** A flow's facts, one function per step id; steps without an entry show none. */
export type FactTable<Context, StepId extends string = string> = Partial<
  Record<StepId, (context: Context, nowMs: number) => StepFact[]>
>

/** factsOf for a flow module: looks up the current step in the table and projects the context. */
export function factsFromTable<Context>(table: FactTable<Context>) {
  return (snapshot: AnyMachineSnapshot, nowMs: number): StepFact[] => {
    const step = stepMetaOf(snapshot.getMeta() as Record<string, StepMeta | undefined>)?.stepId
    const facts = step === undefined ? undefined : table[step]
    return facts ? facts(snapshot.context as Context, nowMs) : []
  }
}

/** The tokens a successful token response put in the client's hands. */
export function heldTokens(tokens: TokenResult | undefined): IssuedToken[] {
  if (!tokens?.ok) return []
  const held: IssuedToken[] = [{ name: 'access_token', value: tokens.accessToken }]
  if (tokens.idToken) held.push({ name: 'id_token', value: tokens.idToken })
  if (tokens.refreshToken) held.push({ name: 'refresh_token', value: tokens.refreshToken })
  return held
}

/** The authorization response's parameters and the checks the client library made on them. */
export function callbackFacts(callback: CallbackCheck | undefined): StepFact[] {
  if (!callback) return []
  const params = new URL(callback.url).searchParams
  const facts: StepFact[] = []
  for (const name of ['code', 'error', 'error_description'])
    if (params.has(name)) facts.push({ label: name, value: params.get(name) ?? '' })
  for (const check of callback.checks)
    facts.push({
      label: `${check.label} received`,
      value: params.get(check.label) ?? '(none)',
      verdict: { ok: check.ok, text: check.text },
    })
  if (!callback.ok)
    facts.push({ label: 'oauth4webapi says', value: callback.message, format: 'text' })
  return facts
}

/** When a lifetime in seconds ends, against the lab clock: "3600 s (until 17:42:05 lab time)". */
export function lifetime(seconds: number | undefined, nowMs: number): string {
  if (seconds === undefined) return '(not sent)'
  const end = new Date(nowMs + seconds * 1000).toISOString().slice(11, 19)
  return `${seconds} s (until ${end} UTC, lab time)`
}

/** A token response: what arrived, or the error the server or the client library gave. */
export function tokenResponseFacts(tokens: TokenResult | undefined, nowMs: number): StepFact[] {
  if (!tokens) return []
  if (!tokens.ok)
    return [
      { label: 'status', value: tokens.status === 0 ? '(not reached)' : String(tokens.status) },
      { label: 'error', value: tokens.error },
      { label: 'error_description', value: tokens.errorDescription ?? '(none)', format: 'text' },
    ]
  return [
    { label: 'token_type', value: tokens.tokenType },
    { label: 'expires_in', value: lifetime(tokens.expiresIn, nowMs) },
    { label: 'scope', value: tokens.scope ?? '(as requested)' },
    { label: 'refresh_token', value: tokens.refreshToken ? 'issued' : 'none' },
  ]
}

interface PhotoList {
  owner?: unknown
  photos?: { title?: unknown; url?: unknown }[]
}

/** The photo API's answer: whose album, the photos with their pictures, or the refusal. */
export function apiFacts(api: ApiResult | undefined): StepFact[] {
  if (!api) return []
  if (api.status !== 200)
    return [
      { label: 'status', value: String(api.status) },
      { label: 'WWW-Authenticate', value: api.wwwAuthenticate ?? '(none)' },
    ]
  const list = (api.body ?? {}) as PhotoList
  const photos = Array.isArray(list.photos) ? list.photos : []
  const images = photos.flatMap((photo) =>
    typeof photo.url === 'string' && photo.url.startsWith('data:image/')
      ? [{ src: photo.url, alt: String(photo.title ?? 'A photo') }]
      : [],
  )
  return [
    { label: 'album of', value: String(list.owner ?? '(unknown)') },
    {
      label: 'photos received',
      value:
        photos.length === 0
          ? 'none'
          : `${photos.length}: ${photos.map((p) => String(p.title)).join(', ')}`,
      format: 'text',
      images,
    },
  ]
}

/** A step that broke in a way the flow does not expect. */
export function failureFacts(error: string | undefined): StepFact[] {
  return [{ label: 'what went wrong', value: error ?? 'unknown error', format: 'text' }]
}
