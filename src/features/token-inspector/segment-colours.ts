import type { SegmentRole } from '../../protocol/jwt/decode'

/** One colour per segment role, the same in the raw token, the panel headings and the legend. */
export const SEGMENT_TEXT: Record<SegmentRole, string> = {
  header: 'text-rose-700',
  payload: 'text-violet-700',
  signature: 'text-sky-700',
  encrypted_key: 'text-amber-800',
  iv: 'text-emerald-800',
  ciphertext: 'text-violet-700',
  tag: 'text-sky-700',
  extra: 'text-slate-700',
}

export const SEGMENT_BORDER: Record<SegmentRole, string> = {
  header: 'border-rose-600',
  payload: 'border-violet-600',
  signature: 'border-sky-600',
  encrypted_key: 'border-amber-600',
  iv: 'border-emerald-600',
  ciphertext: 'border-violet-600',
  tag: 'border-sky-600',
  extra: 'border-slate-500',
}
