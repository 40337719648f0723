/**
 * The browser's address bar: the URL exactly as the browser holds it (nothing decoded or
 * re-encoded), with each query parameter's name picked out so code and state are easy to see.
 */
export function AddressBar({ url }: { url: string | null }) {
  return (
    <div className="px-3 py-2">
      <p className="rounded-md border border-slate-400 bg-white px-3 py-1.5 font-mono text-base break-all text-slate-900">
        <span className="sr-only">Address: </span>
        {url === null ? (
          <span className="text-slate-600">about:blank</span>
        ) : (
          <UrlParts url={url} />
        )}
      </p>
    </div>
  )
}

function UrlParts({ url }: { url: string }) {
  const parsed = new URL(url)
  const query = parsed.search.length > 1 ? parsed.search.slice(1).split('&') : []
  return (
    <>
      <span className="text-slate-600">{parsed.protocol}//</span>
      <span className="font-semibold">{parsed.host}</span>
      {parsed.pathname}
      {query.map((pair, i) => {
        const equals = pair.indexOf('=')
        const name = equals < 0 ? pair : pair.slice(0, equals)
        return (
          <span key={i}>
            <span className="text-slate-600">{i === 0 ? '?' : '&'}</span>
            <span className="font-semibold text-role-agent">{name}</span>
            {equals >= 0 && <span className="text-slate-600">=</span>}
            {equals >= 0 && pair.slice(equals + 1)}
          </span>
        )
      })}
      {parsed.hash}
    </>
  )
}
