import { headerValue, type Exchange } from '../../../../wire/exchange'
import { BodyView } from './body-view'
import {
  describeAuthorization,
  parseCookieHeader,
  parseSetCookie,
  splitUrl,
  statusClass,
  type UrlParts,
} from './http-decode'
import { parseChallenge } from '../../../../protocol/www-authenticate'
import { InspectLink, PairTable } from './pair-table'

type InspectHref = (name: string, value: string) => string | undefined

const STATUS_STYLE: Record<ReturnType<typeof statusClass>, string> = {
  informational: 'bg-slate-100 text-slate-900 border-slate-400',
  success: 'bg-emerald-50 text-emerald-900 border-emerald-700',
  redirect: 'bg-blue-50 text-blue-900 border-blue-700',
  'client-error': 'bg-red-50 text-red-900 border-red-700',
  'server-error': 'bg-red-50 text-red-900 border-red-700',
}

/** Query and fragment of a URL as tables; the whole URL, raw, beneath. */
function UrlDetails({
  parts,
  what,
  inspectHref,
}: {
  parts: UrlParts
  what: string
  inspectHref: InspectHref
}) {
  return (
    <div className="space-y-2">
      {parts.query.length > 0 && (
        <PairTable
          caption={`${what} query parameters (decoded)`}
          pairs={parts.query}
          inspectHref={inspectHref}
        />
      )}
      {parts.fragment.length > 0 && (
        <PairTable
          caption={`${what} fragment parameters (decoded; never sent to a server)`}
          pairs={parts.fragment}
          inspectHref={inspectHref}
        />
      )}
      <details>
        <summary className="cursor-pointer text-sm text-slate-700">Raw URL</summary>
        <p className="mt-1 font-mono text-sm [overflow-wrap:anywhere] text-slate-800">
          {parts.href}
        </p>
      </details>
    </div>
  )
}

export function RequestSection({
  exchange,
  inspectHref,
  headingLevel,
}: {
  exchange: Exchange
  inspectHref: InspectHref
  headingLevel: 3 | 4
}) {
  const { request } = exchange
  const url = splitUrl(request.url)
  const authorization = headerValue(request.headers, 'authorization')
  const auth = authorization ? describeAuthorization(authorization) : undefined
  const cookie = headerValue(request.headers, 'cookie')
  const Heading = `h${headingLevel}` as const
  return (
    <section className="min-w-0 space-y-3">
      <Heading className="text-base font-bold text-slate-900">Request</Heading>
      <p className="font-mono text-lg font-bold [overflow-wrap:anywhere] text-slate-900">
        {request.method} {url ? url.path : request.url}
        {url && (
          <span className="block font-sans text-sm font-normal text-slate-700">
            to {url.origin}
          </span>
        )}
      </p>
      {url && <UrlDetails parts={url} what="URL" inspectHref={inspectHref} />}
      {auth?.scheme === 'basic' && (
        <PairTable
          caption="Authorization: Basic, decoded (client authentication, RFC 6749 §2.3.1)"
          pairs={[
            ['client_id', auth.clientId],
            ['client_secret', auth.clientSecret],
          ]}
        />
      )}
      {(auth?.scheme === 'bearer' || auth?.scheme === 'dpop') && (
        <p className="text-sm text-slate-800">
          Authorization:{' '}
          {auth.scheme === 'bearer' ? 'Bearer token (RFC 6750 §2.1)' : 'DPoP token (RFC 9449 §7.1)'}
          {inspectHref('access_token', auth.token) && (
            <InspectLink
              href={inspectHref('access_token', auth.token) ?? ''}
              what="the access token"
            />
          )}
        </p>
      )}
      {cookie && <PairTable caption="Cookies sent" pairs={parseCookieHeader(cookie)} />}
      <PairTable caption="Request headers" pairs={request.headers} nameHeader="Header" />
      <BodyView
        contentType={headerValue(request.headers, 'content-type')}
        body={request.body}
        caption="Request body"
        inspectHref={inspectHref}
      />
    </section>
  )
}

export function ResponseSection({
  exchange,
  inspectHref,
  headingLevel,
}: {
  exchange: Exchange
  inspectHref: InspectHref
  headingLevel: 3 | 4
}) {
  const { response } = exchange
  const location = headerValue(response.headers, 'location')
  const locationParts = location ? splitUrl(location, exchange.request.url) : null
  const challenge = headerValue(response.headers, 'www-authenticate')
  const decodedChallenge = challenge ? parseChallenge(challenge) : undefined
  const cookies = response.headers
    .filter(([name]) => name === 'set-cookie')
    .map(([, value]) => parseSetCookie(value))
  const Heading = `h${headingLevel}` as const
  return (
    <section className="min-w-0 space-y-3">
      <Heading className="text-base font-bold text-slate-900">Response</Heading>
      <p>
        <span
          className={`inline-block rounded-md border-2 px-2 py-0.5 font-mono text-lg font-bold ${STATUS_STYLE[statusClass(response.status)]}`}
        >
          {response.status} {response.statusText}
        </span>
        {exchange.failure && (
          <span className="ml-2 text-sm text-red-900">
            The wire answered itself:{' '}
            {exchange.failure === 'no-route'
              ? 'no server at that address'
              : 'the server threw an error'}
            .
          </span>
        )}
      </p>
      {location && (
        <div className="space-y-2">
          <p className="text-sm text-slate-800">
            Redirect to{' '}
            <span className="font-mono font-semibold [overflow-wrap:anywhere]">
              {locationParts ? `${locationParts.origin}${locationParts.path}` : location}
            </span>
          </p>
          {locationParts && (
            <UrlDetails parts={locationParts} what="Location" inspectHref={inspectHref} />
          )}
        </div>
      )}
      {cookies.length > 0 && (
        <table className="w-full table-fixed border-collapse text-left text-sm">
          <caption className="pb-1 text-left text-sm font-semibold text-slate-700">
            Cookies set (Set-Cookie)
          </caption>
          <thead>
            <tr className="text-slate-700">
              <th scope="col" className="w-[30%] py-1 font-semibold">
                Cookie
              </th>
              <th scope="col" className="py-1 font-semibold">
                Value
              </th>
              <th scope="col" className="w-[35%] py-1 font-semibold">
                Attributes
              </th>
            </tr>
          </thead>
          <tbody>
            {cookies.map((cookie, index) => (
              <tr key={`${cookie.name}-${index}`} className="border-t border-slate-200 align-top">
                <th scope="row" className="py-1 pr-2 font-mono font-semibold break-words">
                  {cookie.name}
                </th>
                <td className="py-1 pr-2 font-mono [overflow-wrap:anywhere]">{cookie.value}</td>
                <td className="py-1 font-mono break-words">{cookie.attributes.join('; ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {decodedChallenge && (
        <PairTable
          caption={`WWW-Authenticate: ${decodedChallenge.scheme} challenge, decoded`}
          pairs={decodedChallenge.params}
          nameHeader="Parameter"
        />
      )}
      <PairTable caption="Response headers" pairs={response.headers} nameHeader="Header" />
      <BodyView
        contentType={headerValue(response.headers, 'content-type')}
        body={response.body}
        caption="Response body"
        inspectHref={inspectHref}
      />
    </section>
  )
}
