import { Fragment } from 'react'
import { KEY_HINT } from './player-keys'

/** The player's keys in one short line, for keyboard users and for an instructor with a clicker. Hidden on phones. */
export function KeyHint() {
  return (
    // Beside the lab clock where the row has room (a laptop), on a row of its own where it has not.
    <p className="ml-auto hidden text-right text-sm text-slate-700 sm:block">
      <span className="font-semibold">Keys:</span>{' '}
      {KEY_HINT.map((group, g) => (
        <Fragment key={group.does}>
          {g > 0 && ' · '}
          {group.keys.map((key, k) => (
            <Fragment key={key}>
              {k > 0 && ' / '}
              <kbd className="rounded border border-slate-400 bg-white px-1 font-sans text-xs font-semibold text-slate-900">
                {key}
              </kbd>
            </Fragment>
          ))}{' '}
          {group.does}
        </Fragment>
      ))}
    </p>
  )
}
