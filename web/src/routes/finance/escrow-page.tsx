import { Anchor, Badge, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { EscrowAccount } from '../../api/finance-types';
import { useCurrentUser } from '../../api/session';
import { DataTable, type Column } from '../../components/data-table';
import { PageHeader } from '../../components/page-header';
import { QueryView } from '../../components/query-view';
import { financeAbilities } from './access';
import { Stat } from './facts';
import { formatRupiah } from './money';
import { escrowAccountsQuery, ledgerCheckQuery } from './queries';

/** The ledger's integrity: every entry balances, escrow is passed on (admins of the programme or a lender). */
function LedgerCheckCard() {
  const { t, i18n } = useTranslation();
  const query = useQuery(ledgerCheckQuery());
  return (
    <Paper withBorder p="md" mb="md">
      <Title order={3} size="h4" mb="sm">{t('finance.ledger.title')}</Title>
      <QueryView query={query}>
        {(c) => (
          <Stack gap="sm">
            <Badge color={c.balanced ? 'green' : 'red'} size="lg" variant="light">{c.balanced ? t('finance.ledger.balanced') : t('finance.ledger.unbalanced')}</Badge>
            <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
              <Stat label={t('finance.ledger.entries')} value={c.entries.toLocaleString(i18n.language === 'en' ? 'en-GB' : 'id-ID')} />
              <Stat label={t('finance.ledger.unbalancedEntries')} value={c.unbalancedEntries} />
              <Stat label={t('finance.ledger.entriesWithoutLines')} value={c.entriesWithoutLines} />
              <Stat label={t('finance.ledger.escrowNonZero')} value={c.escrowNonZero} />
            </SimpleGrid>
            <Text size="xs" c="dimmed">{c.byAccount.map((a) => `${t(`finance.account.${a.account}`, { defaultValue: a.account })}: ${formatRupiah(a.balance.replace(/^-/, ''), i18n.language)}${a.balance.startsWith('-') ? ` (${t('finance.ledger.credit')})` : ''}`).join(' · ')}</Text>
          </Stack>
        )}
      </QueryView>
    </Paper>
  );
}

/** Escrow (virtual) accounts, one per IKM–lender relationship, with their ledger balances. */
export function EscrowPage() {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const can = financeAbilities(me);
  const query = useQuery(escrowAccountsQuery());
  const columns: Column<EscrowAccount>[] = [
    { id: 'no', header: t('finance.escrow.accountNo'), card: 'title', nowrap: true, cell: (e) => <Anchor fw={500} renderRoot={(props) => <Link {...props} to="/pembiayaan/escrow/$escrowId" params={{ escrowId: e.id }} />}>{e.accountNo}</Anchor> },
    { id: 'ikm', header: t('finance.ikm'), cell: (e) => e.ikmName },
    { id: 'lender', header: t('finance.lender'), cell: (e) => e.lenderName },
    { id: 'balance', header: t('finance.escrow.balance'), align: 'right', nowrap: true, cell: (e) => formatRupiah(e.balance, i18n.language) },
  ];
  return (
    <>
      <PageHeader title={t('finance.escrow.title')} description={t('finance.escrow.description')} />
      {can.ledgerCheck && <LedgerCheckCard />}
      <QueryView query={query} empty={t('finance.escrow.empty')}>
        {(rows) => <DataTable rows={rows} columns={columns} rowKey={(e) => e.id} minWidth={640} />}
      </QueryView>
    </>
  );
}
