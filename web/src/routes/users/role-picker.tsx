import { Checkbox, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { rolesForKind, type OrgKind, type Role } from '../../api/types';

/** The roles an organisation of this kind may hand out, as checkboxes. */
export function RolePicker({ kind, value, onChange, error, disabledRoles = [] }: { kind: OrgKind; value: Role[]; onChange: (roles: Role[]) => void; error?: string; disabledRoles?: Role[] }) {
  const { t } = useTranslation();
  return (
    <Checkbox.Group label={t('fields.roles')} description={t('users.rolesHint')} value={value} onChange={(v) => onChange(v as Role[])} error={error} withAsterisk>
      <Group mt="xs" gap="md">
        {rolesForKind(kind).map((r) => (
          <Checkbox key={r} value={r} label={t(`roles.${r}`)} disabled={disabledRoles.includes(r)} />
        ))}
      </Group>
    </Checkbox.Group>
  );
}
