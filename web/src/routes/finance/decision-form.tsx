import { useState } from 'react';
import { Button, Group, Paper, SegmentedControl, Stack, Text, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Application } from '../../api/finance-types';
import { FormError } from '../../components/states';
import { errorMessage } from '../../i18n/errors';
import { useFinanceMutation } from './use-finance-mutation';

/** The approver decides with reasons (one per line); approval needs the analyst's review and the buyer's confirmations. */
export function DecisionForm({ app }: { app: Application }) {
  const { t } = useTranslation();
  const [decision, setDecision] = useState<'approved' | 'rejected'>('approved');
  const [reasons, setReasons] = useState('');
  const lines = reasons.split('\n').map((r) => r.trim()).filter(Boolean);
  const decide = useFinanceMutation(() => api.post<Application>(`/api/finance/applications/${app.id}/decision`, { decision, reasons: lines }));
  const pending = app.underlyings.filter((u) => u.confirmation !== 'confirmed');

  return (
    <Paper withBorder p="md">
      <Title order={3} size="h4" mb="sm">{t('finance.decision.title')}</Title>
      <Stack gap="sm">
        <FormError message={decide.isError ? errorMessage(t, decide.error) : null} />
        {!app.review && <Text size="sm" c="orange.8">{t('finance.decision.needsReview')}</Text>}
        {pending.length > 0 && <Text size="sm" c="orange.8">{t('finance.decision.needsConfirmation', { list: pending.map((u) => u.reference).join(', ') })}</Text>}
        <SegmentedControl
          value={decision}
          onChange={(v) => setDecision(v as 'approved' | 'rejected')}
          data={[{ value: 'approved', label: t('finance.decision.approve') }, { value: 'rejected', label: t('finance.decision.reject') }]}
        />
        <Textarea label={t('finance.decision.reasons')} description={t('finance.decision.reasonsHint')} required autosize minRows={3} value={reasons} onChange={(e) => setReasons(e.currentTarget.value)} />
        <Group justify="flex-end">
          <Button color={decision === 'approved' ? 'green' : 'red'} disabled={!lines.length} loading={decide.isPending} onClick={() => decide.mutate(undefined)}>
            {t('finance.decision.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
