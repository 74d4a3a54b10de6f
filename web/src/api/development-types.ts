/** Part development shapes of /api/development — checked by hand against src/modules/development/routes.ts and /api/openapi.json. */
export const STAGES = ['rfq', 'quotation', 'sample', 'trial_production', 'approval', 'mass_production'] as const;
export type Stage = (typeof STAGES)[number];
export type GateStage = Exclude<Stage, 'mass_production'>;
export const GATE_STAGES: readonly GateStage[] = ['rfq', 'quotation', 'sample', 'trial_production', 'approval'];
export type GateStatus = 'open' | 'submitted' | 'approved' | 'rejected';
export type ProjectStatus = 'active' | 'completed' | 'cancelled';

export interface ChecklistItem {
  key: string;
  label: string;
  done: boolean;
  doneAt: string | null;
  doneBy: string | null;
}

export interface Gate {
  id: string;
  stage: GateStage;
  label: string;
  status: GateStatus;
  checklist: ChecklistItem[];
  ownerName: string | null;
  ownerUserId: string | null;
  dueDate: string | null;
  approverUserId: string | null;
  submittedAt: string | null;
  decidedAt: string | null;
  decisionNote: string | null;
  rejections: number;
}

export interface ProjectFile {
  id: string;
  stage: string;
  name: string;
  contentType: string;
  size: number;
  sha256: string;
  uploadedOrgId: string;
  uploadedAt: string;
}

export interface HistoryEvent {
  id: string;
  stage: string;
  action: string;
  toStage: string | null;
  note: string | null;
  actorUserId: string | null;
  actorOrgId: string | null;
  at: string;
}

export interface Project {
  id: string;
  reference: string;
  buyerOrgId: string;
  buyerName: string;
  ikmOrgId: string;
  ikmName: string;
  partName: string;
  partNumber: string | null;
  description: string | null;
  material: string | null;
  needId: string | null;
  mouId: string | null;
  stage: Stage;
  stageLabel: string;
  status: ProjectStatus;
  ppapElements: string[];
  cancelReason: string | null;
  createdAt: string;
  updatedAt: string;
  completedAt: string | null;
  gates: Gate[];
  files: ProjectFile[];
  history: HistoryEvent[];
}

export interface ProjectSummary {
  id: string;
  reference: string;
  buyerOrgId: string;
  buyerName: string | null;
  ikmOrgId: string;
  ikmName: string | null;
  partName: string;
  partNumber: string | null;
  stage: Stage;
  status: ProjectStatus;
  gateStatus: GateStatus | null;
  dueDate: string | null;
  updatedAt: string;
}

export interface Board {
  total: number;
  stages: { stage: Stage; label: string; count: number; projects: ProjectSummary[] }[];
}
