import { useState } from 'react';
import { ActionIcon, Alert, Card, Checkbox, Group, Progress, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Gate, Project } from '../../api/development-types';
import { useCurrentUser } from '../../api/session';
import { formatDate, formatDateTime } from '../../components/format';
import { FormError } from '../../components/states';
import { errorMessage } from '../../i18n/errors';
import { GateStatusBadge } from './badges';
import { GateDecisionButton } from './gate-decision';
import { GateSettingsButton } from './gate-settings';
import { devApi } from './queries';

function Info({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">{label}</Text>
      <Text size="sm">{value}</Text>
    </Stack>
  );
}

/** A stage gate: checklist (ticked by either party while open), owner, due date, approver, decision; actions when current. */
export function GateCard({ project, gate, current, onChange }: { project: Project; gate: Gate; current: boolean; onChange: (p: Project) => void }) {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const [newItem, setNewItem] = useState('');
  const mine = me.organisation.id;
  const isBuyer = mine === project.buyerOrgId;
  const editor = (isBuyer || mine === project.ikmOrgId) && me.roles.some((r) => r === 'admin' || r === 'staff') && project.status === 'active';
  const unlocked = current && editor && (gate.status === 'open' || gate.status === 'rejected');
  const canDecide = current && isBuyer && project.status === 'active' && gate.status === 'submitted' && (gate.approverUserId === me.user.id || me.roles.includes('admin'));
  const queryClient = useQueryClient();
  const key = ['development', 'project', project.id];
  const tick = useMutation({
    mutationFn: (v: { key: string; done: boolean }) => devApi.tick(project.id, gate.stage, v.key, v.done),
    // tick at once; the server's answer (or a refetch after an error) settles it
    onMutate: (v) =>
      queryClient.setQueryData<Project>(key, (p) => p && { ...p, gates: p.gates.map((g) => (g.id !== gate.id ? g : { ...g, checklist: g.checklist.map((i) => (i.key === v.key ? { ...i, done: v.done } : i)) })) }),
    onSuccess: onChange,
    onError: () => void queryClient.invalidateQueries({ queryKey: key }),
  });
  const add = useMutation({ mutationFn: () => devApi.addChecklistItem(project.id, gate.stage, newItem.trim()), onSuccess: (p) => { setNewItem(''); onChange(p); } });
  const done = gate.checklist.filter((i) => i.done).length;
  const approverText = gate.approverUserId ? (gate.approverUserId === me.user.id ? t('development.you') : t('development.namedApprover')) : t('development.buyerAdmins');
  const error = tick.error ?? add.error;

  return (
    <Card withBorder>
      <Group justify="space-between" mb="xs">
        <Group gap="xs">
          <Text fw={700}>{t('development.gateOf', { stage: t(`development.stage.${gate.stage}`) })}</Text>
          <GateStatusBadge status={gate.status} />
          {gate.rejections > 0 && <Text size="xs" c="red">{t('development.rejections', { n: gate.rejections })}</Text>}
        </Group>
        <Text size="sm" c="dimmed">{t('development.checklistProgress', { done, total: gate.checklist.length })}</Text>
      </Group>
      <Progress value={gate.checklist.length ? (done / gate.checklist.length) * 100 : 0} size="sm" mb="sm" aria-label={t('development.checklist')} />
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" mb="sm">
        <Info label={t('development.owner')} value={gate.ownerName ?? '—'} />
        <Info label={t('development.dueDate')} value={formatDate(gate.dueDate, i18n.language)} />
        <Info label={t('development.approver')} value={approverText} />
        <Info label={gate.decidedAt ? t('development.decidedAt') : t('development.submittedAt')} value={formatDateTime(gate.decidedAt ?? gate.submittedAt, i18n.language)} />
      </SimpleGrid>
      {gate.decisionNote && (
        <Alert color={gate.status === 'rejected' ? 'red' : 'green'} variant="light" mb="sm" title={gate.status === 'rejected' ? t('development.rejectReason') : t('development.decisionNote')}>
          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>{gate.decisionNote}</Text>
        </Alert>
      )}
      <FormError message={error ? errorMessage(t, error) : null} />
      <Stack gap={6} mt="xs">
        {gate.checklist.map((item) => (
          <Checkbox
            key={item.key}
            checked={item.done}
            disabled={!unlocked}
            onChange={(e) => tick.mutate({ key: item.key, done: e.currentTarget.checked })}
            label={item.key.startsWith('ppap_') ? t(`development.ppap.${item.key.slice(5)}`, { defaultValue: item.label }) : item.label}
            description={item.done && item.doneAt ? formatDateTime(item.doneAt, i18n.language) : undefined}
          />
        ))}
        {gate.checklist.length === 0 && <Text size="sm" c="dimmed">{t('development.noChecklist')}</Text>}
      </Stack>
      {unlocked && isBuyer && (
        <Group mt="sm" gap="xs" align="flex-end" wrap="nowrap">
          <TextInput size="xs" placeholder={t('development.newItem')} aria-label={t('development.newItem')} value={newItem} onChange={(e) => setNewItem(e.currentTarget.value)} style={{ flex: 1 }} />
          <ActionIcon size="lg" variant="light" aria-label={t('development.addItem')} disabled={!newItem.trim()} loading={add.isPending} onClick={() => add.mutate()}>+</ActionIcon>
        </Group>
      )}
      {current && project.status === 'active' && (
        <Group mt="md" gap="xs">
          {unlocked && <GateDecisionButton kind="submit" project={project} onDone={onChange} />}
          {canDecide && <GateDecisionButton kind="approve" project={project} onDone={onChange} />}
          {canDecide && <GateDecisionButton kind="reject" project={project} onDone={onChange} />}
          {editor && <GateSettingsButton project={project} gate={gate} canSetApprover={isBuyer && me.roles.includes('admin')} onDone={onChange} />}
          {current && gate.status === 'submitted' && !canDecide && <Text size="sm" c="dimmed">{t('development.awaitingDecision')}</Text>}
        </Group>
      )}
    </Card>
  );
}
