import { useState } from 'react';
import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../api/types';
import { FormError } from '../../components/states';
import { useForm } from '../../forms/use-form';
import { updateOrganisation } from './queries';

export function RenameOrganisationButton({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const queryClient = useQueryClient();
  const form = useForm({ name: organisation.name }, { validate: (v) => ({ name: v.name.trim().length < 2 ? 'validation.nameShort' : undefined }) });
  const save = useMutation({
    mutationFn: (name: string) => updateOrganisation(organisation.id, { name }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['organisations'] });
      await queryClient.invalidateQueries({ queryKey: ['me'] });
      setOpen(false);
    },
    onError: (e) => form.showError(e),
  });

  return (
    <>
      <Button size="xs" variant="default" onClick={() => { form.reset({ name: organisation.name }); setOpen(true); }}>
        {t('organisations.rename')}
      </Button>
      <Modal closeButtonProps={{ 'aria-label': t('common.close') }} opened={open} onClose={() => setOpen(false)} title={t('organisations.rename')} centered>
        <form noValidate onSubmit={(ev) => { ev.preventDefault(); if (form.check()) save.mutate(form.values.name.trim()); }}>
          <Stack>
            <FormError message={form.formError} />
            <TextInput label={t('fields.name')} required data-autofocus {...form.text('name')} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOpen(false)}>{t('common.cancel')}</Button>
              <Button type="submit" loading={save.isPending}>{t('common.save')}</Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
