import { Anchor } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../api/types';
import { ActiveBadge, KindBadge } from '../../components/badges';
import { DataTable, type Column } from '../../components/data-table';
import { formatDate } from '../../components/format';
import { ToggleOrganisationButton } from './toggle-organisation-button';

/** Organisations; programme admins may (de)activate any but their own. */
export function OrganisationsTable({ items, canToggle, ownOrgId }: { items: Organisation[]; canToggle: boolean; ownOrgId: string }) {
  const { t, i18n } = useTranslation();
  const columns: Column<Organisation>[] = [
    {
      id: 'name',
      header: t('fields.name'),
      card: 'title',
      cell: (o) => (
        <Anchor fw={500} renderRoot={(props) => <Link {...props} to="/organisasi/$orgId" params={{ orgId: o.id }} />}>
          {o.name}
        </Anchor>
      ),
    },
    { id: 'kind', header: t('fields.kind'), cell: (o) => <KindBadge kind={o.kind} /> },
    { id: 'users', header: t('organisations.userCount'), align: 'right', cell: (o) => o.userCount ?? '—' },
    { id: 'status', header: t('fields.status'), cell: (o) => <ActiveBadge isActive={o.isActive} /> },
    { id: 'created', header: t('fields.createdAt'), nowrap: true, cell: (o) => formatDate(o.createdAt, i18n.language) },
  ];
  if (canToggle) {
    columns.push({ id: 'actions', header: t('common.actions'), card: 'actions', align: 'right', cell: (o) => (o.id === ownOrgId ? null : <ToggleOrganisationButton organisation={o} />) });
  }
  return <DataTable rows={items} columns={columns} rowKey={(o) => o.id} minWidth={680} />;
}
