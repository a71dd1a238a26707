import type { EditionId, InstitutionKind, RegionCode, Tier, TrackId, CheckResult } from '../rules/types';

/**
 * A participant of a consortium as the caller gives it.
 */
export interface ConsortiumParticipantInput {
  /** Its id, unique in the consortium. */
  readonly id: string;
  /** Its institution kind. */
  readonly kind: InstitutionKind;
  /** Its region: a code, legacy code, Korean or English name. Needed for the lead. */
  readonly region?: string | number;
  /** Its tier within its industry. Needed for the lead. */
  readonly tier?: Tier;
  /** Its business registration number (10 digits, dashes allowed). */
  readonly businessNumber?: string;
  /** Its role in the project (주관, 공동, 위탁 …), for the caller's own use. */
  readonly role?: string;
}

/**
 * A consortium as the caller gives it to {@link checkConsortium}.
 */
export interface ConsortiumInput {
  /** The edition (yearly call). */
  readonly edition: EditionId;
  /** The track. */
  readonly track: TrackId;
  /** The lead (주관기관). */
  readonly lead: ConsortiumParticipantInput;
  /** The other participants (공동·위탁 기관); may be empty where the track allows. */
  readonly members: readonly ConsortiumParticipantInput[];
}

/**
 * A consortium in numbers: how many participants of each kind, with the rules that were applied.
 */
export interface ConsortiumSummary {
  /** The edition. */
  readonly edition: EditionId;
  /** The track. */
  readonly track: TrackId;
  /** The lead's region code, when it was given and known. */
  readonly leadRegion: RegionCode | null;
  /** Participants in all, the lead included. */
  readonly participants: number;
  /** Participants of each kind, the lead included. */
  readonly countsByKind: Readonly<Record<InstitutionKind, number>>;
  /** The ids of the rules that were applied. */
  readonly rulesApplied: readonly string[];
}

/**
 * What {@link checkConsortium} gives: the summary on success; on failure the issues, and the
 * summary when the input was well-formed.
 */
export type ConsortiumResult = CheckResult<ConsortiumSummary>;
