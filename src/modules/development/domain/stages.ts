import { conflict, unprocessable } from '../../../core/errors';

/** Part development stage gates, in order (mass_production is the goal, not a gate). */
export const STAGES = ['rfq', 'quotation', 'sample', 'trial_production', 'approval', 'mass_production'] as const;
export type Stage = (typeof STAGES)[number];
export const GATE_STAGES = STAGES.slice(0, -1) as readonly Exclude<Stage, 'mass_production'>[];

export const STAGE_LABELS: Record<Stage, string> = {
  rfq: 'Permintaan penawaran (RFQ)',
  quotation: 'Penawaran harga',
  sample: 'Sampel',
  trial_production: 'Produksi uji coba',
  approval: 'Persetujuan (PPAP)',
  mass_production: 'Produksi massal',
};

/** PPAP elements the buyer may require at the approval gate (AIAG PPAP, 18 elements). */
export const PPAP_ELEMENTS = [
  'design_records',
  'engineering_change_documents',
  'customer_engineering_approval',
  'dfmea',
  'process_flow',
  'pfmea',
  'control_plan',
  'msa',
  'dimensional_results',
  'material_test_results',
  'initial_process_studies',
  'qualified_laboratory_documentation',
  'appearance_approval_report',
  'sample_production_parts',
  'master_sample',
  'checking_aids',
  'customer_specific_requirements',
  'part_submission_warrant',
] as const;
export type PpapElement = (typeof PPAP_ELEMENTS)[number];

export const PPAP_LABELS: Record<PpapElement, string> = {
  design_records: 'Design records',
  engineering_change_documents: 'Engineering change documents',
  customer_engineering_approval: 'Customer engineering approval',
  dfmea: 'Design FMEA',
  process_flow: 'Process flow diagram',
  pfmea: 'Process FMEA',
  control_plan: 'Control plan',
  msa: 'Measurement system analysis (MSA)',
  dimensional_results: 'Dimensional results',
  material_test_results: 'Material / performance test results',
  initial_process_studies: 'Initial process studies (capability Cpk/Ppk)',
  qualified_laboratory_documentation: 'Qualified laboratory documentation',
  appearance_approval_report: 'Appearance approval report',
  sample_production_parts: 'Sample production parts',
  master_sample: 'Master sample',
  checking_aids: 'Checking aids',
  customer_specific_requirements: 'Customer-specific requirements',
  part_submission_warrant: 'Part submission warrant (PSW)',
};

export interface ChecklistItem {
  key: string;
  label: string;
  done: boolean;
  doneAt: string | null;
  doneBy: string | null;
}

const item = (key: string, label: string): ChecklistItem => ({ key, label, done: false, doneAt: null, doneBy: null });

/** The default checklist of a gate; at approval, one item per PPAP element the buyer chose. */
export function defaultChecklist(stage: Stage, ppap: readonly PpapElement[]): ChecklistItem[] {
  switch (stage) {
    case 'rfq':
      return [item('drawing_received', 'Gambar & spesifikasi diterima IKM'), item('volume_confirmed', 'Volume & jadwal dikonfirmasi'), item('feasibility', 'Studi kelayakan IKM')];
    case 'quotation':
      return [item('quotation_submitted', 'Penawaran harga dikirim'), item('price_agreed', 'Harga disepakati'), item('tooling_plan', 'Rencana tooling/cetakan')];
    case 'sample':
      return [item('samples_delivered', 'Sampel dikirim'), item('dimension_check', 'Pemeriksaan dimensi'), item('function_test', 'Uji fungsi')];
    case 'trial_production':
      return [item('trial_run', 'Produksi uji coba berjalan'), item('trial_quality', 'Kualitas lot uji coba sesuai'), item('capacity_check', 'Kapasitas terverifikasi')];
    case 'approval':
      return ppap.map((e) => item(`ppap_${e}`, PPAP_LABELS[e]));
    case 'mass_production':
      return [];
  }
}

export function stageIndex(stage: Stage): number {
  return STAGES.indexOf(stage);
}

export function nextStage(stage: Stage): Stage | null {
  const i = stageIndex(stage);
  return i >= 0 && i < STAGES.length - 1 ? STAGES[i + 1]! : null;
}

export type GateStatus = 'open' | 'submitted' | 'approved' | 'rejected';

export interface GateState {
  stage: Stage;
  status: GateStatus;
  checklist: ChecklistItem[];
}

/** Submit a gate for the buyer's approval: the gate must be open (or rejected and reworked). */
export function assertCanSubmit(g: GateState): void {
  if (g.stage === 'mass_production') throw conflict('development.no_gate', 'Produksi massal tidak memiliki gerbang persetujuan.');
  if (g.status === 'submitted') throw conflict('development.already_submitted', 'Gerbang ini sudah diajukan dan menunggu keputusan.');
  if (g.status === 'approved') throw conflict('development.already_approved', 'Gerbang ini sudah disetujui.');
}

/** Approve: the gate must be submitted and every checklist item done. Returns the stage the project moves to. */
export function approveGate(g: GateState): Stage {
  if (g.status !== 'submitted') throw conflict('development.not_submitted', 'Gerbang belum diajukan untuk persetujuan.', { status: g.status });
  const missing = g.checklist.filter((i) => !i.done).map((i) => i.key);
  if (missing.length) throw unprocessable('development.checklist_incomplete', `Daftar periksa belum lengkap: ${missing.join(', ')}`, { missing });
  return nextStage(g.stage)!;
}

/**
 * Reject a submitted gate with a reason. The project stays at the stage (or goes back to an earlier one,
 * `backTo`); the returned stage is where work continues.
 */
export function rejectGate(g: GateState, reason: string, backTo?: Stage): Stage {
  if (g.status !== 'submitted') throw conflict('development.not_submitted', 'Gerbang belum diajukan untuk persetujuan.', { status: g.status });
  if (reason.trim().length < 5) throw unprocessable('development.reason_required', 'Sebutkan alasan penolakan (minimal 5 karakter).', { field: 'reason' });
  if (backTo === undefined) return g.stage;
  if (backTo === 'mass_production' || stageIndex(backTo) > stageIndex(g.stage)) {
    throw unprocessable('development.invalid_back_stage', 'Tahap kembali harus tahap ini atau tahap sebelumnya.', { field: 'backToStage' });
  }
  return backTo;
}
