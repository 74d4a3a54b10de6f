import { useMemo, useState } from 'react';
import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { IkmProfile, ProfileStatus } from '../../api/registry-types';
import { AddressFields } from './form-address';
import { ProductionFields, WorkforceFields } from './form-business';
import { IdentityFields } from './form-identity';
import { CertificationsFields, ContactsFields, MachinesFields, MarketFields } from './form-lists';
import { identityChanged, toBody, type ProfileFormValues } from './profile-form-model';
import { changedFieldLabels } from './status-history';
import { pathLabel, useProfileForm } from './use-profile-form';

export interface ProfileFormProps {
  initial: ProfileFormValues;
  /** The stored profile's status (undefined for a new profile). */
  status?: ProfileStatus;
  save: (body: Record<string, unknown>) => Promise<IkmProfile>;
  /** After saving; `submit` when the user chose "save and submit". */
  onSaved: (p: IkmProfile, submit: boolean) => Promise<void> | void;
  onCancel: () => void;
}

/** The IKM profile form (create and edit): client validation in the UI language, server errors on their fields. */
export function ProfileForm({ initial, status, save, onSaved, onCancel }: ProfileFormProps) {
  const { t } = useTranslation();
  const form = useProfileForm(initial);
  const currentYear = useMemo(() => Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric' }).format(new Date())), []);
  const [submitAfter, setSubmitAfter] = useState(false);
  const run = useMutation({
    mutationFn: ({ body }: { body: Record<string, unknown>; submit: boolean }) => save(body),
    onSuccess: (p, { submit }) => onSaved(p, submit),
    onError: (e) => form.showServerError(e),
  });
  const changed = status === 'verified' ? identityChanged(initial, form.values) : [];
  const canSubmitAfter = !status || status === 'draft' || status === 'returned';
  const problems = Object.entries(form.errors);
  const go = (submit: boolean) => {
    setSubmitAfter(submit);
    const clean = form.check(currentYear);
    if (clean) run.mutate({ body: toBody(clean), submit });
  };

  return (
    <form noValidate onSubmit={(e) => { e.preventDefault(); go(false); }} aria-label={t('registry.form.title')} style={{ maxWidth: 920 }}>
      <Stack gap="md">
        {changed.length > 0 && (
          <Alert color="orange" title={t('registry.form.reverifyTitle')} data-testid="reverify-warning">
            {t('registry.form.reverifyBody', { fields: changedFieldLabels(changed, t) })}
          </Alert>
        )}
        <Stack gap="md">
          <IdentityFields form={form} currentYear={currentYear} />
          <AddressFields form={form} />
          <WorkforceFields form={form} />
          <ProductionFields form={form}>
            <MachinesFields form={form} />
          </ProductionFields>
          <CertificationsFields form={form} />
          <MarketFields form={form} />
          <ContactsFields form={form} />
        </Stack>
        {(form.formError || problems.length > 0) && (
          <Alert color="red" title={form.formError ?? t('registry.form.fixProblems', { count: problems.length })} role="alert" data-testid="form-problems">
            {problems.length > 0 && (
              <List size="sm">
                {problems.map(([path, message]) => (
                  <List.Item key={path}>
                    {pathLabel(path, t)}: {message}
                  </List.Item>
                ))}
              </List>
            )}
          </Alert>
        )}
        {changed.length > 0 && (
          <Text size="sm" c="orange.9" ta="right">
            {t('registry.form.reverifyShort', { fields: changedFieldLabels(changed, t) })}
          </Text>
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onCancel}>{t('common.cancel')}</Button>
          <Button type="submit" variant={canSubmitAfter ? 'default' : 'filled'} loading={run.isPending && !submitAfter}>
            {status ? t('common.save') : t('registry.form.saveDraft')}
          </Button>
          {canSubmitAfter && (
            <Button onClick={() => go(true)} loading={run.isPending && submitAfter}>
              {t('registry.form.saveAndSubmit')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
