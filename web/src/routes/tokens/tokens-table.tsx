import { Badge, Code } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { ApiToken } from '../../api/types';
import { RoleBadges } from '../../components/badges';
import { ConfirmButton } from '../../components/confirm-button';
import { DataTable, type Column } from '../../components/data-table';
import { formatDateTime } from '../../components/format';

export function TokensTable({ tokens }: { tokens: ApiToken[] }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const columns: Column<ApiToken>[] = [
    { id: 'name', header: t('fields.name'), card: 'title', cell: (tok) => tok.name },
    { id: 'prefix', header: t('tokens.prefix'), cell: (tok) => <Code>{`lgk_${tok.prefix}_…`}</Code> },
    { id: 'roles', header: t('fields.roles'), cell: (tok) => <RoleBadges roles={tok.roles} /> },
    { id: 'created', header: t('fields.createdAt'), nowrap: true, cell: (tok) => formatDateTime(tok.createdAt, i18n.language) },
    { id: 'lastUsed', header: t('tokens.lastUsed'), nowrap: true, cell: (tok) => (tok.lastUsedAt ? formatDateTime(tok.lastUsedAt, i18n.language) : t('tokens.neverUsed')) },
    {
      id: 'status',
      header: t('fields.status'),
      cell: (tok) =>
        tok.revokedAt ? (
          <Badge color="gray" variant="light" size="sm" title={formatDateTime(tok.revokedAt, i18n.language)}>{t('tokens.revoked')}</Badge>
        ) : (
          <Badge color="green" variant="dot" size="sm">{t('common.active')}</Badge>
        ),
    },
    {
      id: 'actions',
      header: t('common.actions'),
      card: 'actions',
      align: 'right',
      cell: (tok) =>
        tok.revokedAt ? null : (
          <ConfirmButton
            title={t('tokens.revokeTitle')}
            message={t('tokens.revokeConfirm', { name: tok.name })}
            confirmLabel={t('tokens.revoke')}
            onConfirm={() => api.delete(`/api/tokens/${tok.id}`)}
            onDone={() => void queryClient.invalidateQueries({ queryKey: ['tokens'] })}
          >
            {t('tokens.revoke')}
          </ConfirmButton>
        ),
    },
  ];
  return <DataTable rows={tokens} columns={columns} rowKey={(tok) => tok.id} minWidth={820} />;
}
