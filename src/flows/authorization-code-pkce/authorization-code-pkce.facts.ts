import type { AnyMachineSnapshot } from 'xstate'
import { ISSUER } from '../../protocol/demo-world'
import type { IssuedToken, StepFact } from '../flow-definition'
import { stepMetaOf, type StepMeta } from '../step-meta'
import type { AuthCodePkceContext } from './authorization-code-pkce.machine'
import type { StepId } from './authorization-code-pkce.steps'

/**
 * Projections of a snapshot for the player: the tokens the client holds, and the values the
 * current step computed or checked. Pure, so the session records them with each step.
 */
export function tokensOf(snapshot: AnyMachineSnapshot): IssuedToken[] {
  const tokens = (snapshot.context as AuthCodePkceContext).tokens
  if (!tokens?.ok) return []
  const held: IssuedToken[] = [{ name: 'access_token', value: tokens.accessToken }]
  if (tokens.idToken) held.push({ name: 'id_token', value: tokens.idToken })
  if (tokens.refreshToken) held.push({ name: 'refresh_token', value: tokens.refreshToken })
  return held
}

export function factsOf(snapshot: AnyMachineSnapshot): StepFact[] {
  const context = snapshot.context as AuthCodePkceContext
  const step = stepMetaOf(snapshot.getMeta() as Record<string, StepMeta | undefined>)?.stepId as
    StepId | undefined
  const { pkce, callback, tokens, api } = context
  switch (step) {
    case 'pkce':
      return pkce
        ? [
            { label: 'code_verifier (kept secret)', value: pkce.codeVerifier },
            { label: 'code_challenge = BASE64URL(SHA-256(verifier))', value: pkce.codeChallenge },
            { label: 'code_challenge_method', value: pkce.codeChallengeMethod },
            { label: 'state', value: pkce.state },
          ]
        : []
    case 'callback':
    case 'deniedCallback':
    case 'stateMismatch':
    case 'issuerMismatch':
    case 'accessDenied': {
      const facts: StepFact[] = []
      if (callback?.code !== undefined) facts.push({ label: 'code', value: callback.code })
      if (callback?.error !== undefined) facts.push({ label: 'error', value: callback.error })
      if (callback?.errorDescription !== undefined)
        facts.push({ label: 'error_description', value: callback.errorDescription })
      const stateOk = callback?.state !== undefined && callback.state === pkce?.state
      facts.push({
        label: 'state received',
        value: callback?.state ?? '(none)',
        verdict: {
          ok: stateOk,
          text: stateOk
            ? 'matches the state sent in step 1'
            : `differs from the state sent: ${pkce?.state ?? '(none)'}`,
        },
      })
      if (callback?.iss !== undefined) {
        const issOk = callback.iss === ISSUER
        facts.push({
          label: 'iss',
          value: callback.iss,
          verdict: {
            ok: issOk,
            text: issOk ? 'the server this client called' : `expected ${ISSUER}`,
          },
        })
      }
      return facts
    }
    case 'tokenRequest':
      return pkce ? [{ label: 'code_verifier sent', value: pkce.codeVerifier }] : []
    case 'tokenResponse':
      return tokens?.ok
        ? [
            { label: 'token_type', value: tokens.tokenType },
            {
              label: 'expires_in',
              value: tokens.expiresIn === undefined ? '(not sent)' : `${tokens.expiresIn} s`,
            },
            { label: 'scope', value: tokens.scope ?? '(as requested)' },
          ]
        : []
    case 'tokenError':
      return tokens && !tokens.ok
        ? [
            { label: 'error', value: tokens.error },
            { label: 'error_description', value: tokens.errorDescription ?? '(none)' },
          ]
        : []
    case 'photos': {
      const photos =
        (api?.body as { photos?: { title?: unknown; url?: unknown }[] } | null)?.photos ?? []
      const images = photos.flatMap((photo) =>
        typeof photo.url === 'string' && photo.url.startsWith('data:image/')
          ? [{ src: photo.url, alt: String(photo.title ?? 'A photo') }]
          : [],
      )
      return [
        {
          label: 'photos received',
          value: `${photos.length}: ${photos.map((photo) => String(photo.title)).join(', ')}`,
          format: 'text',
          images,
        },
      ]
    }
    case 'apiError':
      return [
        { label: 'status', value: String(api?.status) },
        { label: 'WWW-Authenticate', value: api?.wwwAuthenticate ?? '(none)' },
      ]
    case 'failed':
      return [{ label: 'what went wrong', value: context.error ?? 'unknown error' }]
    default:
      return []
  }
}
