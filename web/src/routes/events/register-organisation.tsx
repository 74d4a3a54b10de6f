import { useState } from 'react';
import { Button, Group, Modal, SegmentedControl, Select, Stack } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { ParticipantRole } from '../../api/events-types';
import type { Organisation, Page } from '../../api/types';
import { FormError } from '../../components/states';
import { errorMessage } from '../../i18n/errors';
import { eventsApi } from './queries';

/** Programme staff register any organisation, at any time. */
export function RegisterOrganisationButton({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const [orgId, setOrgId] = useState<string | null>(null);
  const [role, setRole] = useState<ParticipantRole>('visitor');
  const orgs = useQuery({
    queryKey: ['organisations', 'list', { q: debounced, pageSize: 30 }],
    queryFn: ({ signal }) => api.get<Page<Organisation>>('/api/organisations', { q: debounced || undefined, pageSize: 30 }, signal),
    enabled: open,
  });
  const run = useMutation({
    mutationFn: () => eventsApi.register(eventId, { orgId: orgId!, role }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['events', eventId] });
      close();
    },
  });
  const close = () => {
    setOpen(false);
    setOrgId(null);
    setSearch('');
    run.reset();
  };
  const options = (orgs.data?.items ?? []).filter((o) => o.kind !== 'programme' && o.isActive).map((o) => ({ value: o.id, label: `${o.name} (${t(`kinds.${o.kind}`)})` }));
  return (
    <>
      <Button variant="default" onClick={() => setOpen(true)}>{t('events.participants.register')}</Button>
      <Modal closeButtonProps={{ 'aria-label': t('common.close') }} opened={open} onClose={close} title={t('events.participants.register')} centered>
        <Stack>
          <FormError message={run.isError ? errorMessage(t, run.error) : null} />
          <Select label={t('events.participants.organisation')} required searchable searchValue={search} onSearchChange={setSearch} filter={({ options: o }) => o} data={options} value={orgId} onChange={setOrgId} comboboxProps={{ withinPortal: true }} />
          <SegmentedControl aria-label={t('events.fields.role')} fullWidth value={role} onChange={(v) => setRole(v as ParticipantRole)} data={[{ value: 'visitor', label: t('events.roles.visitor') }, { value: 'exhibitor', label: t('events.roles.exhibitor') }]} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>{t('common.cancel')}</Button>
            <Button disabled={!orgId} loading={run.isPending} onClick={() => run.mutate()}>{t('events.registration.submit')}</Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
