import type { StepMeta } from '../kit/step-meta'
import { withTeaching } from '../kit/teaching'
import { BRANCH_ENDS } from './device-authorization.branch-steps'
import { QUIZ } from './device-authorization.quiz'
import { TEACHING } from './device-authorization.teaching'

/** Alice's phone (its browser) and the TV's own screen. */
export const PHONE = 'phone'
export const TV_SCREEN = 'tv'
const DEMO_LOGIN = { surface: PHONE, fields: { username: 'alice', password: 'wonderland' } }

/**
 * The teaching text of the device authorization flow (RFC 8628), keyed by the machine's state
 * names: the way to the photos here, with the wrong code and the wrong password met on it; Alice's
 * refusal, the expiry and the errors in device-authorization.branch-steps.ts.
 */
const NARRATION = {
  deviceRequest: {
    title: 'The TV asks the authorization server for a device code',
    label: 'POST /device_authorization',
    from: 'client',
    to: 'authorization-server',
    channel: 'back',
    narration:
      'Frame TV cannot show a login page or take a password: it has no browser and no keyboard. ' +
      'So it posts its client_id and the scope it wants (openid profile photos.read) to the device authorization endpoint; as a public client it has no secret to send.',
    specRef: 'RFC 8628 §3.1',
  },
  deviceResponse: {
    title: 'The server answers with a device code and a user code',
    label: '200 OK: codes',
    from: 'authorization-server',
    to: 'client',
    channel: 'back',
    response: true,
    narration:
      'The answer holds a device_code that the TV keeps to itself, a short user_code for Alice, the verification_uri where she enters it, and a verification_uri_complete with the code already in it. ' +
      'It also says how long the codes live (expires_in) and how many seconds to wait between polls (interval).',
    specRef: 'RFC 8628 §3.2',
  },
  showCode: {
    title: 'The TV shows Alice the code and where to enter it',
    label: 'show user_code + URL',
    from: 'client',
    to: 'resource-owner',
    channel: 'out-of-band',
    narration:
      'No HTTP here: the TV shows the user_code and the verification_uri on its screen, with a QR code of verification_uri_complete for Alice’s phone. ' +
      'The code is short and easy to type, and it is the only thing that links the TV to Alice’s approval, which is why it expires quickly and the server limits wrong guesses.',
    specRef: 'RFC 8628 §3.3, §3.3.1, §5.1',
  },
  poll: {
    title: 'The TV polls the token endpoint',
    label: 'POST /token (device_code)',
    from: 'client',
    to: 'authorization-server',
    channel: 'back',
    wait: 'One polling interval later',
    choices: [
      {
        event: 'choice.poll-now',
        label: 'Poll again at once',
        hint: 'Poll sooner than the interval: the server answers slow_down and adds 5 seconds.',
      },
    ],
    narration:
      'After waiting the interval, the TV posts grant_type=urn:ietf:params:oauth:grant-type:device_code with its device_code and client_id. ' +
      'Until Alice has decided, the server answers 400 authorization_pending and the TV tries again after another interval; once she has approved, the same request returns the tokens.',
    specRef: 'RFC 8628 §3.4, §3.5',
  },
  pollTooSoon: {
    title: 'The TV polls too soon and is told to slow down',
    label: 'POST /token (too soon)',
    from: 'client',
    to: 'authorization-server',
    channel: 'back',
    narration:
      'This poll comes before the interval has passed, so the server answers 400 slow_down. ' +
      'The TV must now wait 5 seconds longer than before, for this and every later poll: a device that polls too fast only makes itself slower.',
    specRef: 'RFC 8628 §3.5',
  },
  openPage: {
    title: 'Alice opens the verification page on her phone',
    label: 'GET /device',
    from: 'user-agent',
    to: 'authorization-server',
    channel: 'front',
    involved: ['resource-owner'],
    form: { surface: PHONE, fields: {} },
    narration:
      'Alice scans the QR code, so her phone opens verification_uri_complete: the code arrives already filled in. ' +
      'She still confirms it by pressing Continue, rather than the page acting on the link alone, so that a link someone else sent her cannot connect their device to her account.',
    specRef: 'RFC 8628 §3.3.1, §5.4',
  },
  submitCode: {
    title: 'Alice confirms the code',
    label: 'POST /device',
    from: 'user-agent',
    to: 'authorization-server',
    channel: 'front',
    involved: ['resource-owner'],
    narration:
      'The phone posts the user_code. The server finds the waiting device request (codes are case-insensitive and the dash is optional) and, since nobody is signed in on this phone, sends the browser to its login page with 303.',
    specRef: 'RFC 8628 §3.3, §6.1',
  },
  codeRejected: {
    title: 'The server does not know that code',
    label: 'POST /device',
    from: 'user-agent',
    to: 'authorization-server',
    channel: 'front',
    involved: ['resource-owner'],
    form: { surface: PHONE, fields: {} },
    narration:
      'No device is waiting for the code that was typed, so the server shows the form again with an error; after five wrong codes in a minute it stops accepting guesses for a while. ' +
      'Type the code the TV shows, or press Next step to send the one in the field.',
    specRef: 'RFC 8628 §3.3, §5.1',
  },
  loginPage: {
    title: 'The authorization server asks Alice to sign in',
    label: 'GET /device/login',
    from: 'user-agent',
    to: 'authorization-server',
    channel: 'front',
    involved: ['resource-owner'],
    form: DEMO_LOGIN,
    narration:
      'Alice signs in on her phone, on the authorization server’s own page: the TV never sees her password. ' +
      'This is the same account and the same kind of session cookie as in a browser sign-in.',
    specRef: 'RFC 8628 §3.3 · RFC 6749 §3.1',
  },
  credentials: {
    title: 'Alice signs in on her phone',
    label: 'POST /device/login',
    from: 'user-agent',
    to: 'authorization-server',
    channel: 'front',
    involved: ['resource-owner'],
    narration:
      'The phone posts her username and password. The server checks them, starts a session with a cookie, and answers 303 to the approval page for this device request.',
    specRef: 'RFC 8628 §3.3 · RFC 9700 §4.12',
  },
  loginRejected: {
    title: 'The authorization server refuses the sign-in',
    label: 'POST /device/login',
    from: 'user-agent',
    to: 'authorization-server',
    channel: 'front',
    involved: ['resource-owner'],
    form: DEMO_LOGIN,
    narration:
      'The username or password did not match, so the server shows the form again and the TV keeps waiting. ' +
      'Type the demo credentials (alice / wonderland) or press Next step to sign in as Alice.',
    specRef: 'RFC 6749 §3.1',
  },
  consentPage: {
    title: 'The server asks Alice to approve the TV',
    label: 'GET /device/consent',
    from: 'user-agent',
    to: 'authorization-server',
    channel: 'front',
    involved: ['resource-owner'],
    form: { surface: PHONE, fields: {}, submitter: 'approve' },
    choices: [
      {
        event: 'choice.deny',
        label: 'Deny',
        hint: 'Alice says no: the TV’s next poll gets access_denied.',
      },
      {
        event: 'choice.wait-expiry',
        label: 'Leave it for 10 minutes',
        hint: 'Nobody decides: the device code expires and the next poll gets expired_token.',
      },
    ],
    narration:
      'The page names the TV, the access it asks for, and shows the user_code again so Alice can check it matches the code on her TV. ' +
      'If it does not, someone else started this request and is trying to get her approval for their own device: she should deny it.',
    specRef: 'RFC 8628 §3.3, §5.4',
  },
  approval: {
    title: 'Alice approves; the phone is done',
    label: 'POST /device/consent',
    from: 'user-agent',
    to: 'authorization-server',
    channel: 'front',
    involved: ['resource-owner'],
    narration:
      'The phone posts decision=approve. The server records the approval against the device code and tells Alice to return to her TV. ' +
      'No redirect carries anything back: the TV learns of the approval only by polling.',
    specRef: 'RFC 8628 §3.3',
  },
  tokenResponse: {
    title: 'The poll returns the tokens',
    label: '200 OK: tokens',
    from: 'authorization-server',
    to: 'client',
    channel: 'back',
    response: true,
    narration:
      'Alice has approved, so the poll returns 200 with an access_token, and an id_token because the TV asked for openid; the device_code is now spent. ' +
      'There is no refresh token: frame-tv is registered for the device grant only, so when the access token expires the TV starts a new device request.',
    specRef: 'RFC 8628 §3.5 · RFC 6749 §5.1 · OIDC Core §3.1.3.3',
  },
  apiRequest: {
    title: 'The TV asks the photo API for Alice’s photos',
    label: 'GET /photos',
    from: 'client',
    to: 'resource-server',
    channel: 'back',
    narration:
      'The TV sends the access token as Authorization: Bearer. The photo API checks it like any other: signature, typ at+jwt, issuer, audience, expiry and scope photos.read.',
    specRef: 'RFC 6750 §2.1 · RFC 9068 §4',
  },
  photos: {
    title: 'The TV shows Alice’s photos',
    label: '200 OK: photos',
    from: 'resource-server',
    to: 'client',
    channel: 'back',
    response: true,
    outcome: 'success',
    narration:
      'The API answers with Alice’s photos and the frame shows them. ' +
      'Alice never typed a password on the TV, and the TV never saw one: all it holds is a token limited to reading photos.',
    specRef: 'RFC 8628 §1 · RFC 6749 §7',
  },
  ...BRANCH_ENDS,
} as const satisfies Record<string, StepMeta>

/** Every step, with its speaker notes and quiz (device-authorization.teaching.ts) merged in. */
export const STEPS = withTeaching(NARRATION, TEACHING, QUIZ)

export type StepId = keyof typeof NARRATION
