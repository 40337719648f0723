import { useEffect, useState } from 'react'

/** Minutes and seconds since the speaker view opened, for pacing a talk; Reset starts again. */
export function SpeakerTimer() {
  const [start, setStart] = useState(() => Date.now())
  const [now, setNow] = useState(start)
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [])
  const seconds = Math.max(0, Math.floor((now - start) / 1000))
  const shown = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`
  return (
    <p className="flex items-center gap-2 text-slate-900">
      <span className="font-semibold">Elapsed</span>
      <span
        role="timer"
        aria-label={`Elapsed ${shown}`}
        className="font-mono text-[1.2em] font-bold tabular-nums"
      >
        {shown}
      </span>
      <button
        type="button"
        onClick={() => {
          const restart = Date.now()
          setStart(restart)
          setNow(restart)
        }}
        className="rounded border border-slate-500 px-2 text-[0.8em] font-semibold"
      >
        Reset
      </button>
    </p>
  )
}
