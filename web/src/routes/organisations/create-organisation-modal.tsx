import { useState } from 'react';
import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Organisation, OrgKind } from '../../api/types';
import { FormError } from '../../components/states';
import { useForm } from '../../forms/use-form';
import { KindSelect } from './kind-select';

/** Programme admins add an organisation, then land on its page to invite its first admin. */
export function CreateOrganisationButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useForm<{ name: string; kind: OrgKind | '' }>({ name: '', kind: '' }, {
    validate: (v) => ({
      name: v.name.trim().length < 2 ? 'validation.nameShort' : undefined,
      kind: !v.kind ? 'validation.required' : undefined,
    }),
  });
  const create = useMutation({
    mutationFn: (v: { name: string; kind: OrgKind }) => api.post<Organisation>('/api/organisations', v),
    onSuccess: async (org) => {
      await queryClient.invalidateQueries({ queryKey: ['organisations'] });
      setOpen(false);
      form.reset();
      await navigate({ to: '/organisasi/$orgId', params: { orgId: org.id } });
    },
    onError: (e) => form.showError(e),
  });
  const close = () => {
    setOpen(false);
    form.reset();
  };

  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('organisations.create')}</Button>
      <Modal closeButtonProps={{ 'aria-label': t('common.close') }} opened={open} onClose={close} title={t('organisations.create')} centered>
        <form
          noValidate
          onSubmit={(ev) => {
            ev.preventDefault();
            if (form.check() && form.values.kind) create.mutate({ name: form.values.name.trim(), kind: form.values.kind });
          }}
        >
          <Stack>
            <FormError message={form.formError} />
            <TextInput label={t('fields.name')} required data-autofocus {...form.text('name')} />
            <KindSelect label={t('fields.kind')} required value={form.values.kind || undefined} onChange={(k) => form.setValue('kind', k ?? '')} error={form.errorOf('kind')} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={create.isPending}>
                {t('common.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
