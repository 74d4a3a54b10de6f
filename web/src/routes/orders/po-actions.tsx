import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PurchaseOrder } from '../../api/orders-types';
import { useCurrentUser } from '../../api/session';
import { isEditor } from './access';
import { PoChangeButton } from './po-change-modal';
import { ordersApi, pdfUrl } from './queries';
import { ReasonButton } from './reason-button';

/** PDF for everyone; the IKM acknowledges or rejects; the buyer edits (before acknowledgement), revises (after) or cancels. */
export function PoActions({ po, onChange }: { po: PurchaseOrder; onChange: (p: PurchaseOrder) => void }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const isIkm = me.organisation.id === po.ikmOrgId && isEditor(me);
  const isBuyer = me.organisation.id === po.buyerOrgId && isEditor(me);
  const delivered = po.lines.some((l) => l.deliveredQty > 0);
  return (
    <Group gap="xs">
      <Button component="a" href={pdfUrl.po(po.id)} target="_blank" rel="noopener" variant="default">{t('orders.pdf.po')}</Button>
      {isIkm && po.status === 'issued' && (
        <>
          <ReasonButton label={t('orders.acknowledge')} color="teal" title={t('orders.acknowledgeTitle', { reference: po.reference })} message={t('orders.acknowledgeConfirm')} textLabel={t('orders.noteOptional')} required={false} confirmLabel={t('orders.acknowledge')} run={(note) => ordersApi.acknowledge(po.id, note || undefined)} onDone={onChange} />
          <ReasonButton label={t('orders.rejectPo')} color="red" buttonProps={{ variant: 'light' }} title={t('orders.rejectTitle', { reference: po.reference })} textLabel={t('orders.reason')} required confirmLabel={t('orders.rejectPo')} run={(reason) => ordersApi.reject(po.id, reason)} onDone={onChange} />
        </>
      )}
      {isBuyer && po.status === 'issued' && <PoChangeButton po={po} mode="edit" onDone={onChange} />}
      {isBuyer && (po.status === 'acknowledged' || po.status === 'fulfilled') && <PoChangeButton po={po} mode="revise" onDone={onChange} />}
      {isBuyer && me.roles.includes('admin') && (po.status === 'issued' || po.status === 'acknowledged') && !delivered && (
        <ReasonButton label={t('orders.cancelPo')} color="red" buttonProps={{ variant: 'subtle' }} title={t('orders.cancelTitle', { reference: po.reference })} textLabel={t('orders.reason')} required confirmLabel={t('orders.cancelPo')} run={(reason) => ordersApi.cancel(po.id, reason)} onDone={onChange} />
      )}
    </Group>
  );
}
