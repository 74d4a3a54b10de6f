import { Anchor, Group, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { CertificationStatus, IkmListItem } from '../../api/registry-types';
import { DataTable, type Column } from '../../components/data-table';
import { ExpiryFlag, ProfileBadges, Tags } from './badges';
import { formatNumber } from './format';
import { useVocab } from './use-vocab';

/** Directory rows: name, verification, place, processes, size, workforce and capacity. */
export function IkmTable({ items, expiring, showStatus }: { items: IkmListItem[]; expiring: Map<string, Exclude<CertificationStatus, 'valid'>>; showStatus: boolean }) {
  const { t, i18n } = useTranslation();
  const { label } = useVocab();
  const columns: Column<IkmListItem>[] = [
    {
      id: 'name',
      header: t('registry.fields.legalName'),
      card: 'title',
      cell: (r) => (
        <>
          <Anchor fw={600} renderRoot={(props) => <Link {...props} to="/registri/ikm/$orgId" params={{ orgId: r.id }} />}>
            {r.legalName}
          </Anchor>
          {r.brandName && <Text span display="block" size="xs" c="dimmed" fw={400}>{r.brandName}</Text>}
        </>
      ),
    },
    {
      id: 'status',
      header: t('registry.fields.verification'),
      cell: (r) => (
        <Group gap={4}>
          <ProfileBadges status={r.status} showStatus={showStatus} />
          {expiring.get(r.id) && <ExpiryFlag status={expiring.get(r.id)!} />}
        </Group>
      ),
    },
    { id: 'place', header: t('registry.fields.location'), cell: (r) => `${r.place.regencyName}, ${r.place.provinceName}` },
    { id: 'processes', header: t('registry.fields.processes'), cell: (r) => <Tags items={r.processes.map((k) => label('processes', k))} max={3} /> },
    {
      id: 'scale',
      header: t('registry.fields.scale'),
      cell: (r) => (
        <Text span size="sm">
          {t(`registry.size.${r.turnoverBand}`, { defaultValue: r.turnoverBand })}
          <Text span display="block" size="xs" c="dimmed">
            {t('registry.directory.workers', { n: formatNumber(r.workforceTotal, i18n.language) })}
            {r.monthlyCapacity && ` · ${t('registry.perMonth', { value: `${formatNumber(r.monthlyCapacity.quantity, i18n.language)} ${label('capacityUnits', r.monthlyCapacity.unit)}` })}`}
          </Text>
        </Text>
      ),
    },
  ];
  return <DataTable rows={items} columns={columns} rowKey={(r) => r.id} minWidth={720} />;
}
