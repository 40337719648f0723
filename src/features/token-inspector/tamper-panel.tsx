import { useId, useState } from 'react'
import { Link } from 'react-router'
import { decodeToken } from '../../protocol/jwt/decode'
import type { ReplayResult } from '../../protocol/jwt/replay'
import { reencodeWithOldSignature } from '../../protocol/jwt/tamper'
import { inspectorHref } from '../../shared/inspector-link'
import type { Lab } from '../../wire/lab'
import { sendToPhotoApi } from './lab-tokens'
import { OwnKeySection } from './own-key-section'
import { RawToken } from './raw-token'
import { ReplayResultView } from './replay-result'
import { button, secondaryButton } from './styles'
import { addScope, pushExpiry } from './tamper-edits'

interface TamperPanelProps {
  lab: Lab
  token: string
  header: Record<string, unknown>
  payload: Record<string, unknown>
  nowMs: number
}

/** Edit the claims, keep the old signature, send it; then sign with your own key and send that. */
export function TamperPanel({ lab, token, header, payload, nowMs }: TamperPanelProps) {
  const id = useId()
  const original = JSON.stringify(payload, null, 2)
  const [json, setJson] = useState(original)
  const [message, setMessage] = useState('')
  const [forged, setForged] = useState<string>()
  const [replay, setReplay] = useState<ReplayResult>()

  const apply = (
    edit: { ok: true; json: string } | { ok: false; message: string },
    done: string,
  ) => {
    if (edit.ok) setJson(edit.json)
    setMessage(edit.ok ? done : edit.message)
  }
  const reencode = () => {
    const result = reencodeWithOldSignature(token, json)
    setReplay(undefined)
    setForged(result.ok ? result.token : undefined)
    setMessage(result.ok ? 'Re-encoded: same header and signature, new payload.' : result.message)
  }

  return (
    <div className="space-y-4">
      <label className="block font-semibold text-slate-800" htmlFor={`${id}-payload`}>
        Payload (edit the JSON)
      </label>
      <textarea
        id={`${id}-payload`}
        className="h-56 w-full rounded-md border border-slate-400 bg-white p-2 font-mono text-sm text-slate-900"
        value={json}
        onChange={(e) => setJson(e.target.value)}
        spellCheck={false}
      />
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className={secondaryButton}
          onClick={() => apply(addScope(json, 'photos.write'), 'Added photos.write to scope.')}
        >
          Add photos.write to scope
        </button>
        <button
          type="button"
          className={secondaryButton}
          onClick={() =>
            apply(pushExpiry(json, 3600, Math.floor(nowMs / 1000)), 'Moved exp one hour later.')
          }
        >
          Push exp 1 hour later
        </button>
        <button
          type="button"
          className={secondaryButton}
          onClick={() => apply({ ok: true, json: original }, 'Payload reset to the original.')}
        >
          Reset payload
        </button>
        <button type="button" className={button} onClick={reencode}>
          Re-encode with the old signature
        </button>
      </div>
      <p role="status" className="text-slate-800">
        {message}
      </p>
      {forged && (
        <div className="space-y-2">
          <RawToken decoded={decodeToken(forged)} label="The tampered token" />
          <div className="flex flex-wrap items-center gap-2">
            <button
              type="button"
              className={button}
              onClick={() =>
                void sendToPhotoApi(lab, forged, 'Inspector: replay a tampered token').then(
                  setReplay,
                )
              }
            >
              Send the tampered token to the photo API
            </button>
            <Link to={inspectorHref(forged)} className="font-semibold text-blue-800 underline">
              Inspect the tampered token
            </Link>
          </div>
        </div>
      )}
      {replay && (
        <ReplayResultView result={replay} heading="The photo API's answer to the tampered token" />
      )}
      <h3 className="pt-2 text-lg font-bold text-slate-900">Sign it with your own key</h3>
      <OwnKeySection
        lab={lab}
        headerJson={JSON.stringify(header)}
        payloadJson={json}
        nowMs={nowMs}
      />
    </div>
  )
}
