import { assign, fromPromise, setup } from 'xstate'
import { PHOTO_SPA_CLIENT } from '../../protocol/demo-world'
import type { ImageLoad } from '../../wire/browser'
import { errorPageText } from '../kit/attack/page-text'
import { signInAndAllow } from '../kit/attack/sign-in'
import { browserFollow, type Hop } from '../kit/browser-actors'
import { startAuthorizationWith, type ClientAuthorization } from '../kit/client/authorization'
import { redeemCode } from '../kit/client/grants'
import { callApi, type ApiResult } from '../kit/client/resource'
import type { TokenResult } from '../kit/client/token-result'
import { describeFailure } from '../kit/describe-failure'
import type { FlowLab } from '../kit/flow-lab'
import type { LearnerEvent, SwitchState } from '../kit/flow-module'
import type { StepMeta } from '../kit/step-meta'

export const CLIENT = PHOTO_SPA_CLIENT
/** Starts with the registered redirect URI; resolves to Mallory's gallery page (RFC 3986 §5.2.4). */
export const CRAFTED_REDIRECT_URI = `${CLIENT.redirectUri}/../gallery/mallory`

export interface RedirectUriContext {
  lab: FlowLab
  switches: SwitchState
  /** Mallory's authorization request for photo-spa: her state and PKCE pair. */
  crafted?: ClientAuthorization
  /** The server's answer to Alice's browser at /authorize, and what its error page said. */
  authorize?: Hop & { said: { alert?: string; code?: string } }
  approval?: Hop
  gallery?: Hop
  images?: readonly ImageLoad[]
  /** The Referer that reached mallory.example: the gallery page's URL, code included. */
  leaked?: string
  stolen?: TokenResult
  api?: ApiResult
  error?: string
}

const MALLORY = { clientId: CLIENT.clientId, from: 'attacker' } as const

export const redirectUriSetup = setup({
  types: {
    context: {} as RedirectUriContext,
    events: {} as LearnerEvent,
    input: {} as { lab: FlowLab; switches?: SwitchState },
    meta: {} as StepMeta,
    tags: {} as 'settled',
  },
  actors: {
    craft: fromPromise<ClientAuthorization>(() =>
      startAuthorizationWith(
        { clientId: CLIENT.clientId, redirectUri: CRAFTED_REDIRECT_URI, scope: 'photos.read' },
        {},
      ),
    ),
    openLink: fromPromise<
      NonNullable<RedirectUriContext['authorize']>,
      { lab: FlowLab; url: string }
    >(async ({ input }) => {
      const page = await input.lab.browser('user-agent').navigate(input.url, { initiator: null })
      return {
        url: page.url,
        status: page.status,
        redirectTo: page.redirectTo,
        said: errorPageText(page.body),
      }
    }),
    signInAndAllow: fromPromise<Hop, { lab: FlowLab }>(({ input }) => {
      const browser = input.lab.browser('user-agent')
      return signInAndAllow(browser, () => browser.followRedirect())
    }),
    browserFollow,
    loadImages: fromPromise<{ images: readonly ImageLoad[]; leaked?: string }, { lab: FlowLab }>(
      async ({ input }) => {
        const browser = input.lab.browser('user-agent')
        const page = browser.page()
        if (!page) throw new Error('The browser shows no page whose images it could load.')
        const images = await browser.loadImages(page)
        const leaked = input.lab.attackerSite
          .received()
          .map((request) => request.referer)
          .find((referer) => referer !== null && new URL(referer).searchParams.has('code'))
        return { images, ...(leaked ? { leaked } : {}) }
      },
    ),
    redeem: fromPromise<
      TokenResult,
      { lab: FlowLab; leaked?: string; crafted?: ClientAuthorization }
    >(({ input }) =>
      redeemCode(
        input.lab,
        { ...MALLORY, label: 'Mallory’s token request' },
        {
          callbackUrl: input.leaked ?? '',
          state: input.crafted?.state ?? 'skip',
          redirectUri: CRAFTED_REDIRECT_URI,
          codeVerifier: input.crafted?.codeVerifier,
        },
      ),
    ),
    callApi: fromPromise<ApiResult, { lab: FlowLab; tokens?: TokenResult }>(({ input }) =>
      callApi(input.lab, input.tokens?.ok ? input.tokens.accessToken : '', {
        label: 'Mallory’s API request',
        from: 'attacker',
      }),
    ),
  },
  actions: {
    storeCrafted: assign({ crafted: (_, value: ClientAuthorization) => value }),
    storeAuthorize: assign({
      authorize: (_, value: NonNullable<RedirectUriContext['authorize']>) => value,
    }),
    storeApproval: assign({ approval: (_, hop: Hop) => hop }),
    storeGallery: assign({ gallery: (_, hop: Hop) => hop }),
    storeImages: assign({
      images: (_, value: { images: readonly ImageLoad[]; leaked?: string }) => value.images,
      leaked: (_, value: { images: readonly ImageLoad[]; leaked?: string }) => value.leaked,
    }),
    storeStolen: assign({ stolen: (_, tokens: TokenResult) => tokens }),
    storeApi: assign({ api: (_, api: ApiResult) => api }),
    storeFailure: assign({
      error: ({ event }) => describeFailure((event as unknown as { error: unknown }).error),
    }),
    unexpected: assign({ error: (_, message: string) => message }),
  },
  guards: {
    /** The error page of RFC 6749 §4.1.2.1: a 400 with the error on it, and no redirect. */
    refusedWithPage: ({ context }) =>
      context.authorize?.status === 400 &&
      context.authorize.redirectTo === null &&
      context.authorize.said.code !== undefined,
    redirectedToLogin: ({ context }) => context.authorize?.status === 302,
    codeIssued: ({ context }) =>
      new URL(context.approval?.redirectTo ?? 'about:blank').searchParams.has('code'),
    codeLeaked: ({ context }) => context.leaked !== undefined,
    tokensIssued: ({ context }) => context.stolen?.ok === true,
    photosReturned: ({ context }) => context.api?.status === 200,
  },
})
