/**
 * The calendar API's seeded data: a few appointments keyed by owner (the access token's `sub`,
 * RFC 9068 §2.2), so the attack scenario on audiences has something private to read.
 */
export interface CalendarEvent {
  readonly id: string
  readonly owner: string
  readonly title: string
  /** ISO 8601 UTC. */
  readonly start: string
  readonly place: string
}

function event(id: string, owner: string, title: string, start: string, place: string) {
  return Object.freeze({ id, owner, title, start, place })
}

/** Every event the calendar API knows, in date order per owner. */
export const EVENTS: readonly CalendarEvent[] = Object.freeze([
  event('ev-101', 'alice', 'Dentist', '2026-12-02T09:30:00Z', 'High Street, Oxford'),
  event('ev-102', 'alice', 'Tea with the Hatter', '2026-12-04T17:00:00Z', 'March Hare’s house'),
  event('ev-103', 'alice', 'Away: croquet tournament', '2026-12-10T08:00:00Z', 'Wonderland'),
  event('ev-201', 'bob', 'Site visit', '2026-12-03T07:00:00Z', 'Poole'),
])

/** The events owned by `owner`; empty for an owner with no calendar. */
export function eventsOf(owner: string): readonly CalendarEvent[] {
  return EVENTS.filter((e) => e.owner === owner)
}
