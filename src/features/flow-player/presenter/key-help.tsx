import { Fragment } from 'react'
import { KEY_HELP } from '../player-keys'

/** Every key of the player, as reveal.js users expect them (?; Esc or the button closes it). */
export function KeyHelp({ onClose }: { onClose(): void }) {
  return (
    <div className="fixed inset-0 z-50 flex items-center justify-center bg-slate-900/60 p-4">
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby="key-help-title"
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault()
            onClose()
          }
        }}
        className="w-full max-w-2xl rounded-xl bg-white p-6 text-[clamp(16px,1.2vw,26px)] shadow-xl"
      >
        <h2 id="key-help-title" className="text-[1.4em] font-bold text-slate-900">
          Keys
        </h2>
        <dl className="mt-4 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
          {KEY_HELP.map((row) => (
            <Fragment key={row.does}>
              <dt className="flex flex-wrap gap-1">
                {row.keys.map((key) => (
                  <kbd
                    key={key}
                    className="rounded border border-slate-400 bg-slate-50 px-2 font-sans font-semibold text-slate-900"
                  >
                    {key}
                  </kbd>
                ))}
              </dt>
              <dd className="text-slate-800">{row.does}</dd>
            </Fragment>
          ))}
        </dl>
        <button
          type="button"
          autoFocus
          onClick={onClose}
          className="mt-6 rounded-md bg-blue-800 px-4 py-2 font-semibold text-white"
        >
          Close
        </button>
      </div>
    </div>
  )
}
