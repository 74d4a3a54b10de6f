import { useState } from 'react';
import { Paper, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { IkmProfile } from '../../api/registry-types';
import { useCurrentUser } from '../../api/session';
import type { Organisation, Page } from '../../api/types';
import { PageHeader } from '../../components/page-header';
import { ForbiddenPage } from '../errors/forbidden-page';
import { canEditIkm } from './access';
import { useAfterSave } from './profile-edit-page';
import { ProfileForm } from './profile-form';
import { emptyValues } from './profile-form-model';

/** Programme staff: an existing IKM organisation to fill in (optional; without it a new one is created). */
function OrganisationPicker({ value, onChange }: { value: string | null; onChange: (org: Organisation | null) => void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 250);
  const orgs = useQuery({
    queryKey: ['organisations', 'list', { kind: 'ikm', q, pageSize: 20 }],
    queryFn: ({ signal }) => api.get<Page<Organisation>>('/api/organisations', { kind: 'ikm', q: q || undefined, pageSize: 20 }, signal),
  });
  const items = orgs.data?.items ?? [];
  return (
    <Paper withBorder p="sm" mb="md">
      <Select
        label={t('registry.form.existingOrg')}
        description={t('registry.form.existingOrgHelp')}
        searchable
        clearable
        searchValue={search}
        onSearchChange={setSearch}
        data={items.map((o) => ({ value: o.id, label: o.name }))}
        value={value}
        onChange={(id) => onChange(items.find((o) => o.id === id) ?? null)}
        filter={({ options }) => options}
        nothingFoundMessage={t('registry.form.nothingFound')}
        comboboxProps={{ withinPortal: true }}
      />
    </Paper>
  );
}

/** A new IKM profile: an IKM fills in its own; programme staff register a new (or profile-less) IKM. */
export function ProfileCreatePage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const afterSave = useAfterSave();
  const [org, setOrg] = useState<Organisation | null>(null);
  const isProgramme = me.kind === 'programme';
  if (!canEditIkm(me, isProgramme ? 'any' : me.organisation.id)) return <ForbiddenPage />;
  const initialName = isProgramme ? (org?.name ?? '') : me.organisation.name;
  return (
    <>
      <PageHeader title={isProgramme ? t('registry.form.newTitle') : t('registry.form.myNewTitle')} description={t('registry.form.requiredHint')} />
      {isProgramme && <OrganisationPicker value={org?.id ?? null} onChange={setOrg} />}
      <ProfileForm
        key={org?.id ?? 'new'}
        initial={emptyValues(initialName)}
        save={(body) => api.post<IkmProfile>(`/api/ikm${isProgramme && org ? `?orgId=${org.id}` : ''}`, body)}
        onSaved={afterSave}
        onCancel={() => void navigate({ to: isProgramme ? '/registri' : '/registri/saya' })}
      />
    </>
  );
}
