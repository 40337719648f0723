import type { ReactNode } from 'react'
import type { SpecRef } from '../../protocol/jwt/spec-ref'
import { SpecLink } from './spec-link'

export interface CheckItem {
  key: string
  label: string
  status: 'pass' | 'fail' | 'warn' | 'skip'
  detail: string
  spec?: SpecRef
  /** A library error code, shown small for those who will search for it. */
  code?: string
  children?: ReactNode
}

const MARK = {
  pass: { icon: '✓', word: 'Passed', className: 'bg-emerald-100 text-emerald-900' },
  fail: { icon: '✗', word: 'Failed', className: 'bg-red-100 text-red-900' },
  warn: { icon: '!', word: 'Warning', className: 'bg-amber-100 text-amber-900' },
  skip: { icon: '–', word: 'Not checked', className: 'bg-slate-200 text-slate-800' },
} as const

/** A pass/fail/warning list where every line carries its reason (and its spec section). */
export function CheckList({ items, label }: { items: readonly CheckItem[]; label: string }) {
  return (
    <ul aria-label={label} className="divide-y divide-slate-200 rounded-lg border border-slate-200">
      {items.map((item) => {
        const mark = MARK[item.status]
        return (
          <li key={item.key} className="flex gap-3 p-3">
            <span
              aria-hidden="true"
              className={`mt-0.5 flex h-6 w-6 shrink-0 items-center justify-center rounded-full text-sm font-bold ${mark.className}`}
            >
              {mark.icon}
            </span>
            <div className="min-w-0 flex-1">
              <p className="font-semibold text-slate-900">
                <span className="sr-only">{mark.word}: </span>
                <span>{item.label}</span>
                {item.spec && (
                  <span className="ml-2 text-sm font-normal">
                    <SpecLink spec={item.spec} />
                  </span>
                )}
              </p>
              <p className="mt-0.5 wrap-anywhere text-slate-800">{item.detail}</p>
              {item.code && (
                <p className="mt-0.5 font-mono text-xs text-slate-600">jose: {item.code}</p>
              )}
              {item.children}
            </div>
          </li>
        )
      })}
    </ul>
  )
}
