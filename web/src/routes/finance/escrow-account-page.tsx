import { Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PaymentResult, Reconciliation } from '../../api/finance-types';
import { DataTable, type Column } from '../../components/data-table';
import { formatDate } from '../../components/format';
import { PageHeader } from '../../components/page-header';
import { PaginationBar } from '../../components/pagination-bar';
import { QueryView } from '../../components/query-view';
import { Stat } from './facts';
import { formatRupiah, toBig } from './money';
import { Allocations } from './payment-result';
import { escrowPaymentsQuery, PAGE_SIZE, reconciliationQuery } from './queries';

const route = getRouteApi('/app/pembiayaan/escrow/$escrowId');

type ReconRow = Reconciliation['payments'][number];

/** Per payment: what came into escrow and where it went (lender: principal, interest, penalty; the rest to the IKM). */
function ReconciliationTable({ r }: { r: Reconciliation }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const m = (v: string) => formatRupiah(v, lang);
  const columns: Column<ReconRow>[] = [
    { id: 'date', header: t('finance.escrow.paidOn'), card: 'title', nowrap: true, cell: (p) => `${formatDate(p.paidOn, lang)} · ${t(`finance.paymentKind.${p.kind}`, { defaultValue: p.kind })}${p.reversed ? ` (${t('finance.escrow.reversed')})` : ''}` },
    { id: 'in', header: t('finance.escrow.in'), align: 'right', nowrap: true, cell: (p) => m(p.escrowIn) },
    { id: 'principal', header: t('finance.schedule.principal'), align: 'right', nowrap: true, cell: (p) => m(p.principal) },
    { id: 'interest', header: t('finance.schedule.interest'), align: 'right', nowrap: true, cell: (p) => m(p.interest) },
    { id: 'penalty', header: t('finance.schedule.penalty'), align: 'right', nowrap: true, cell: (p) => m(p.penalty) },
    { id: 'ikm', header: t('finance.escrow.toIkm'), align: 'right', nowrap: true, cell: (p) => m(p.toIkm) },
    { id: 'out', header: t('finance.escrow.out'), align: 'right', nowrap: true, cell: (p) => <Text span size="sm" c={p.balanced ? undefined : 'red'} fw={p.balanced ? undefined : 700}>{m(p.escrowOut)}</Text> },
  ];
  const tot = r.totals;
  return (
    <Stack gap="sm">
      <DataTable rows={r.payments} columns={columns} rowKey={(p) => p.paymentId} minWidth={820} />
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        <Stat label={t('finance.escrow.totalIn')} value={m(tot.in)} />
        <Stat label={t('finance.escrow.totalToLender')} value={m((toBig(tot.principal) + toBig(tot.interest) + toBig(tot.penalty)).toString())} />
        <Stat label={t('finance.escrow.toIkm')} value={m(tot.toIkm)} />
        <Stat label={t('finance.escrow.balance')} value={m(tot.balance)} />
      </SimpleGrid>
    </Stack>
  );
}

/** One escrow account: the payments that came in and how the waterfall passed them on; the reconciliation. */
export function EscrowAccountPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { escrowId } = route.useParams();
  const [page, setPage] = useState(1);
  const payments = useQuery(escrowPaymentsQuery(escrowId, page));
  const recon = useQuery(reconciliationQuery(escrowId));

  const columns: Column<PaymentResult>[] = [
    { id: 'date', header: t('finance.escrow.paidOn'), card: 'title', nowrap: true, cell: (p) => `${formatDate(p.paidOn, lang)} · ${t(`finance.paymentKind.${p.kind}`, { defaultValue: p.kind })}` },
    { id: 'amount', header: t('finance.amount'), align: 'right', nowrap: true, cell: (p) => formatRupiah(p.amount, lang) },
    { id: 'lender', header: t('finance.escrow.toLender'), align: 'right', nowrap: true, cell: (p) => formatRupiah(p.toLender, lang) },
    { id: 'ikm', header: t('finance.escrow.toIkm'), align: 'right', nowrap: true, cell: (p) => formatRupiah(p.toIkm, lang) },
  ];

  return (
    <>
      <PageHeader
        title={recon.data ? t('finance.escrow.one', { accountNo: recon.data.accountNo }) : t('finance.escrow.title')}
        description={recon.data ? `${recon.data.ikmName} · ${recon.data.lenderName}` : undefined}
      />
      <Paper withBorder p="md" mb="md">
        <Title order={3} size="h4" mb="sm">{t('finance.escrow.movements')}</Title>
        <QueryView query={payments} empty={t('finance.escrow.noPayments')}>
          {(data) => (
            <>
              <DataTable rows={data.items} columns={columns} rowKey={(p) => p.paymentId} minWidth={560} details={(p) => <Allocations payment={p} />} />
              <PaginationBar page={data.page} pageSize={PAGE_SIZE} total={data.total} onChange={setPage} />
            </>
          )}
        </QueryView>
      </Paper>
      <Paper withBorder p="md">
        <Group justify="space-between" mb="sm" gap="xs">
          <Group gap="xs">
            <Title order={3} size="h4">{t('finance.escrow.reconciliation')}</Title>
            {recon.data && <Badge color={recon.data.balanced ? 'green' : 'red'} variant="light">{recon.data.balanced ? t('finance.escrow.reconciled') : t('finance.escrow.notReconciled')}</Badge>}
          </Group>
          <Button size="xs" variant="default" component="a" href={`/api/finance/escrow/${escrowId}/reconciliation.xlsx`} download>{t('finance.statement.xlsx')}</Button>
        </Group>
        <QueryView query={recon} isEmpty={(r) => !r.payments.length} empty={t('finance.escrow.noPayments')}>
          {(r) => <ReconciliationTable r={r} />}
        </QueryView>
      </Paper>
    </>
  );
}
