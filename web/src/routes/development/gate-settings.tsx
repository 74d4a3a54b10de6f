import { useState } from 'react';
import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Gate, Project } from '../../api/development-types';
import type { Page, User } from '../../api/types';
import { FormError } from '../../components/states';
import { errorMessage } from '../../i18n/errors';
import { devApi } from './queries';

/** Owner, due date and (buyer admins) the approver of a gate. */
export function GateSettingsButton({ project, gate, canSetApprover, onDone }: { project: Project; gate: Gate; canSetApprover: boolean; onDone: (p: Project) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [owner, setOwner] = useState(gate.ownerName ?? '');
  const [due, setDue] = useState(gate.dueDate ?? '');
  const [approver, setApprover] = useState<string | null>(gate.approverUserId);
  const users = useQuery({
    queryKey: ['organisations', project.buyerOrgId, 'users', 'approvers'],
    queryFn: ({ signal }) => api.get<Page<User>>(`/api/organisations/${project.buyerOrgId}/users`, { pageSize: 100 }, signal),
    enabled: open && canSetApprover,
  });
  const save = useMutation({
    mutationFn: () => devApi.updateGate(project.id, gate.stage, { ownerName: owner.trim() || null, dueDate: due || null, ...(canSetApprover ? { approverUserId: approver } : {}) }),
    onSuccess: (p) => {
      onDone(p);
      setOpen(false);
    },
  });
  const reset = () => {
    setOwner(gate.ownerName ?? '');
    setDue(gate.dueDate ?? '');
    setApprover(gate.approverUserId);
    save.reset();
    setOpen(true);
  };
  return (
    <>
      <Button size="sm" variant="default" onClick={reset}>{t('development.gateSettings')}</Button>
      <Modal closeButtonProps={{ 'aria-label': t('common.close') }} opened={open} onClose={() => setOpen(false)} title={t('development.gateSettingsTitle', { stage: t(`development.stage.${gate.stage}`) })} centered>
        <Stack>
          <FormError message={save.isError ? errorMessage(t, save.error) : null} />
          <TextInput label={t('development.owner')} value={owner} onChange={(e) => setOwner(e.currentTarget.value)} data-autofocus />
          <TextInput type="date" label={t('development.dueDate')} value={due} onChange={(e) => setDue(e.currentTarget.value)} />
          {canSetApprover && (
            <Select
              label={t('development.approver')}
              description={t('development.approverHint')}
              clearable
              placeholder={t('development.buyerAdmins')}
              data={(users.data?.items ?? []).filter((u) => u.isActive).map((u) => ({ value: u.id, label: `${u.name} (${u.email})` }))}
              value={approver}
              onChange={setApprover}
              comboboxProps={{ withinPortal: true }}
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>{t('common.cancel')}</Button>
            <Button loading={save.isPending} onClick={() => save.mutate()}>{t('common.save')}</Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
