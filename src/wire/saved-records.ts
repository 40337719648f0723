import type { RoleId } from '../protocol/roles.ts'
import {
  readArray,
  readNumber,
  readObject,
  readString,
  SnapshotError,
  readNullable,
} from '../protocol/snapshot-data.ts'
import type { Page } from './browser.ts'
import type { Exchange, HeaderList, RecordedRequest, RecordedResponse } from './exchange.ts'

/**
 * What the wire and the browsers record (exchanges, pages) read back from a snapshot, checked
 * field by field and frozen again, as the wire froze them when they were recorded.
 */

function readHeaders(value: unknown, what: string): HeaderList {
  return Object.freeze(
    readArray(value, what).map((pair, i) => {
      const [name, text] = readArray(pair, `${what}[${i}]`)
      return Object.freeze([
        readString(name, 'a header name'),
        readString(text, 'a header value'),
      ] as const)
    }),
  )
}

const readRole = (value: unknown, what: string) => readString(value, what) as RoleId

/** A page a browser window showed. */
export function readPage(value: unknown, what: string): Page {
  const page = readObject(value, what)
  return Object.freeze({
    url: readString(page.url, `${what}'s url`),
    status: readNumber(page.status, `${what}'s status`),
    statusText: readString(page.statusText, `${what}'s status text`),
    headers: readHeaders(page.headers, `${what}'s headers`),
    contentType: readNullable(page.contentType, (v) => readString(v, `${what}'s content type`)),
    body: readString(page.body, `${what}'s body`),
    redirectTo: readNullable(page.redirectTo, (v) => readString(v, `${what}'s redirect`)),
    servedBy: readNullable(page.servedBy, (v) => readRole(v, `${what}'s server`)),
  })
}

function readRequest(value: unknown, what: string): RecordedRequest {
  const request = readObject(value, what)
  return Object.freeze({
    method: readString(request.method, `${what}'s method`),
    url: readString(request.url, `${what}'s url`),
    headers: readHeaders(request.headers, `${what}'s headers`),
    body: readNullable(request.body, (v) => readString(v, `${what}'s body`)),
  })
}

function readResponse(value: unknown, what: string): RecordedResponse {
  const response = readObject(value, what)
  return Object.freeze({
    status: readNumber(response.status, `${what}'s status`),
    statusText: readString(response.statusText, `${what}'s status text`),
    headers: readHeaders(response.headers, `${what}'s headers`),
    body: readNullable(response.body, (v) => readString(v, `${what}'s body`)),
  })
}

/** One recorded exchange. */
export function readExchange(value: unknown, what: string): Exchange {
  const exchange = readObject(value, what)
  const channel = exchange.channel
  if (channel !== 'front' && channel !== 'back')
    throw new SnapshotError(`${what}'s channel is ${String(channel)}.`)
  const failure = exchange.failure
  if (failure !== undefined && failure !== 'no-route' && failure !== 'server-threw')
    throw new SnapshotError(`${what}'s failure is ${String(failure)}.`)
  return Object.freeze({
    seq: readNumber(exchange.seq, `${what}'s seq`),
    from: readRole(exchange.from, `${what}'s sender`),
    to: readNullable(exchange.to, (v) => readRole(v, `${what}'s receiver`)),
    channel,
    ...(exchange.label === undefined
      ? {}
      : { label: readString(exchange.label, `${what}'s label`) }),
    request: readRequest(exchange.request, `${what}'s request`),
    response: readResponse(exchange.response, `${what}'s response`),
    startedAt: readNumber(exchange.startedAt, `${what}'s start`),
    completedAt: readNumber(exchange.completedAt, `${what}'s end`),
    ...(failure === undefined ? {} : { failure }),
  })
}
