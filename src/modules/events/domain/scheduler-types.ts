/**
 * Types of the B2B meeting scheduler of a Link & Match event (temu bisnis IKM × industri besar).
 *
 * The public shapes are plain JSON (ids are strings); the solver works on an indexed copy
 * (`Problem`) built by `validateScheduleInstance`.
 */

export interface ScheduleParticipant {
  id: string;
  /** Slot ids in which this participant cannot meet anyone. */
  unavailable?: string[];
}

export interface ScheduleMeetingRequest {
  id: string;
  /** Participant ids of the two sides (e.g. the IKM and the buyer). */
  a: string;
  b: string;
  /** Integer ≥ 1; higher is more important. Default 1. */
  priority?: number;
}

/** A meeting that must stay exactly where it is (a confirmed meeting). */
export interface FixedMeeting {
  meeting: string;
  slot: string;
  /** Table number, 1-based. */
  table: number;
}

export interface ScheduleInstance {
  /** Slot ids in chronological order. */
  slots: string[];
  /** Number of meeting tables available in every slot (numbered 1..tables). */
  tables: number;
  participants: ScheduleParticipant[];
  meetings: ScheduleMeetingRequest[];
  /**
   * Meetings already confirmed to the participants. They keep exactly this slot and table.
   * After a cancellation or a late acceptance the events service re-runs the scheduler with
   * every confirmed meeting here, so only unconfirmed meetings move.
   */
  fixed?: FixedMeeting[];
}

export interface ScheduledMeeting {
  meeting: string;
  slot: string;
  table: number;
}

export interface ScheduleResult {
  /** Sorted by slot (instance order), then table. */
  assigned: ScheduledMeeting[];
  /** Meeting ids left out, in instance order. */
  unassigned: string[];
  /** Sum of the priorities of the assigned meetings. */
  score: number;
  /** A proven upper bound on the best score any valid schedule of this instance can reach. */
  upperBound: number;
}

export interface ScheduleOptions {
  /** Seed of the pseudo-random tie-breaking; the same seed gives the same schedule. Default 1. */
  seed?: number;
  /**
   * Work budget of the local search, in elementary steps (edges and slots looked at;
   * deterministic — no clock). Default 8 000 000: at most about half a second of search for
   * 20 000 requested meetings. The search stops earlier when it runs out of improving moves or
   * reaches the upper bound.
   */
  searchBudget?: number;
  /** Subgradient iterations of the LP-dual upper bound (0 skips it). Default 200. */
  boundIterations?: number;
}

/** Indexed, validated instance. Slots, participants and meetings are numbered from 0. */
export interface Problem {
  slotIds: string[];
  participantIds: string[];
  meetingIds: string[];
  /** Number of slots, tables, participants, meetings. */
  S: number;
  T: number;
  P: number;
  M: number;
  /** Endpoints and priority of each meeting. */
  ma: Int32Array;
  mb: Int32Array;
  weight: Float64Array;
  /** avail[p * S + s] = 1 when participant p is available in slot s. */
  avail: Uint8Array;
  /** Fixed slot / table (1-based) of each meeting, -1 / 0 when not fixed. */
  fixedSlot: Int32Array;
  fixedTable: Int32Array;
  /** Number of fixed meetings in each slot. */
  fixedCount: Int32Array;
  /**
   * Slots a movable meeting may use: both participants available and neither holds a fixed
   * meeting there (CSR: slots of meeting m are mutual[mutualStart[m] .. mutualStart[m+1])).
   * Empty for fixed meetings.
   */
  mutualStart: Int32Array;
  mutual: Int32Array;
  /** Meetings of each participant (CSR). */
  incStart: Int32Array;
  inc: Int32Array;
}
