import { useMemo, useState } from 'react';
import { Alert, NumberInput, Paper, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LOAN_METHODS, type Instalment, type LoanMethod } from '../../api/finance-types';
import { PageHeader } from '../../components/page-header';
import { Stat } from './facts';
import { MoneyInput } from './money-input';
import { formatRupiah, parseRateInput } from './money';
import { computeSchedule } from './schedule-calc';
import { ScheduleTable } from './schedule-table';

const todayIso = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date());

/** A loan-schedule calculator: annuity, declining, flat or bullet, by DOMAIN.md's rules (exact, BigInt). */
export function CalculatorPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [principal, setPrincipal] = useState('100000000');
  const [rate, setRate] = useState('6');
  const [method, setMethod] = useState<LoanMethod>('annuity');
  const [tenor, setTenor] = useState<number | string>(12);
  const [disbursedOn, setDisbursedOn] = useState(todayIso());
  const [repaidOn, setRepaidOn] = useState('');

  const result = useMemo(
    () =>
      computeSchedule({
        principal,
        annualRate: parseRateInput(rate) ?? '?',
        method,
        disbursedOn,
        ...(method === 'bullet' ? { repaidOn } : { tenorMonths: Number(tenor) }),
      }),
    [principal, rate, method, tenor, disbursedOn, repaidOn],
  );
  const instalments: Instalment[] = 'error' in result ? [] : result.instalments.map((r) => ({ no: r.no, dueDate: r.dueDate, principalDue: r.principal.toString(), interestDue: r.interest.toString(), penaltyDue: '0', principalPaid: '0', interestPaid: '0', penaltyPaid: '0' }));

  return (
    <>
      <PageHeader title={t('finance.calculator.title')} description={t('finance.calculator.description')} />
      <Stack>
        <Paper withBorder p="md">
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
            <MoneyInput label={t('finance.akad.principal')} value={principal} onChange={setPrincipal} />
            <TextInput label={t('finance.product.rate')} inputMode="decimal" rightSection="%" value={rate} onChange={(e) => setRate(e.currentTarget.value)} />
            <Select label={t('finance.product.method')} allowDeselect={false} data={LOAN_METHODS.map((m) => ({ value: m, label: t(`finance.method.${m}`) }))} value={method} onChange={(m) => setMethod((m ?? 'annuity') as LoanMethod)} />
            <TextInput type="date" label={t('finance.akad.disbursedOn')} value={disbursedOn} onChange={(e) => setDisbursedOn(e.currentTarget.value)} />
            {method === 'bullet' ? (
              <TextInput type="date" label={t('finance.apply.repaidOn')} value={repaidOn} onChange={(e) => setRepaidOn(e.currentTarget.value)} />
            ) : (
              <NumberInput label={t('finance.apply.tenor')} min={1} max={360} allowDecimal={false} value={tenor} onChange={setTenor} />
            )}
          </SimpleGrid>
        </Paper>
        {'error' in result ? (
          <Alert color="yellow" variant="light">{t(`finance.calculator.errors.${result.error}`)}</Alert>
        ) : (
          <>
            <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
              <Stat label={t('finance.calculator.firstInstalment')} value={formatRupiah(result.instalments[0]!.total, lang)} testId="calc-first" />
              <Stat label={t('finance.calculator.totalInterest')} value={formatRupiah(result.totalInterest, lang)} testId="calc-interest" />
              <Stat label={t('finance.schedule.totalPayment')} value={formatRupiah(result.totalPayment, lang)} />
            </SimpleGrid>
            <Paper withBorder p="md">
              <ScheduleTable instalments={instalments} showPaid={false} />
            </Paper>
          </>
        )}
      </Stack>
    </>
  );
}
