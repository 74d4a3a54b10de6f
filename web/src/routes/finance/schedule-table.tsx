import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Instalment } from '../../api/finance-types';
import { DataTable, type Column } from '../../components/data-table';
import { formatDate } from '../../components/format';
import { formatRupiah, sumMoney, toBig } from './money';

const paidOf = (i: Instalment) => sumMoney([i.principalPaid, i.interestPaid, i.penaltyPaid]);
const dueOf = (i: Instalment) => (i.totalDue !== undefined ? toBig(i.totalDue) : sumMoney([i.principalDue, i.interestDue, i.penaltyDue]));

/** The repayment schedule (angsuran): due, paid and what is still open per instalment, with totals. */
export function ScheduleTable({ instalments, showPaid = true }: { instalments: Instalment[]; showPaid?: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const money = (v: string | bigint) => formatRupiah(v, lang);
  const columns: Column<Instalment>[] = [
    { id: 'no', header: t('finance.schedule.no'), card: 'title', cell: (i) => (i.no === 0 ? t('finance.schedule.prepaid') : t('finance.schedule.instalment', { no: i.no })) },
    { id: 'due', header: t('finance.schedule.dueDate'), nowrap: true, cell: (i) => formatDate(i.dueDate, lang) },
    { id: 'principal', header: t('finance.schedule.principal'), align: 'right', nowrap: true, cell: (i) => money(i.principalDue) },
    { id: 'interest', header: t('finance.schedule.interest'), align: 'right', nowrap: true, cell: (i) => money(i.interestDue) },
    ...(showPaid ? [{ id: 'penalty', header: t('finance.schedule.penalty'), align: 'right' as const, nowrap: true, cell: (i: Instalment) => money(i.penaltyDue) }] : []),
    { id: 'total', header: t('finance.schedule.total'), align: 'right', nowrap: true, cell: (i) => <Text size="sm" fw={600} span>{money(dueOf(i))}</Text> },
  ];
  if (showPaid) {
    columns.push(
      { id: 'paid', header: t('finance.schedule.paid'), align: 'right', nowrap: true, cell: (i) => money(paidOf(i)) },
      { id: 'unpaid', header: t('finance.schedule.unpaid'), align: 'right', nowrap: true, cell: (i) => money(i.unpaid !== undefined ? toBig(i.unpaid) : dueOf(i) - paidOf(i)) },
    );
  }
  const totals = {
    principal: sumMoney(instalments.map((i) => i.principalDue)),
    interest: sumMoney(instalments.map((i) => i.interestDue)),
    penalty: sumMoney(instalments.map((i) => i.penaltyDue)),
    total: sumMoney(instalments.map(dueOf)),
    paid: sumMoney(instalments.map(paidOf)),
  };
  return (
    <>
      <DataTable rows={instalments} columns={columns} rowKey={(i) => String(i.no)} minWidth={showPaid ? 900 : 640} />
      <Table mt="xs" withTableBorder verticalSpacing={4} aria-label={t('finance.schedule.totals')}>
        <Table.Tbody>
          <Table.Tr><Table.Td>{t('finance.schedule.principal')}</Table.Td><Table.Td ta="right">{money(totals.principal)}</Table.Td></Table.Tr>
          <Table.Tr><Table.Td>{t('finance.schedule.interest')}</Table.Td><Table.Td ta="right">{money(totals.interest)}</Table.Td></Table.Tr>
          {totals.penalty > 0n && <Table.Tr><Table.Td>{t('finance.schedule.penalty')}</Table.Td><Table.Td ta="right">{money(totals.penalty)}</Table.Td></Table.Tr>}
          <Table.Tr><Table.Td fw={700}>{t('finance.schedule.totalPayment')}</Table.Td><Table.Td ta="right" fw={700}>{money(totals.total)}</Table.Td></Table.Tr>
          {showPaid && <Table.Tr><Table.Td>{t('finance.schedule.paid')}</Table.Td><Table.Td ta="right">{money(totals.paid)}</Table.Td></Table.Tr>}
        </Table.Tbody>
      </Table>
    </>
  );
}
