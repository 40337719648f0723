import { Suspense, use, useMemo, useState, type ReactNode } from 'react'
import { useLocation, useNavigate } from 'react-router'
import { decodeToken } from '../../protocol/jwt/decode'
import type { TokenContext } from '../../protocol/jwt/token-context'
import { inspectorHref, parseInspectorFragment } from '../../shared/inspector-link'
import { ContextPanel } from './context-panel'
import { DecodedView } from './decoded-view'
import { IntrospectPanel } from './introspect-panel'
import { defaultExpectations, effectiveKind } from './expectations'
import { loadAppLab, takeRestoreNotices } from '../../shared/app-lab'
import { INSPECTOR_INTRODUCTION, InspectorLoading, LAB_LOADING } from '../../shared/page-loading'
import { LabClockBar } from '../../shared/lab-clock-bar'
import { mintLabIdToken } from './lab-sign-in'
import { PageNav, sectionHeadingId } from './page-nav'
import { mintLabAccessToken } from './lab-tokens'
import { malformedSample } from './samples'
import { ShareBar } from './share-bar'
import { TamperPanel } from './tamper-panel'
import { TokenInput } from './token-input'
import { useLabClock } from './use-lab-clock'
import { VerifyPanel, type VerifyKey } from './verify-panel'
import { CutSummary } from './cut-summary'

/** How far the inspector can move the lab clock at a time, to watch a token expire. */
const CLOCK_SKIPS = [
  [60, '+1 min'],
  [600, '+10 min'],
  [3600, '+1 h'],
] as const

/** /inspect: decode, verify, check and tamper with any token; `#token=...` reproduces a view. */
export function InspectPage() {
  return (
    <Suspense fallback={<InspectorLoading status={LAB_LOADING} />}>
      <InspectorOverAppLab />
    </Suspense>
  )
}

/** The inspector over the page's lab, once it has loaded (or come back after a reload). */
function InspectorOverAppLab() {
  const lab = use(loadAppLab())
  const location = useLocation()
  const navigate = useNavigate()
  const clock = useLabClock(lab.clock)
  const [seenHash, setSeenHash] = useState<string | null>(null)
  const [text, setText] = useState('')
  const [context, setContext] = useState<TokenContext>({})
  const [notice, setNotice] = useState(() => takeRestoreNotices().join(' '))
  // The verification key belongs to the page, not to one token: it stays when the token changes.
  const [verifyKey, setVerifyKey] = useState<VerifyKey>({ source: 'lab', text: '' })

  // The fragment is read on load and whenever it changes (a link from the flow player, or the back button).
  if (seenHash !== location.hash) {
    setSeenHash(location.hash)
    const fragment = parseInspectorFragment(location.hash)
    if (fragment.status === 'ok') {
      setText(fragment.token)
      setContext(fragment.context)
      setNotice(
        fragment.ignored.length
          ? `The link's unknown parameters were ignored: ${fragment.ignored.join(', ')}.`
          : '',
      )
    } else if (fragment.status === 'error') {
      // The old token's sections must not stay on screen under a link that no longer names it.
      setText('')
      setContext({})
      setNotice(fragment.message)
    }
  }

  const decoded = useMemo(() => decodeToken(text), [text])
  const kind = effectiveKind(context, decoded.header)
  const jwtKind = kind === 'refresh_token' ? undefined : kind
  const hasContext = Object.keys(context).length > 0
  // A token too big to decode in full cannot be verified, introspected or tampered with here.
  const whole = !decoded.oversized
  const isJws =
    whole && decoded.format === 'jws' && decoded.header !== null && decoded.payload !== null
  const showVerify = whole && decoded.format !== 'empty' && decoded.format !== 'opaque'
  const sections = [
    'Token',
    ...(decoded.format !== 'empty' ? ['Decoded'] : []),
    ...(showVerify ? ['Verification'] : []),
    ...(whole && decoded.format === 'opaque' ? ['Introspection'] : []),
    ...(isJws && hasContext ? ['Checks against the request'] : []),
    ...(isJws ? ['Tamper and replay'] : []),
  ]

  const edit = (value: string) => {
    setText(value)
    if (hasContext) {
      setContext({})
      setNotice(
        'You changed the token, so the flow context that came with it no longer applies and was cleared.',
      )
    }
    // The address bar must not keep showing (and on reload, restoring) a token that is no longer on screen.
    if (location.hash) void navigate({ hash: '' }, { replace: true })
  }

  return (
    <div className="mx-auto max-w-screen-xl space-y-6 px-4 py-8 wrap-anywhere">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold tracking-tight">Token inspector</h1>
        <p className="max-w-3xl text-lg text-slate-700">{INSPECTOR_INTRODUCTION}</p>
        <LabClockBar
          nowMs={clock.nowMs}
          skippedSeconds={clock.offsetSeconds}
          skippedWhat="skipped ahead in all:"
          skips={CLOCK_SKIPS}
          onSkip={clock.advance}
        />
        {sections.length > 1 && <PageNav sections={sections} />}
      </header>

      <Section title="Token">
        <TokenInput
          value={text}
          onChange={edit}
          onMint={async (which) => {
            const minted =
              which === 'id_token' ? await mintLabIdToken(lab) : await mintLabAccessToken(lab)
            clock.refresh()
            await navigate(inspectorHref(minted.token, minted.context))
          }}
          onSample={() => void navigate(inspectorHref(malformedSample()))}
          onClear={() => edit('')}
        />
        {context.source && (
          <p className="mt-2 text-slate-800">
            <span className="font-semibold">Opened from:</span> {context.source}
            {context.kind && <span className="font-mono"> ({context.kind})</span>}; the checks
            against that request are further down.
          </p>
        )}
        {notice && (
          <p className="mt-2 rounded-md border border-amber-300 bg-amber-50 p-2 text-amber-950">
            {notice}
          </p>
        )}
        <div className="mt-4">
          <ShareBar token={text} context={context} />
        </div>
      </Section>

      {decoded.format !== 'empty' && (
        <Section title="Decoded">
          <CutSummary decoded={decoded} />
          <DecodedView decoded={decoded} kind={kind} jwtKind={jwtKind} nowMs={clock.nowMs} />
        </Section>
      )}

      {showVerify && (
        <Section title="Verification">
          <VerifyPanel
            key={`${decoded.token}|${JSON.stringify(context)}`}
            lab={lab}
            token={decoded.token}
            initial={defaultExpectations(context, decoded.header, decoded.payload)}
            nowMs={clock.nowMs}
            verifyKey={verifyKey}
            onVerifyKeyChange={setVerifyKey}
          />
        </Section>
      )}

      {whole && decoded.format === 'opaque' && (
        <Section title="Introspection">
          <IntrospectPanel key={decoded.token} lab={lab} token={decoded.token} context={context} />
        </Section>
      )}

      {isJws && hasContext && (
        <Section title="Checks against the request">
          <ContextPanel header={decoded.header!} payload={decoded.payload!} context={context} />
        </Section>
      )}

      {isJws && (
        <Section title="Tamper and replay">
          <TamperPanel
            key={decoded.token}
            lab={lab}
            token={decoded.token}
            header={decoded.header!}
            payload={decoded.payload!}
            nowMs={clock.nowMs}
          />
        </Section>
      )}
    </div>
  )
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = sectionHeadingId(title)
  return (
    <section
      aria-labelledby={id}
      className="scroll-mt-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
    >
      <h2
        id={id}
        tabIndex={-1}
        className="mb-3 scroll-mt-4 text-xl font-bold text-slate-900 outline-none"
      >
        {title}
      </h2>
      {children}
    </section>
  )
}
