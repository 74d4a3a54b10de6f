import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { WRAP_BADGE } from '../orders/badges';
import type { GateStatus, ProjectStatus, Stage } from '../../api/development-types';

const GATE_COLORS: Record<GateStatus, string> = { open: 'gray', submitted: 'blue', approved: 'green', rejected: 'red' };
const STAGE_COLORS: Record<Stage, string> = { rfq: 'gray', quotation: 'indigo', sample: 'cyan', trial_production: 'orange', approval: 'grape', mass_production: 'green' };

export function GateStatusBadge({ status }: { status: GateStatus }) {
  const { t } = useTranslation();
  return <Badge size="sm" variant="light" color={GATE_COLORS[status] ?? 'gray'} styles={WRAP_BADGE}>{t(`development.gateStatus.${status}`, { defaultValue: status })}</Badge>;
}

export function StageBadge({ stage }: { stage: Stage }) {
  const { t } = useTranslation();
  return <Badge size="sm" variant="filled" color={STAGE_COLORS[stage] ?? 'gray'} styles={WRAP_BADGE}>{t(`development.stage.${stage}`, { defaultValue: stage })}</Badge>;
}

export function ProjectStatusBadge({ status }: { status: ProjectStatus }) {
  const { t } = useTranslation();
  if (status === 'active') return null;
  return <Badge size="sm" variant="outline" color={status === 'completed' ? 'green' : 'red'}>{t(`development.projectStatus.${status}`)}</Badge>;
}
