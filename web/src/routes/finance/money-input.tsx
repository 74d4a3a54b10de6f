import { TextInput, type TextInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { groupDigits } from './money';

/** An amount of whole Rupiah: the value is a digit string, shown grouped ("100.000.000") with an "Rp" prefix. */
export function MoneyInput({ value, onChange, ...props }: Omit<TextInputProps, 'value' | 'onChange'> & { value: string; onChange: (digits: string) => void }) {
  const { i18n } = useTranslation();
  return (
    <TextInput
      inputMode="numeric"
      autoComplete="off"
      leftSection="Rp"
      {...props}
      value={groupDigits(value, i18n.language)}
      onChange={(e) => onChange(e.currentTarget.value.replace(/\D/g, '').replace(/^0+(?=\d)/, '').slice(0, 18))}
    />
  );
}
