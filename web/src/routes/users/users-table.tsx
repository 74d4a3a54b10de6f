import { Badge, Group, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useCurrentUser } from '../../api/session';
import type { Organisation, User } from '../../api/types';
import { ActiveBadge, RoleBadges } from '../../components/badges';
import { ConfirmButton } from '../../components/confirm-button';
import { DataTable, type Column } from '../../components/data-table';
import { EditRolesButton } from './edit-roles-modal';

export function UsersTable({ users, organisation }: { users: User[]; organisation: Organisation }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const queryClient = useQueryClient();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['organisations', 'users', organisation.id] });

  const columns: Column<User>[] = [
    {
      id: 'name',
      header: t('fields.name'),
      card: 'title',
      cell: (u) => (
        <Text size="sm" fw={500} span>
          {u.name} {u.id === me.user.id && <Text span c="dimmed" size="xs">({t('users.you')})</Text>}
        </Text>
      ),
    },
    { id: 'email', header: t('fields.email'), cell: (u) => u.email },
    { id: 'roles', header: t('fields.roles'), cell: (u) => <RoleBadges roles={u.roles} /> },
    {
      id: 'status',
      header: t('fields.status'),
      cell: (u) => (
        <Group gap={4}>
          <ActiveBadge isActive={u.isActive} />
          {u.hasPassword === false && u.isActive && <Badge size="sm" color="yellow" variant="light">{t('users.invited')}</Badge>}
        </Group>
      ),
    },
    {
      id: 'actions',
      header: t('common.actions'),
      card: 'actions',
      cell: (u) => {
        const self = u.id === me.user.id;
        return (
          <Group gap={6} wrap="nowrap" justify="flex-end">
            <EditRolesButton user={u} kind={organisation.kind} isSelf={self} onDone={refresh} />
            {!self && (
              <ConfirmButton
                color={u.isActive ? 'red' : 'teal'}
                title={u.isActive ? t('users.deactivateTitle') : t('users.activateTitle')}
                message={u.isActive ? t('users.deactivateConfirm', { name: u.name }) : t('users.activateConfirm', { name: u.name })}
                confirmLabel={u.isActive ? t('common.deactivate') : t('common.activate')}
                onConfirm={() => api.patch(`/api/users/${u.id}`, { isActive: !u.isActive })}
                onDone={refresh}
              >
                {u.isActive ? t('common.deactivate') : t('common.activate')}
              </ConfirmButton>
            )}
          </Group>
        );
      },
    },
  ];
  return <DataTable rows={users} columns={columns} rowKey={(u) => u.id} minWidth={760} />;
}
