import { useState } from 'react'
import {
  generateLearnerKey,
  resignWithLearnerKey,
  type LearnerKey,
} from '../../protocol/jwt/tamper'
import type { ReplayResult } from '../../protocol/jwt/replay'
import { decodeToken } from '../../protocol/jwt/decode'
import { verifyToken } from '../../protocol/jwt/verify'
import type { Lab } from '../../wire/lab'
import { fetchLabKeys, sendToPhotoApi } from './lab-tokens'
import { RawToken } from './raw-token'
import { ReplayResultView } from './replay-result'
import { button, secondaryButton } from './styles'

/** Re-signing the edited claims with a key pair made in this page, and what the API says to it. */
export function OwnKeySection({
  lab,
  headerJson,
  payloadJson,
  nowMs,
}: {
  lab: Lab
  headerJson: string
  payloadJson: string
  nowMs: number
}) {
  const [key, setKey] = useState<LearnerKey>()
  const [signed, setSigned] = useState<{ token: string } | { message: string }>()
  const [verdict, setVerdict] = useState<string>()
  const [replay, setReplay] = useState<ReplayResult>()

  async function sign() {
    if (!key) return
    const result = await resignWithLearnerKey(headerJson, payloadJson, key)
    setReplay(undefined)
    setSigned(result.ok ? { token: result.token } : { message: result.message })
    if (!result.ok) return
    const keys = await fetchLabKeys(lab)
    setVerdict(
      keys.ok ? (await verifyToken(result.token, keys.keys, { nowMs })).summary : keys.message,
    )
  }

  return (
    <div className="space-y-3">
      <p className="text-slate-800">
        A forger could sign the edited claims properly, with a key of their own. Make a fresh ES256
        key pair here (the private half stays in this page&apos;s memory), sign with it, and send
        the result.
      </p>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className={secondaryButton}
          onClick={() => void generateLearnerKey().then(setKey)}
        >
          {key ? 'Make a new key pair' : 'Make my key pair'}
        </button>
        <button type="button" className={button} disabled={!key} onClick={() => void sign()}>
          Sign with my key
        </button>
        <button
          type="button"
          className={button}
          disabled={!signed || !('token' in signed)}
          onClick={() =>
            signed &&
            'token' in signed &&
            void sendToPhotoApi(
              lab,
              signed.token,
              'Inspector: a token signed with my own key',
            ).then(setReplay)
          }
        >
          Send my signed token to the photo API
        </button>
      </div>
      {key && (
        <div>
          <p className="text-sm font-semibold text-slate-800">
            My public key (JWK; kid is its RFC 7638 thumbprint)
          </p>
          <pre className="mt-1 overflow-x-auto rounded bg-slate-100 p-2 font-mono text-xs whitespace-pre-wrap break-all text-slate-900">
            {JSON.stringify(key.publicJwk, null, 2)}
          </pre>
        </div>
      )}
      {signed && 'message' in signed && (
        <p className="font-semibold text-red-800">{signed.message}</p>
      )}
      {signed && 'token' in signed && (
        <>
          <RawToken decoded={decodeToken(signed.token)} label="The token signed with my key" />
          {verdict && (
            <p className="text-slate-800">
              <span className="font-semibold">The inspector, against the lab&apos;s keys:</span>{' '}
              {verdict}
            </p>
          )}
        </>
      )}
      {replay && (
        <ReplayResultView result={replay} heading="The photo API's answer to my signed token" />
      )}
    </div>
  )
}
