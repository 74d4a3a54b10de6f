import { Progress, Stack, Stepper, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { Mou } from '../../api/partnerships-types';
import { formatDate, formatDateTime } from '../../components/format';

/** draft → sent → signed by every party → active → expired / terminated, with the dates known. */
export function MouLifecycle({ mou }: { mou: Mou }) {
  const { t, i18n } = useTranslation();
  const phone = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
  const signed = mou.parties.filter((p) => p.signedAt).length;
  const lastSigned = mou.parties.map((p) => p.signedAt).filter(Boolean).sort().pop() ?? null;
  const order = ['draft', 'sent', 'signed', 'active', 'closed'];
  // the step in progress (earlier ones are done); 5 = all done
  const STEP: Record<Mou['status'], number> = { draft: 1, sent: 2, partially_signed: 2, signed: 3, active: 4, expired: 5, terminated: 5 };
  const active = STEP[mou.status] ?? 0;
  const closedLabel = mou.status === 'terminated' ? t('partnerships.status.terminated') : t('partnerships.status.expired');
  const steps = [
    { label: t('partnerships.status.draft'), description: formatDate(mou.createdAt, i18n.language) },
    { label: t('partnerships.status.sent'), description: mou.sentAt ? formatDateTime(mou.sentAt, i18n.language) : undefined },
    { label: t('partnerships.stepSigned', { signed, total: mou.parties.length }), description: signed === mou.parties.length && lastSigned ? formatDateTime(lastSigned, i18n.language) : undefined },
    { label: t('partnerships.status.active'), description: mou.activatedAt ? formatDate(mou.activatedAt, i18n.language) : formatDate(mou.startDate, i18n.language) },
    { label: closedLabel, description: mou.closedAt ? formatDate(mou.closedAt, i18n.language) : formatDate(mou.endDate, i18n.language) },
  ];
  if (phone) {
    // the step the MoU is at now (draft 1, sent 2, signed 3, active 4, closed 5)
    const at = Math.max(0, active - 1);
    const current = steps[at]!;
    return (
      <Stack gap={4} aria-label={t('partnerships.lifecycle')}>
        <Text size="sm" fw={600}>{t('partnerships.stepOf', { n: at + 1, total: steps.length, step: current.label })}</Text>
        {current.description && <Text size="xs" c="dimmed">{current.description}</Text>}
        <Progress value={((at + 1) / steps.length) * 100} size="sm" color={mou.status === 'terminated' ? 'red' : 'teal'} aria-hidden />
      </Stack>
    );
  }
  return (
    <Stepper active={active} size="xs" allowNextStepsSelect={false} color={mou.status === 'terminated' ? 'red' : 'teal'} aria-label={t('partnerships.lifecycle')}>
      {steps.map((s, i) => <Stepper.Step key={order[i]} label={s.label} description={s.description} />)}
    </Stepper>
  );
}
