/**
 * The financing pipeline: where each application (and its akad) stands, with counts and values,
 * so the programme can say "10 akad signed worth Rp24 miliar, 24 worth Rp82 miliar pending". Pure.
 */
import type { Rupiah } from '../../../core/rupiah';

export const APPLICATION_STATUSES = ['draft', 'submitted', 'approved', 'rejected', 'withdrawn', 'contracted'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const AKAD_STATUSES = ['awaiting_signatures', 'signed', 'disbursed', 'repaid', 'written_off'] as const;
export type AkadStatus = (typeof AKAD_STATUSES)[number];

export const PIPELINE_STAGES = ['draft', 'submitted', 'approved', 'signed', 'disbursed', 'repaid', 'written_off', 'rejected', 'withdrawn'] as const;
export type PipelineStage = (typeof PIPELINE_STAGES)[number];

/** Pending = submitted or approved but not yet signed; signed = every akad signed by both sides, whatever happened since. */
export const PENDING_STAGES: readonly PipelineStage[] = ['submitted', 'approved'];
export const SIGNED_STAGES: readonly PipelineStage[] = ['signed', 'disbursed', 'repaid', 'written_off'];

export function pipelineStage(application: ApplicationStatus, akad: AkadStatus | null): PipelineStage {
  if (application !== 'contracted' || akad === null) return application === 'contracted' ? 'approved' : application;
  return akad === 'awaiting_signatures' ? 'approved' : akad;
}

export interface PipelineItem {
  stage: PipelineStage;
  /** Application amount, or the akad principal once there is an akad. */
  value: Rupiah;
}

export interface PipelineSummary {
  stages: { stage: PipelineStage; count: number; value: Rupiah }[];
  signed: { count: number; value: Rupiah };
  pending: { count: number; value: Rupiah };
}

export function summarisePipeline(items: Iterable<PipelineItem>): PipelineSummary {
  const by = new Map<PipelineStage, { count: number; value: Rupiah }>(PIPELINE_STAGES.map((s) => [s, { count: 0, value: 0n }]));
  for (const i of items) {
    const b = by.get(i.stage)!;
    b.count += 1;
    b.value += i.value;
  }
  const total = (stages: readonly PipelineStage[]) =>
    stages.reduce((acc, s) => ({ count: acc.count + by.get(s)!.count, value: acc.value + by.get(s)!.value }), { count: 0, value: 0n });
  return {
    stages: PIPELINE_STAGES.map((stage) => ({ stage, ...by.get(stage)! })),
    signed: total(SIGNED_STAGES),
    pending: total(PENDING_STAGES),
  };
}
