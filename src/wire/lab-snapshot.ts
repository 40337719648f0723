import type { AuthorizationServerSnapshot } from '../auth-server/index.ts'
import { readFormat, readNumber, readObject, SnapshotError } from '../protocol/snapshot-data.ts'
import type { BrowserRole } from '../protocol/roles.ts'
import type { ResourceServerSnapshot } from '../resource-server/index.ts'
import type { AttackerSiteSnapshot } from './attacker-site.ts'
import type { BrowserSnapshot } from './browser.ts'
import type { WireSnapshot } from './wire.ts'

/** Bump when the shape of LabSnapshot changes (each server has its own format too). */
export const LAB_SNAPSHOT_FORMAT = 2

/**
 * A whole lab as JSON data: the base reading of its clock (the lab clock stands still, so a reload
 * must not move it to the new page's Date.now), both servers, the wire, each browser and what
 * each client's callback received.
 */
export interface LabSnapshot {
  format: typeof LAB_SNAPSHOT_FORMAT
  /** The clock's reading before anything was skipped, in ms. */
  baseTimeMs: number
  authorizationServer: AuthorizationServerSnapshot
  resourceServer: ResourceServerSnapshot
  wire: WireSnapshot
  /** Mallory's log and planted pages (the attack scenarios). */
  attackerSite: AttackerSiteSnapshot
  browsers: Partial<Record<BrowserRole, BrowserSnapshot>>
  /** By client_id: the URLs its callback received. */
  callbacks: Record<string, string[]>
}

const BROWSER_ROLES: readonly string[] = ['user-agent', 'attacker'] satisfies BrowserRole[]

/** Checks the envelope; each part is read by the code that made it. */
export function readLabSnapshot(saved: unknown) {
  const object = readFormat(saved, LAB_SNAPSHOT_FORMAT, 'The saved lab')
  const browsers = readObject(object.browsers, 'the saved browsers')
  for (const role of Object.keys(browsers))
    if (!BROWSER_ROLES.includes(role)) throw new SnapshotError(`No browser role ${role}.`)
  return {
    baseTimeMs: readNumber(object.baseTimeMs, "the lab clock's base"),
    authorizationServer: object.authorizationServer,
    resourceServer: object.resourceServer,
    wire: readObject(object.wire, 'the saved wire'),
    attackerSite: object.attackerSite,
    browsers: browsers as Partial<Record<BrowserRole, unknown>>,
    callbacks: readObject(object.callbacks, 'the saved callbacks'),
  }
}
