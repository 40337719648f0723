/** The picture the player shows: the roles with the current message, or the whole flow as a sequence. */
export type PlayerView = 'diagram' | 'sequence'
