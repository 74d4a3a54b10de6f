import { Button, Checkbox, Fieldset, FileInput, Group, Radio, Select, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useCurrentUser } from '../../api/session';
import type { LinkEvent } from '../../api/events-types';
import { NEED_VISIBILITIES, type NeedVisibility } from '../../api/needs-types';
import type { Organisation, Page } from '../../api/types';
import { FormError } from '../../components/states';
import { useForm } from '../../forms/use-form';
import { IkmPicker } from './ikm-picker';
import { DeliverySection, ImportSection, PartSection, VolumeSection, type NeedForm as Form } from './need-form-sections';
import { validateNeed, type NeedFormValues } from './need-form-values';

const todayWib = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);

/** Who sees the need: every verified IKM, invited IKM, or the IKM at an event; programme staff pick the buyer. */
function VisibilitySection({ form, isEdit }: { form: Form; isEdit: boolean }) {
  const { t } = useTranslation();
  const events = useQuery({ queryKey: ['events', 'list', 'open-for-needs'], queryFn: ({ signal }) => api.get<Page<LinkEvent>>('/api/events', { pageSize: 100 }, signal) });
  const eventOptions = (events.data?.items ?? []).filter((e) => e.status !== 'closed' || e.id === form.values.eventId).map((e) => ({ value: e.id, label: e.name }));
  return (
    <Fieldset legend={t('needs.form.visibility')}>
      <Stack gap="sm">
        <Radio.Group value={form.values.visibility} onChange={(v) => form.setValue('visibility', v as NeedVisibility)} error={form.errorOf('visibility')}>
          <Stack gap={6}>
            {NEED_VISIBILITIES.map((v) => <Radio key={v} value={v} label={t(`needs.visibility.${v}`)} description={t(`needs.visibilityHint.${v}`)} />)}
          </Stack>
        </Radio.Group>
        <Select
          label={t('needs.fields.event')}
          description={form.values.visibility === 'event' ? undefined : t('needs.form.eventOptional')}
          required={form.values.visibility === 'event'}
          clearable
          data={eventOptions}
          value={form.values.eventId || null}
          onChange={(v) => form.setValue('eventId', v ?? '')}
          error={form.errorOf('eventId')}
          comboboxProps={{ withinPortal: true }}
        />
        {form.values.visibility === 'invited' && !isEdit && (
          <IkmPicker label={t('needs.fields.invitedIkm')} value={form.values.invitedOrgIds} onChange={(ids) => form.setValue('invitedOrgIds', ids)} error={form.errorOf('invitedOrgIds')} />
        )}
        {form.values.visibility === 'invited' && isEdit && <Text size="xs" c="dimmed">{t('needs.form.invitationsOnPage')}</Text>}
      </Stack>
    </Fieldset>
  );
}

function BuyerSelect({ form }: { form: Form }) {
  const { t } = useTranslation();
  const buyers = useQuery({ queryKey: ['organisations', 'list', { kind: 'buyer', pageSize: 200 }], queryFn: ({ signal }) => api.get<Page<Organisation>>('/api/organisations', { kind: 'buyer', pageSize: 200 }, signal) });
  return (
    <Select label={t('needs.fields.buyer')} required searchable data={(buyers.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))} value={form.values.buyerOrgId || null} onChange={(v) => form.setValue('buyerOrgId', v ?? '')} error={form.errorOf('buyerOrgId')} comboboxProps={{ withinPortal: true }} />
  );
}

/** Create or edit a part need: all its fields; on create also invitations, drawings to upload and publish-now. */
export function NeedForm({ initial, isEdit, submitting, files, onFiles, onSubmit, onCancel }: {
  initial: NeedFormValues;
  isEdit: boolean;
  submitting: boolean;
  files?: File[];
  onFiles?: (f: File[]) => void;
  onSubmit: (values: NeedFormValues, showError: (e: unknown) => void) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const needsBuyer = me.kind === 'programme' && !isEdit;
  const form = useForm<NeedFormValues>(initial, {
    validate: (v) => validateNeed(v, { needsBuyer, today: todayWib(), isEdit }),
    fieldAliases: { deliveryPlant: 'plantName', 'deliveryPlant.name': 'plantName', 'deliveryPlant.provinceCode': 'provinceCode', 'deliveryPlant.regencyCode': 'regencyCode', 'deliveryPlant.plantId': 'plantId', 'deliveryPlant.lat': 'lat', 'deliveryPlant.lng': 'lng' },
  });
  const buyerOrgId = isEdit ? initial.buyerOrgId : me.kind === 'buyer' ? me.organisation.id : form.values.buyerOrgId;

  return (
    <form noValidate onSubmit={(ev) => { ev.preventDefault(); if (form.check()) onSubmit(form.values, form.showError); }}>
      <Stack>
        <FormError message={form.formError} />
        {needsBuyer && <BuyerSelect form={form} />}
        <PartSection form={form} />
        <VolumeSection form={form} />
        <DeliverySection form={form} buyerOrgId={buyerOrgId} />
        <ImportSection form={form} />
        <VisibilitySection form={form} isEdit={isEdit} />
        {onFiles && (
          <Fieldset legend={t('needs.files.title')}>
            <FileInput multiple clearable label={t('needs.files.pick')} description={t('needs.files.hint')} value={files ?? []} onChange={onFiles} accept=".pdf,.jpg,.jpeg,.png,.webp,.dwg,.dxf,.step,.stp,.zip" />
          </Fieldset>
        )}
        {!isEdit && <Checkbox label={t('needs.form.publishNow')} description={t('needs.form.publishHint')} checked={form.values.publish} onChange={(e) => form.setValue('publish', e.currentTarget.checked)} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>{t('common.cancel')}</Button>
          <Button type="submit" loading={submitting}>{t('common.save')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
