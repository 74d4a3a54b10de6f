import { useState } from 'react';
import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Need } from '../../api/needs-types';
import { ConfirmButton } from '../../components/confirm-button';
import { formatDate } from '../../components/format';
import { FormError } from '../../components/states';
import { errorMessage } from '../../i18n/errors';
import { IkmPicker } from './ikm-picker';
import { interestsQuery, invitationsQuery, needsApi } from './queries';

/** IKM invited to the need: add and withdraw (the buyer). */
export function InvitationsCard({ need, canEdit }: { need: Need; canEdit: boolean }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const query = useQuery(invitationsQuery(need.id));
  const [ids, setIds] = useState<string[]>([]);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['needs', 'one', need.id] });
  const invite = useMutation({ mutationFn: () => needsApi.invite(need.id, ids), onSuccess: () => { setIds([]); refresh(); } });
  const list = query.data ?? [];
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={5}>{t('needs.invitations.title')} ({list.length})</Title>
        {list.length === 0 && query.isSuccess && <Text size="sm" c="dimmed">{t('needs.invitations.none')}</Text>}
        {list.map((i) => (
          <Group key={i.orgId} justify="space-between" gap="xs" wrap="nowrap">
            <Stack gap={0} style={{ minWidth: 0 }}>
              <Text size="sm">{i.orgName}</Text>
              <Text size="xs" c="dimmed">{t('needs.invitations.at', { date: formatDate(i.invitedAt, i18n.language) })}</Text>
            </Stack>
            {canEdit && (
              <ConfirmButton title={t('needs.invitations.remove')} message={t('needs.invitations.removeConfirm', { org: i.orgName })} confirmLabel={t('needs.invitations.remove')} onConfirm={() => needsApi.uninvite(need.id, i.orgId)} onDone={refresh} buttonProps={{ variant: 'subtle' }}>
                {t('needs.invitations.remove')}
              </ConfirmButton>
            )}
          </Group>
        ))}
        {canEdit && (
          <Stack gap="xs">
            <FormError message={invite.isError ? errorMessage(t, invite.error) : null} />
            <IkmPicker label={t('needs.invitations.add')} value={ids} onChange={setIds} exclude={list.map((i) => i.orgId)} />
            <Group justify="flex-end"><Button size="xs" disabled={!ids.length} loading={invite.isPending} onClick={() => invite.mutate()}>{t('needs.invitations.send')}</Button></Group>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}

/** IKM that expressed interest (the buyer sees who is coming). */
export function InterestsCard({ need }: { need: Need }) {
  const { t, i18n } = useTranslation();
  const query = useQuery(interestsQuery(need.id));
  const list = query.data ?? [];
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Title order={5}>{t('needs.interest.title')} ({list.length})</Title>
        {list.length === 0 && query.isSuccess && <Text size="sm" c="dimmed">{t('needs.interest.none')}</Text>}
        {list.map((i) => (
          <Stack key={i.orgId} gap={0}>
            <Text size="sm">{i.orgName}</Text>
            <Text size="xs" c="dimmed">{formatDate(i.createdAt, i18n.language)}{i.note ? ` · ${i.note}` : ''}</Text>
          </Stack>
        ))}
      </Stack>
    </Card>
  );
}
