import {
  readArray,
  readNumber,
  readObject,
  readRecords,
  readString,
  readStrings,
} from '../../protocol/snapshot-data.ts'
import type { AuthorizationCodeRecord, PendingAuthorization, SessionRecord } from './records.ts'

/**
 * The store's records as plain JSON data and back. Most records are plain already; a session's
 * consents (a Map of Sets) and a pending request's prompt (a Set) become lists.
 */

/** A session with its consents as [client_id, scopes] pairs. */
export type SavedSession = Omit<SessionRecord, 'consents'> & {
  consents: [clientId: string, scopes: string[]][]
}

/** A pending request with its prompt values as a list. */
export type SavedPending = Omit<PendingAuthorization, 'prompt'> & { prompt: string[] }

export const savedSession = (session: SessionRecord): SavedSession => ({
  ...session,
  consents: [...session.consents].map(([clientId, scopes]) => [clientId, [...scopes]]),
})

export const savedPending = (request: PendingAuthorization): SavedPending => ({
  ...request,
  prompt: [...request.prompt],
})

function sessionOf(saved: SavedSession, i: number): SessionRecord {
  const what = `session ${i}`
  readNumber(saved.expiresAt, `${what}'s expiry`)
  const consents = readArray(saved.consents, `${what}'s consents`).map((entry, j) => {
    const [clientId, scopes] = readArray(entry, `${what}'s consent ${j}`)
    return [
      readString(clientId, 'a client_id'),
      new Set(readStrings(scopes, 'the scopes')),
    ] as const
  })
  return { ...saved, consents: new Map(consents) }
}

function pendingOf(saved: SavedPending, i: number): PendingAuthorization {
  readNumber(saved.expiresAt, `pending request ${i}'s expiry`)
  return { ...saved, prompt: new Set(readStrings(saved.prompt, `pending request ${i}'s prompt`)) }
}

/** A saved store's records by their keys, and the parts its sub-stores read themselves. */
export function readSavedRecords(saved: unknown) {
  const object = readObject(saved, 'the server store')
  const byKey = <T>(records: T[], key: (record: T) => string) =>
    new Map(records.map((record) => [key(record), record]))
  return {
    sessions: byKey(
      readRecords<SavedSession>(object.sessions, 'id', 'the sessions').map(sessionOf),
      (session) => session.id,
    ),
    pending: byKey(
      readRecords<SavedPending>(object.pending, 'id', 'the pending requests').map(pendingOf),
      (request) => request.id,
    ),
    codes: byKey(
      readRecords<AuthorizationCodeRecord>(object.codes, 'code', 'the authorization codes'),
      (record) => record.code,
    ),
    tokens: readObject(object.tokens, 'the token records'),
    devices: readObject(object.devices, 'the device requests'),
    passwordGuesses: readArray(object.passwordGuesses, 'the wrong passwords'),
    nextSweep: object.nextSweep === null ? undefined : readNumber(object.nextSweep, 'nextSweep'),
  }
}
