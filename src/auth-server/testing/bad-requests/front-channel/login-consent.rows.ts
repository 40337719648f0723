import { atConsent, atConsentTwoBrowsers, atLogin } from '../setups.ts'
import { buildRequest } from '../table.ts'
import { page } from './shared.ts'
import type { BadRequest } from '../table.ts'

/** The login and consent forms, the server's own pages. */
export const LOGIN_CONSENT_ROWS: readonly BadRequest[] = [
  // The login form (the server's own page).
  {
    name: 'login: unknown request_id',
    spec: 'RFC 6749 §4.1.2.1 (nowhere safe to redirect)',
    request: { path: '/login', query: { request_id: 'forged' } },
    status: 400,
    error: 'invalid_request',
    description: /unknown or has expired/,
    destination: page,
  },
  {
    name: 'login: POST without request_id',
    spec: 'RFC 6749 §4.1.2.1',
    request: {
      method: 'POST',
      path: '/login',
      form: { username: 'alice', password: 'wonderland' },
    },
    status: 400,
    error: 'invalid_request',
    description: /unknown or has expired/,
    destination: page,
  },
  {
    name: 'login: wrong password',
    spec: 'RFC 6749 §10.10 (no hint which part was wrong); not 401, RFC 9110 §15.5.2',
    setup: atLogin,
    request: (v) => ({
      method: 'POST',
      path: '/login',
      form: { request_id: v.requestId!, username: 'alice', password: 'looking-glass' },
    }),
    status: 400,
    error: null,
    destination: { kind: 'form', text: 'That username and password do not match' },
  },
  {
    name: 'login: sixth password within a minute',
    spec: 'RFC 6749 §10.10 brute force, RFC 6585 §4',
    setup: async (server) => {
      const values = await atLogin(server)
      for (let i = 0; i < 5; i++) {
        const form = { request_id: values.requestId!, username: 'alice', password: `guess-${i}` }
        await server.fetch(buildRequest(server.issuer, { method: 'POST', path: '/login', form }))
      }
      return values
    },
    request: (v) => ({
      method: 'POST',
      path: '/login',
      form: { request_id: v.requestId!, username: 'alice', password: 'wonderland' },
    }),
    status: 429,
    error: null,
    destination: { kind: 'form', text: 'Too many wrong passwords for this account' },
  },
  {
    name: 'login: expired request',
    spec: 'RFC 6749 §4.1.2.1',
    setup: async (server) => {
      const v = await atLogin(server)
      server.clock.advance(601)
      return v
    },
    request: (v) => ({ path: '/login', query: { request_id: v.requestId! } }),
    status: 400,
    error: 'invalid_request',
    description: /unknown or has expired/,
    destination: page,
  },
  {
    name: 'login: DELETE',
    spec: 'RFC 9110 §15.5.6',
    request: { method: 'DELETE', path: '/login' },
    status: 405,
    error: 'method_not_allowed',
    destination: { kind: 'json', allow: 'GET, HEAD, POST' },
  },

  // The consent form.
  {
    name: 'consent: unknown request_id',
    spec: 'RFC 6749 §4.1.2.1',
    request: {
      method: 'POST',
      path: '/consent',
      form: { request_id: 'forged', decision: 'approve' },
    },
    status: 400,
    error: 'invalid_request',
    description: /unknown or has expired/,
    destination: page,
  },
  {
    name: 'consent: submitted by another browser session',
    spec: 'RFC 6749 §10.12 (CSRF)',
    setup: atConsentTwoBrowsers,
    request: (v) => ({
      method: 'POST',
      path: '/consent',
      headers: { cookie: v.cookie! },
      form: { request_id: v.requestId!, decision: 'approve' },
    }),
    status: 403,
    error: 'access_denied',
    description: /different sign-in session/,
    destination: page,
  },
  {
    name: 'consent: no decision',
    spec: 'RFC 6749 §4.1.1',
    setup: atConsent,
    request: (v) => ({
      method: 'POST',
      path: '/consent',
      headers: { cookie: v.cookie! },
      form: { request_id: v.requestId!, decision: 'maybe' },
    }),
    status: 400,
    error: null,
    destination: { kind: 'form', text: 'Choose Allow or Deny.' },
  },
]
