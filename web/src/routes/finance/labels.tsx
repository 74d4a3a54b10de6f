import { Badge, ColorSwatch, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AkadStatus, ApplicationStatus, Confirmation, PipelineStage } from '../../api/finance-types';

const STAGE_COLORS: Record<PipelineStage, string> = {
  draft: 'gray',
  submitted: 'blue',
  approved: 'cyan',
  signed: 'teal',
  disbursed: 'green',
  repaid: 'lime',
  written_off: 'dark',
  rejected: 'red',
  withdrawn: 'gray',
};

export function StageBadge({ stage, testId }: { stage: PipelineStage; testId?: string }) {
  const { t } = useTranslation();
  return <Badge variant="light" color={STAGE_COLORS[stage]} data-testid={testId}>{t(`finance.stage.${stage}`)}</Badge>;
}

const APP_COLORS: Record<ApplicationStatus, string> = { draft: 'gray', submitted: 'blue', approved: 'cyan', rejected: 'red', withdrawn: 'gray', contracted: 'teal' };

export function ApplicationStatusBadge({ status }: { status: ApplicationStatus }) {
  const { t } = useTranslation();
  return <Badge variant="light" color={APP_COLORS[status]}>{t(`finance.applicationStatus.${status}`)}</Badge>;
}

const AKAD_COLORS: Record<AkadStatus, string> = { awaiting_signatures: 'yellow', signed: 'teal', disbursed: 'green', repaid: 'lime', written_off: 'dark' };

export function AkadStatusBadge({ status, testId }: { status: AkadStatus; testId?: string }) {
  const { t } = useTranslation();
  return <Badge variant="light" color={AKAD_COLORS[status]} data-testid={testId}>{t(`finance.akadStatus.${status}`)}</Badge>;
}

const CONF_COLORS: Record<Confirmation, string> = { pending: 'yellow', confirmed: 'green', rejected: 'red' };

/** The buyer's answer, as a coloured dot and text that may wrap (narrow table cells and phone cards). */
export function ConfirmationBadge({ value }: { value: Confirmation }) {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap="nowrap" align="flex-start">
      <ColorSwatch color={`var(--mantine-color-${CONF_COLORS[value]}-6)`} size={10} mt={5} withShadow={false} />
      <Text size="sm" fw={500}>{t(`finance.confirmation.${value}`)}</Text>
    </Group>
  );
}

export const CLASS_COLORS = ['', 'green', 'yellow', 'orange', 'red', 'dark'];

/** OJK collectibility 1 Lancar … 5 Macet. */
export function CollectibilityBadge({ value }: { value: number }) {
  const { t } = useTranslation();
  return <Badge variant="light" color={CLASS_COLORS[value] ?? 'gray'}>{`${value} · ${t(`finance.collectibility.${value}`, { defaultValue: String(value) })}`}</Badge>;
}
