import { useState, type ReactNode } from 'react';
import { Button, Checkbox, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Akad, PaymentResult } from '../../api/finance-types';
import { useCurrentUser } from '../../api/session';
import { FormError } from '../../components/states';
import { errorMessage } from '../../i18n/errors';
import { financeAbilities } from './access';
import { newIdempotencyKey, postIdempotent } from './api';
import { MoneyInput } from './money-input';
import { formatRupiah, toBig } from './money';
import { useFinanceMutation } from './use-finance-mutation';

const todayIso = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date());

/**
 * A dialog for a money-moving or signing step. The idempotency key is made when the dialog opens, so
 * a double click or a retry after a lost answer is applied once.
 */
function StepDialog({ label, title, color, children, run, valid = true, onDone }: {
  label: string;
  title: string;
  color?: string;
  children?: ReactNode;
  run: (key: string) => Promise<unknown>;
  valid?: boolean;
  onDone?: (r: unknown) => void;
}) {
  const { t } = useTranslation();
  const [key, setKey] = useState<string | null>(null);
  const step = useFinanceMutation((k: string) => run(k), { onSuccess: (r) => { setKey(null); onDone?.(r); } });
  return (
    <>
      <Button color={color} onClick={() => { step.reset(); setKey(newIdempotencyKey()); }}>{label}</Button>
      <Modal opened={!!key} onClose={() => setKey(null)} centered title={title} closeButtonProps={{ 'aria-label': t('common.close') }}>
        <Stack>
          <FormError message={step.isError ? errorMessage(t, step.error) : null} />
          {children}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setKey(null)}>{t('common.cancel')}</Button>
            <Button color={color} loading={step.isPending} disabled={!valid} onClick={() => key && step.mutate(key)}>{label}</Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

/** Sign (each side once), disburse (lender), repay or prepay (IKM). */
export function AkadActions({ akad, onPayment }: { akad: Akad; onPayment: (r: PaymentResult) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const me = useCurrentUser();
  const can = financeAbilities(me);
  const lenderSide = can.lenderOfficer && me.organisation.id === akad.lenderOrgId;
  const ikmSide = me.organisation.id === akad.ikmOrgId;
  const [disbursedOn, setDisbursedOn] = useState(todayIso());
  const [account, setAccount] = useState('');
  const [amount, setAmount] = useState('');
  const [prepay, setPrepay] = useState(false);
  const base = `/api/finance/akad/${akad.id}`;

  const mySignature = lenderSide ? akad.lenderSignedAt : ikmSide && can.ikmSign ? akad.ikmSignedAt : undefined;
  const signable = akad.status === 'awaiting_signatures' && mySignature === null;

  return (
    <Group gap="xs">
      {signable && (
        <StepDialog label={t('finance.akad.sign')} title={t('finance.akad.signTitle', { reference: akad.reference })} run={(k) => postIdempotent<Akad>(`${base}/sign`, {}, k)}>
          <Text size="sm">{t(lenderSide ? 'finance.akad.signTextLender' : 'finance.akad.signTextIkm', { reference: akad.reference, principal: formatRupiah(akad.principal, lang) })}</Text>
        </StepDialog>
      )}
      {lenderSide && akad.status === 'signed' && (
        <StepDialog label={t('finance.akad.disburse')} title={t('finance.akad.disburseTitle', { reference: akad.reference })} color="green" valid={!!disbursedOn} run={(k) => postIdempotent<Akad>(`${base}/disburse`, { disbursedOn, account: account.trim() || null }, k)}>
          <Text size="sm">{t('finance.akad.disburseText', { principal: formatRupiah(akad.principal, lang), ikm: akad.ikmName })}</Text>
          <TextInput type="date" label={t('finance.akad.disbursedOn')} required value={disbursedOn} onChange={(e) => setDisbursedOn(e.currentTarget.value)} />
          <TextInput label={t('finance.akad.account')} value={account} onChange={(e) => setAccount(e.currentTarget.value)} />
        </StepDialog>
      )}
      {ikmSide && can.apply && akad.status === 'disbursed' && (
        <StepDialog
          label={t('finance.repay.action')}
          title={t('finance.repay.title', { reference: akad.reference })}
          valid={toBig(amount) > 0n}
          run={(k) => postIdempotent<PaymentResult>(`${base}/repayments`, { amount, prepay }, k)}
          onDone={(r) => { setAmount(''); setPrepay(false); onPayment(r as PaymentResult); }}
        >
          <MoneyInput label={t('finance.amount')} required value={amount} onChange={setAmount} />
          <Checkbox label={t('finance.repay.prepay')} description={t('finance.repay.prepayHint')} checked={prepay} onChange={(e) => setPrepay(e.currentTarget.checked)} />
        </StepDialog>
      )}
    </Group>
  );
}
