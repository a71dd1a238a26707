import type * as z from 'zod';
import type { EditionId, InstitutionKind, RegionCode, TrackId, CheckResult } from '../rules/types';
import type { consortiumSchema } from '../schemas/consortium';
import type { ReadonlyInput } from '../schemas/fields';

/**
 * A consortium as the caller gives it to {@link checkConsortium}: the input type of
 * {@link schemas!consortiumSchema}, read-only (each field is documented there).
 */
export type ConsortiumInput = ReadonlyInput<z.input<typeof consortiumSchema>>;

/**
 * A participant of a consortium as the caller gives it: the lead or a member.
 */
export type ConsortiumParticipantInput = ConsortiumInput['lead'];

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
