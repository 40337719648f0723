import type { StepMeta } from '../kit/step-meta'
import { withTeaching } from '../kit/teaching'
import { TEACHING } from './attack-redirect-uri.teaching'

export const BROWSER = 'browser'
export const MALLORY_SCREEN = 'mallory'

/**
 * Insufficient redirect URI validation (RFC 9700 §4.1), the way it was exploited against a real
 * provider: a path that climbs out of the registered one, to a page with a third-party image.
 */
const NARRATION = {
  craftedLink: {
    title: 'Mallory crafts a sign-in link with her own redirect URI',
    label: 'build /authorize?redirect_uri=…/../gallery/mallory',
    from: 'attacker',
    to: 'attacker',
    channel: 'local',
    narration:
      'Mallory builds an authorization request for the Printshop web app (photo-spa, a public client) with her own state and PKCE pair; she keeps the code_verifier. Its redirect_uri, https://spa.printshop.example/callback/../gallery/mallory, starts like the registered one but resolves to her page in Printshop’s public gallery, whose picture is on mallory.example. She mails Alice the link, which points at the real server.',
    specRef: 'RFC 9700 §4.1.1 · RFC 3986 §5.2.4',
  },
  aliceOpensLink: {
    title: 'Alice opens the link: the server checks the redirect URI',
    label: 'GET /authorize',
    from: 'user-agent',
    to: 'authorization-server',
    channel: 'front',
    involved: ['resource-owner'],
    narration:
      'Alice’s browser goes to auth.photos.example, a site she trusts. Before anything else, the server looks up photo-spa and compares the redirect_uri with the registered one. With exact matching the two strings differ, so it must not redirect at all; with prefix matching the string starts with https://spa.printshop.example/callback, so it passes. This is the one request the switch decides.',
    specRef: 'RFC 6749 §3.1.2.3, §4.1.2.1 · RFC 9700 §4.1.3',
  },
  refused: {
    title: 'The authorization server refuses with an error page, and no redirect',
    label: '400 error page',
    from: 'authorization-server',
    to: 'user-agent',
    channel: 'front',
    response: true,
    outcome: 'attack-blocked',
    narration:
      'The redirect URI is not one registered for photo-spa, so the server shows Alice an error page and sends her browser nowhere: redirecting an error to an unchecked URI would hand the attacker the browser. Alice was fooled into opening the link, but no code was ever made. The single check that stops Mallory is the server’s exact string comparison of redirect URIs.',
    specRef: 'RFC 6749 §3.1.2.4, §4.1.2.1 · RFC 9700 §2.1, §4.1.3',
  },
  aliceApproves: {
    title: 'Alice signs in and allows the Printshop web app',
    label: 'sign in, allow',
    from: 'user-agent',
    to: 'authorization-server',
    channel: 'front',
    involved: ['resource-owner'],
    narration:
      'The login page and the consent page are the real ones, and they name the real Printshop web app: Alice has every reason to allow. The server makes a code for photo-spa, bound to Mallory’s code_challenge and to the redirect URI it accepted, and redirects there: with its ../ resolved, that address is the gallery page.',
    specRef: 'RFC 6749 §4.1.2 · RFC 9700 §4.1.1',
  },
  galleryPage: {
    title: 'The browser lands on Mallory’s gallery page, code in the URL',
    label: 'GET /gallery/mallory?code…',
    from: 'user-agent',
    to: 'client',
    channel: 'front',
    narration:
      'The page is on Printshop’s own site, so nothing looks wrong; it is not the callback, so nobody redeems the code. It shows Mallory’s shared print, an image from https://mallory.example, and it is sent with Referrer-Policy: no-referrer-when-downgrade.',
    specRef: 'RFC 9700 §4.2.1',
  },
  imageLoads: {
    title: 'The browser loads the picture, and the Referer carries the code to Mallory',
    label: 'GET /prints/sunset.svg',
    from: 'user-agent',
    to: 'attacker',
    channel: 'front',
    narration:
      'To show the image, the browser requests it from mallory.example, and the page’s referrer policy lets it send the page’s full URL in the Referer header: code, state and iss. Mallory’s site logs it. Look at the Referer in the request below.',
    specRef: 'RFC 9700 §4.2.1, §4.2.4 · W3C Referrer Policy §8.3',
  },
  mallorysTokenRequest: {
    title: 'Mallory redeems the code with her own verifier',
    label: 'POST /token',
    from: 'attacker',
    to: 'authorization-server',
    channel: 'back',
    narration:
      'Mallory posts the code with the redirect_uri she crafted and the code_verifier she made in step 1, as photo-spa: a public client has no secret. Every check passes: the code is photo-spa’s, the redirect URI is the one it was issued for, and PKCE matches, because Mallory started the request. PKCE cannot help when the attacker is the one who made the challenge.',
    specRef: 'RFC 6749 §4.1.3 · RFC 9700 §4.1.1, §4.5.4',
  },
  mallorysApiCall: {
    title: 'Mallory calls the photo API with Alice’s token',
    label: 'GET /photos',
    from: 'attacker',
    to: 'resource-server',
    channel: 'back',
    narration:
      'The token endpoint answered 200 with an access token for Alice’s photos. Mallory sends it as a bearer token; the photo API’s checks all pass, because the token is genuine.',
    specRef: 'RFC 6750 §2.1 · RFC 9068 §4',
  },
  alicesPhotos: {
    title: 'Mallory holds Alice’s token and her photos',
    label: '200 OK: Alice’s photos',
    from: 'resource-server',
    to: 'attacker',
    channel: 'back',
    response: true,
    outcome: 'attack-succeeded',
    narration:
      'The photo API answers with Alice’s album. The authorization server was fooled: a redirect URI that merely started like the registered one was treated as Printshop’s, and the code went to a page Mallory controlled. The single check that stops this is exact redirect URI matching: turn the switch on and run it again.',
    specRef: 'RFC 9700 §2.1, §4.1.3',
  },
  failed: {
    title: 'Something unexpected went wrong',
    label: 'error',
    from: 'attacker',
    to: 'attacker',
    channel: 'local',
    outcome: 'failed',
    narration:
      'A step failed in a way the scenario does not expect; the message below says what happened. Restart to run it again.',
    specRef: 'RFC 9700 §4.1',
  },
} as const satisfies Record<string, StepMeta>

/** Every step, with its speaker notes (attack-redirect-uri.teaching.ts) merged in. */
export const STEPS = withTeaching(NARRATION, TEACHING)

export type StepId = keyof typeof NARRATION
