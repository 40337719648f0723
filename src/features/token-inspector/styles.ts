/** Button looks shared by the inspector's panels, matching the catalogue's primary button. */
export const button =
  'rounded-md bg-blue-800 px-3 py-2 font-semibold text-white hover:bg-blue-900 disabled:cursor-not-allowed disabled:bg-slate-400 disabled:text-slate-900 aria-disabled:cursor-not-allowed aria-disabled:bg-slate-400 aria-disabled:text-slate-900'
export const secondaryButton =
  'rounded-md border border-blue-800 bg-white px-3 py-2 font-semibold text-blue-800 hover:bg-blue-50 disabled:cursor-not-allowed disabled:border-slate-400 disabled:text-slate-600 aria-disabled:cursor-not-allowed aria-disabled:border-slate-400 aria-disabled:text-slate-600'
