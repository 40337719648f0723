import type { JWK } from 'jose'
import {
  readBoolean,
  readFormat,
  readNumber,
  readObject,
  readString,
  SnapshotError,
} from '../protocol/snapshot-data.ts'
import { DEFAULT_DEFENCES, type Defences, type ServerProfile } from './options.ts'
import type { ServerStoreSnapshot } from './store/server-store.ts'

/** Bump when the shape of AuthorizationServerSnapshot (or of a record in it) changes. */
export const SERVER_SNAPSHOT_FORMAT = 1

/**
 * Everything an authorization server holds that a page reload would lose, as plain JSON data:
 * its signing keys (private JWKs), every record it issued or keeps, how far its clock was moved
 * on, and the rulebook and defences a flow set up. Clients and users are the demo world's, made
 * again by the code.
 */
export interface AuthorizationServerSnapshot {
  format: typeof SERVER_SNAPSHOT_FORMAT
  issuer: string
  keys: JWK[]
  store: ServerStoreSnapshot
  clockOffsetSeconds: number
  setup: { profile: ServerProfile; defences: Defences }
}

const PROFILES: readonly ServerProfile[] = ['oauth2.1', 'rfc6749']

/** Checks a saved server's envelope; the keys and the store are read by their own stores. */
export function readServerSnapshot(saved: unknown, issuer: string) {
  const object = readFormat(saved, SERVER_SNAPSHOT_FORMAT, 'The saved authorization server')
  if (readString(object.issuer, 'the saved issuer') !== issuer)
    throw new SnapshotError(
      `The saved authorization server is ${String(object.issuer)}, not ${issuer}.`,
    )
  const setup = readObject(object.setup, 'the saved set-up')
  const profile = readString(setup.profile, 'the saved profile') as ServerProfile
  if (!PROFILES.includes(profile)) throw new SnapshotError(`Unknown saved profile ${profile}.`)
  const savedDefences = readObject(setup.defences, 'the saved defences')
  const defences = { ...DEFAULT_DEFENCES }
  for (const name of Object.keys(DEFAULT_DEFENCES) as (keyof Defences)[])
    defences[name] = readBoolean(savedDefences[name], `the saved defence ${name}`)
  const clockOffsetSeconds = readNumber(object.clockOffsetSeconds, 'the saved clock offset')
  if (clockOffsetSeconds < 0) throw new SnapshotError('The saved clock offset is negative.')
  return { keys: object.keys, store: object.store, clockOffsetSeconds, profile, defences }
}
