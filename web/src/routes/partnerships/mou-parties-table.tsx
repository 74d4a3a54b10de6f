import { Badge, Group, Stack, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Mou, MouParty } from '../../api/partnerships-types';
import { DataTable, type Column } from '../../components/data-table';
import { formatDateTime } from '../../components/format';
import { formatRupiah, sharePercent } from '../orders/money';

const shortHash = (h: string) => `${h.slice(0, 10)}…${h.slice(-6)}`;

/** Parties with each IKM's share of the market access (and its percentage), signatories and signatures. */
export function MouPartiesTable({ mou }: { mou: Mou }) {
  const { t, i18n } = useTranslation();
  const columns: Column<MouParty>[] = [
    {
      id: 'party',
      header: t('partnerships.party'),
      card: 'title',
      cell: (p) => (
        <Group gap={6}>
          <Text size="sm" fw={600}>{p.orgName}</Text>
          {p.role === 'initiator' && <Badge size="xs" variant="outline" style={{ flexShrink: 0 }}>{t('partnerships.role.initiator')}</Badge>}
        </Group>
      ),
    },
    { id: 'share', header: t('partnerships.marketAccess'), align: 'right', nowrap: true, cell: (p) => (p.marketAccessPerYear === null ? '—' : formatRupiah(p.marketAccessPerYear)) },
    { id: 'pct', header: t('partnerships.sharePct'), align: 'right', cell: (p) => sharePercent(p.marketAccessPerYear, mou.totalMarketAccessPerYear, i18n.language) ?? '—' },
    { id: 'signatory', header: t('partnerships.signatory'), cell: (p) => (p.signatoryName ? `${p.signatoryName}${p.signatoryTitle ? ` (${p.signatoryTitle})` : ''}` : '—') },
    {
      id: 'signed',
      header: t('partnerships.signature'),
      cell: (p) =>
        p.signedAt ? (
          <Stack gap={0}>
            <Badge color="green" size="sm" variant="light">{t('partnerships.signedBadge')}</Badge>
            <Text size="xs">{t('partnerships.signedBy', { name: p.signedByName ?? '—', at: formatDateTime(p.signedAt, i18n.language) })}</Text>
            {p.signedDocumentHash && (
              <Tooltip label={p.signedDocumentHash} multiline maw={300} style={{ overflowWrap: 'anywhere' }}>
                <Text size="xs" c="dimmed" ff="monospace">{t('partnerships.hashShort', { hash: shortHash(p.signedDocumentHash) })}</Text>
              </Tooltip>
            )}
          </Stack>
        ) : (
          <Badge color="gray" size="sm" variant="light">{t('partnerships.notSigned')}</Badge>
        ),
    },
  ];
  return (
    <Stack gap="xs">
      <DataTable rows={mou.parties} columns={columns} rowKey={(p) => p.orgId} minWidth={780} />
      <Group justify="flex-end" gap="xs">
        <Text size="sm">{t('partnerships.totalPerYear')}:</Text>
        <Text fw={700} data-testid="mou-total">{formatRupiah(mou.totalMarketAccessPerYear)}</Text>
      </Group>
    </Stack>
  );
}
