import { Select, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ORG_KINDS, type OrgKind } from '../../api/types';

/** Organisation kind picker; `allowAll` adds "all kinds" (for filters). */
export function KindSelect({ value, onChange, allowAll, ...rest }: { value: OrgKind | undefined; onChange: (k: OrgKind | undefined) => void; allowAll?: boolean } & Omit<SelectProps, 'value' | 'onChange' | 'data'>) {
  const { t } = useTranslation();
  const data = [...(allowAll ? [{ value: '', label: t('organisations.allKinds') }] : []), ...ORG_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))];
  return <Select data={data} value={value ?? ''} onChange={(v) => onChange(v ? (v as OrgKind) : undefined)} allowDeselect={false} comboboxProps={{ withinPortal: true }} {...rest} />;
}
