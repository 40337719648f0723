import { useId, useMemo, useState } from 'react'
import { ISSUER } from '../../protocol/demo-world'
import { decodeToken } from '../../protocol/jwt/decode'
import type { Lab } from '../../wire/lab'
import { CheckList } from './check-list'
import type { Expectations } from './expectations'
import { useVerification, type KeyChoice } from './use-verification'

const input =
  'mt-1 w-full rounded-md border border-slate-400 bg-white px-2 py-1.5 font-mono text-sm text-slate-900'

/** Which keys verify: the lab's, or a pasted one (kept by the page across tokens). */
export interface VerifyKey {
  source: 'lab' | 'pasted'
  text: string
}

/** Verification with jose against the lab's JWKS or a pasted key, every step with its reason. */
export function VerifyPanel({
  lab,
  token,
  initial,
  nowMs,
  verifyKey,
  onVerifyKeyChange,
}: {
  lab: Lab
  token: string
  initial: Expectations
  nowMs: number
  verifyKey: VerifyKey
  onVerifyKeyChange: (key: VerifyKey) => void
}) {
  const id = useId()
  const { source, text: keyText } = verifyKey
  const setSource = (value: VerifyKey['source']) =>
    onVerifyKeyChange({ ...verifyKey, source: value })
  const setKeyText = (value: string) => onVerifyKeyChange({ ...verifyKey, text: value })
  const [expect, setExpect] = useState(initial)
  const choice: KeyChoice = source === 'lab' ? { source } : { source, text: keyText }
  const { keys, result, announcement } = useVerification(lab, token, choice, expect, nowMs)
  const iss = useMemo(() => decodeToken(token).payload?.iss, [token])
  const labIssued = iss === ISSUER
  const field = (name: keyof Expectations, label: string, hint: string) => (
    <label className="block min-w-0 text-sm font-semibold text-slate-800">
      {label}
      <input
        className={input}
        value={expect[name]}
        onChange={(e) => setExpect({ ...expect, [name]: e.target.value })}
        aria-describedby={`${id}-hint`}
        placeholder={hint}
      />
    </label>
  )

  return (
    <div className="space-y-4">
      <fieldset>
        <legend className="font-semibold text-slate-900">Verify against</legend>
        <div className="mt-1 flex flex-col gap-1 sm:flex-row sm:gap-6">
          <label className="flex items-center gap-2">
            <input
              type="radio"
              name={`${id}-source`}
              checked={source === 'lab'}
              onChange={() => setSource('lab')}
            />
            The lab authorization server&apos;s keys ({ISSUER}/jwks)
          </label>
          <label className="flex items-center gap-2">
            <input
              type="radio"
              name={`${id}-source`}
              checked={source === 'pasted'}
              onChange={() => setSource('pasted')}
            />
            A key I paste
          </label>
        </div>
      </fieldset>
      {source === 'pasted' && (
        <label className="block font-semibold text-slate-800">
          Key: a JWK, a JWK Set, a PEM public key (BEGIN PUBLIC KEY) or an HMAC secret
          <textarea
            className={`${input} h-28`}
            value={keyText}
            onChange={(e) => setKeyText(e.target.value)}
            spellCheck={false}
          />
        </label>
      )}
      <div className="grid gap-3 sm:grid-cols-3">
        {field('issuer', 'Expected issuer (iss)', 'not checked')}
        {field('audience', 'Expected audience (aud)', 'not checked')}
        {field('typ', 'Expected type (typ)', 'not checked')}
      </div>
      <p id={`${id}-hint`} className="text-sm text-slate-700">
        A real recipient is configured with these; leave one empty to skip that check. Times are
        checked against the lab clock.
      </p>
      {keys && (
        <div className="text-sm text-slate-800">
          {keys.ok ? (
            <p>Keys: {keys.keys.description}.</p>
          ) : (
            <p className="font-semibold text-red-800">{keys.message}</p>
          )}
          {keys.ok &&
            keys.keys.warnings.map((warning) => (
              <p key={warning} className="text-amber-900">
                {warning}
              </p>
            ))}
        </div>
      )}
      <p role="status" className="sr-only">
        {announcement}
      </p>
      {result && (
        <>
          <p
            className={`rounded-lg border p-3 font-semibold wrap-anywhere ${result.valid ? 'border-emerald-400 bg-emerald-50 text-emerald-950' : 'border-red-400 bg-red-50 text-red-950'}`}
          >
            {result.valid ? '✓ ' : '✗ '}
            {result.summary}
          </p>
          {source === 'lab' && result.joseCode === 'ERR_JWKS_NO_MATCHING_KEY' && labIssued && (
            <p className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-amber-950">
              This token names the lab as its issuer, but the lab makes new signing keys each time
              this page loads: a lab token from an earlier visit (or a link someone shared) cannot
              verify now. Get a fresh token from the lab to see one that does.
            </p>
          )}
          {source === 'lab' &&
            !result.valid &&
            !labIssued &&
            result.steps.some(
              (step) =>
                step.status === 'fail' &&
                (step.id === 'alg' || step.id === 'key' || step.id === 'signature'),
            ) && (
              <p className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-amber-950">
                {typeof iss === 'string' ? (
                  <>
                    This token was issued by <span className="font-mono">{iss}</span>, not by the
                    lab, so the lab&apos;s keys were never going to verify it.
                  </>
                ) : (
                  <>
                    This token names no issuer (no iss), so nothing says the lab made it, and the
                    lab&apos;s keys were never going to verify it.
                  </>
                )}{' '}
                Choose &quot;A key I paste&quot; and paste its issuer&apos;s key: a public key (JWK,
                JWK Set from its jwks_uri, or PEM), or the shared secret for HS256.
              </p>
            )}
          <CheckList
            label="Verification steps"
            items={result.steps.map((step) => ({
              key: step.id,
              label: step.label,
              status: step.status,
              detail: step.detail,
              spec: step.spec,
              code: step.joseCode,
            }))}
          />
        </>
      )}
    </div>
  )
}
