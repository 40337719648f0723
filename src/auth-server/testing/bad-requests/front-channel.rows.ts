import type { BadRequest } from './table.ts'
import { UNTRUSTED_CLIENT_ROWS } from './front-channel/untrusted-client.rows.ts'
import { REDIRECTED_ERROR_ROWS } from './front-channel/redirected-errors.rows.ts'
import { LOGIN_CONSENT_ROWS } from './front-channel/login-consent.rows.ts'

/** /authorize, /login and /consent: the browser-facing endpoints. */
export const FRONT_CHANNEL_ROWS: readonly BadRequest[] = [
  ...UNTRUSTED_CLIENT_ROWS,
  ...REDIRECTED_ERROR_ROWS,
  ...LOGIN_CONSENT_ROWS,
]
