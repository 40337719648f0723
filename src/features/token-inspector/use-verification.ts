import { useEffect, useState } from 'react'
import { parseKeyText, type KeyParse } from '../../protocol/jwt/keys'
import { verifyToken, type VerifyResult } from '../../protocol/jwt/verify'
import type { Lab } from '../../wire/lab'
import type { Expectations } from './expectations'
import { fetchLabKeys } from './lab-tokens'

export type KeyChoice = { source: 'lab' } | { source: 'pasted'; text: string }

export interface Verification {
  keys?: KeyParse
  result?: VerifyResult
  /** Changes only when the verdict does (not with every clock tick), for the live region. */
  announcement: string
}

const labKeys = new WeakMap<Lab, Promise<KeyParse>>()

/** Verifies `token` with the chosen keys against the lab clock, again whenever an input or the clock changes. */
export function useVerification(
  lab: Lab,
  token: string,
  choice: KeyChoice,
  expectations: Expectations,
  nowMs: number,
): Verification {
  const [state, setState] = useState<Verification & { verdictKey?: string }>({ announcement: '' })
  const keyText = choice.source === 'pasted' ? choice.text : null
  useEffect(() => {
    let cancelled = false
    const keysPromise =
      keyText === null
        ? (labKeys.get(lab) ?? labKeys.set(lab, fetchLabKeys(lab)).get(lab)!)
        : parseKeyText(keyText)
    void keysPromise.then(async (keys) => {
      const result = keys.ok
        ? await verifyToken(token, keys.keys, {
            nowMs,
            issuer: expectations.issuer.trim() || undefined,
            audience: expectations.audience.trim() || undefined,
            typ: expectations.typ.trim() || undefined,
          })
        : undefined
      if (cancelled) return
      const verdictKey = result
        ? `${result.valid}:${result.steps.find((s) => s.status === 'fail')?.id ?? ''}`
        : `key:${keys.ok ? '' : keys.message}`
      setState((previous) => ({
        keys,
        result,
        verdictKey,
        announcement:
          previous.verdictKey === verdictKey
            ? previous.announcement
            : result
              ? result.valid
                ? result.summary
                : `Not valid. ${result.summary}`
              : `Key problem: ${keys.ok ? '' : keys.message}`,
      }))
    })
    return () => {
      cancelled = true
    }
  }, [lab, token, keyText, expectations.issuer, expectations.audience, expectations.typ, nowMs])
  return state
}
