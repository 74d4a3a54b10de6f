import { Alert, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PaymentResult } from '../../api/finance-types';
import { formatDate } from '../../components/format';
import { formatRupiah } from './money';

/** How one payment was split by the waterfall: penalty, interest, principal per instalment, then the rest to the IKM. */
export function Allocations({ payment, akadRefs }: { payment: PaymentResult; akadRefs?: Map<string, string> }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const money = (v: string) => formatRupiah(v, lang);
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table withTableBorder verticalSpacing={4} fz="sm" aria-label={t('finance.escrow.allocationOf', { amount: money(payment.amount) })}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('finance.escrow.allocatedTo')}</Table.Th>
            <Table.Th ta="right">{t('finance.schedule.penalty')}</Table.Th>
            <Table.Th ta="right">{t('finance.schedule.interest')}</Table.Th>
            <Table.Th ta="right">{t('finance.schedule.principal')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {payment.allocations.map((a) => (
            <Table.Tr key={`${a.loan}-${a.no}`}>
              <Table.Td>{`${akadRefs?.get(a.loan) ?? t('finance.escrow.loan')} · ${a.no === 0 ? t('finance.schedule.prepaid') : t('finance.schedule.instalment', { no: a.no })}`}</Table.Td>
              <Table.Td ta="right">{money(a.penalty)}</Table.Td>
              <Table.Td ta="right">{money(a.interest)}</Table.Td>
              <Table.Td ta="right">{money(a.principal)}</Table.Td>
            </Table.Tr>
          ))}
          <Table.Tr>
            <Table.Td fw={600}>{t('finance.escrow.toLender')}</Table.Td>
            <Table.Td colSpan={3} ta="right" fw={600} data-testid="to-lender">{money(payment.toLender)}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Td fw={600}>{t('finance.escrow.toIkm')}</Table.Td>
            <Table.Td colSpan={3} ta="right" fw={600} data-testid="to-ikm">{money(payment.toIkm)}</Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The answer to a repayment just made. */
export function PaymentNotice({ payment, onClose }: { payment: PaymentResult; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <Alert color="green" withCloseButton onClose={onClose} closeButtonLabel={t('common.close')} title={t(payment.duplicate ? 'finance.repay.duplicate' : 'finance.repay.done')}>
      <Text size="sm" mb="xs">{t('finance.repay.summary', { amount: formatRupiah(payment.amount, lang), date: formatDate(payment.paidOn, lang) })}</Text>
      <Allocations payment={payment} />
    </Alert>
  );
}
