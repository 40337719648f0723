import { decodeJwt } from 'jose'
import { PRINTSHOP_CLIENT } from '../../protocol/demo-world'
import { formatNumericDate } from '../../protocol/jwt/time'
import { defineFlow } from '../kit/define-flow'
import {
  callbackFacts,
  factsFromTable,
  failureFacts,
  heldTokens,
  tokenResponseFacts,
  type FactTable,
} from '../kit/facts'
import type { FlowStage, StepFact } from '../kit/flow-module'
import type { IdTokenCheck } from './openid-connect.id-token'
import { openIdConnectMachine } from './openid-connect.machine'
import type { OpenIdConnectContext } from './openid-connect.setup'
import { BROWSER, STEPS, type StepId } from './openid-connect.steps'
import { openIdConnectSummary } from './openid-connect.summary'

/** Alice, her browser, Printshop's server and the authorization server (which also serves UserInfo). */
const stage: FlowStage = {
  cast: {
    'resource-owner': { name: 'Alice' },
    'user-agent': { name: "Alice's browser" },
    client: { name: 'Printshop (web server)', detail: PRINTSHOP_CLIENT.clientId },
    // Its role line already names it; a detail would overflow the box (the name takes two lines).
    'authorization-server': { name: 'auth.photos.example' },
  },
  layout: {
    wide: {
      'resource-owner': { col: 0, row: 0 },
      'user-agent': { col: 1, row: 0 },
      client: { col: 1, row: 1 },
      'authorization-server': { col: 2, row: 0 },
    },
    narrow: {
      'resource-owner': { col: 0, row: 0 },
      'user-agent': { col: 1, row: 0 },
      client: { col: 0, row: 1 },
      'authorization-server': { col: 1, row: 1 },
    },
  },
  links: [
    ['resource-owner', 'user-agent'],
    ['user-agent', 'client'],
    ['user-agent', 'authorization-server'],
    ['client', 'authorization-server'],
  ],
  surfaces: [{ kind: 'browser', id: BROWSER, role: 'user-agent', title: "Alice's browser" }],
}

/** One fact per ID token check: the claim's value, and the verdict (a skipped check says why). */
function checkFacts(checks: readonly IdTokenCheck[] | undefined): StepFact[] {
  return (checks ?? []).flatMap((check): StepFact[] => {
    const fact: StepFact =
      check.status === 'skip'
        ? { label: check.claim, value: `${check.value}. ${check.reason}`, format: 'text' }
        : {
            label: check.claim,
            value: check.value,
            // A warning (allowed, worth a second look) is no failure.
            verdict: { ok: check.status !== 'fail', text: check.reason },
          }
    const hash = check.atHash
    return hash
      ? [
          fact,
          {
            label: 'at_hash, recomputed',
            value: `${hash.hash} over the access token’s ${hash.inputOctets} ASCII octets (${hash.hashReason}); left ${hash.leftHalfOctets} octets ${hash.leftHalfHex}; base64url: ${hash.value}`,
            format: 'text',
          },
        ]
      : [fact]
  })
}

const claim = (claims: Record<string, unknown> | undefined, name: string) =>
  claims?.[name] === undefined ? '(absent)' : String(claims[name])

const FACTS: FactTable<OpenIdConnectContext, StepId> = {
  start: ({ start }) =>
    start
      ? [
          { label: 'code_verifier (kept on Printshop’s server)', value: start.codeVerifier },
          { label: 'code_challenge (S256)', value: start.codeChallenge },
          { label: 'state', value: start.state },
          { label: 'nonce (the ID token must echo it)', value: start.nonce ?? '(none)' },
        ]
      : [],
  callback: ({ callback }) => callbackFacts(callback),
  deniedCallback: ({ callback }) => callbackFacts(callback),
  accessDenied: ({ callback }) => callbackFacts(callback),
  stateMismatch: ({ callback }) => callbackFacts(callback),
  issuerMismatch: ({ callback }) => callbackFacts(callback),
  tokenRequest: ({ start }) => [
    {
      label: 'client authentication',
      value: `client_secret_basic: ${PRINTSHOP_CLIENT.clientId} and its secret, form-encoded, joined by a colon and base64-encoded in Authorization: Basic`,
      format: 'text',
    },
    { label: 'client_secret (kept on Printshop’s server)', value: PRINTSHOP_CLIENT.clientSecret },
    { label: 'code_verifier sent', value: start?.codeVerifier ?? '(none)' },
  ],
  tokenResponse: ({ tokens }, now) => [
    ...tokenResponseFacts(tokens, now),
    ...(tokens?.ok && tokens.idTokenClaims
      ? [
          {
            label: 'id_token',
            value: `sub ${claim(tokens.idTokenClaims, 'sub')}, aud ${claim(tokens.idTokenClaims, 'aud')}`,
            verdict: {
              ok: true,
              text: 'oauth4webapi accepted it (alg, iss, aud, exp, iat, sub, nonce)',
            },
          },
        ]
      : []),
  ],
  tokenError: ({ tokens }, now) => tokenResponseFacts(tokens, now),
  idTokenChecks: ({ idTokenChecks }) => checkFacts(idTokenChecks),
  idTokenRejected: ({ idTokenChecks }) => checkFacts(idTokenChecks),
  userinfoResponse: ({ userinfo, tokens }) =>
    userinfo?.ok
      ? [
          ...Object.entries(userinfo.claims)
            .filter(([name]) => name !== 'sub')
            .map(([name, value]) => ({ label: name, value: String(value) })),
          {
            label: 'sub',
            value: String(userinfo.claims.sub),
            verdict: {
              ok: tokens?.ok === true && tokens.idTokenClaims?.sub === userinfo.claims.sub,
              text: 'the ID token’s sub, checked by oauth4webapi',
            },
          },
        ]
      : [],
  userinfoError: ({ userinfo }) =>
    userinfo && !userinfo.ok
      ? [
          { label: 'status', value: String(userinfo.status) },
          { label: 'error', value: userinfo.error },
          { label: 'WWW-Authenticate', value: userinfo.wwwAuthenticate ?? '(none)' },
        ]
      : [],
  conclusions: ({ tokens, userinfo }) => {
    if (!tokens?.ok) return []
    const id = tokens.idTokenClaims
    const access = decodeJwt(tokens.accessToken)
    return [
      {
        label: 'ID token: for Printshop',
        value: `aud ${claim(id, 'aud')}: user ${claim(id, 'sub')} at ${claim(id, 'iss')}, signed in at ${typeof id?.auth_time === 'number' ? formatNumericDate(id.auth_time) : '(no auth_time)'}`,
        format: 'text',
      },
      {
        label: 'Access token: for the API',
        value: `aud ${String(access.aud)}, scope ${String(access.scope)}: Printshop only passes it on`,
        format: 'text',
      },
      {
        label: 'UserInfo: the profile',
        value: userinfo?.ok
          ? `${claim(userinfo.claims, 'name')}, ${claim(userinfo.claims, 'email')}`
          : '(not fetched)',
        format: 'text',
      },
    ]
  },
  failed: ({ error }) => failureFacts(error),
}

/** OpenID Connect sign-in (authorization code flow, OIDC Core §3.1), as the player runs it. */
export const flow = defineFlow({
  id: openIdConnectSummary.id,
  summary: openIdConnectSummary,
  machine: openIdConnectMachine,
  steps: STEPS,
  stage,
  server: {},
  comparison: {
    clientRunsIn: 'server',
    tokensLive:
      'On Printshop’s server, with Alice’s session there: the ID, access and refresh tokens never reach her browser, which only carried the code.',
  },
  plan: [
    'start',
    'authorizationRequest',
    'loginPage',
    'credentials',
    'consentPage',
    'approval',
    'callback',
    'tokenRequest',
    'tokenResponse',
    'idTokenChecks',
    'userinfoRequest',
    'userinfoResponse',
    'conclusions',
  ] satisfies StepId[],
  branches: { denial: ['deniedCallback', 'accessDenied'], deniedCallback: ['accessDenied'] },
  tokensOf: (snapshot) => heldTokens((snapshot.context as OpenIdConnectContext).tokens),
  factsOf: factsFromTable(FACTS),
  screensOf: () => ({}),
})
