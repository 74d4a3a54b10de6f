import { TextInput, type TextInputProps } from '@mantine/core';
import { digitsOnly, groupDigits } from './money';

/** A Rupiah amount typed as text: keeps a digit string (never a float), shows "1.500.000". */
export function RupiahInput({ value, onChange, ...rest }: { value: string; onChange: (digits: string) => void } & Omit<TextInputProps, 'value' | 'onChange'>) {
  return (
    <TextInput
      inputMode="numeric"
      autoComplete="off"
      leftSection={<span style={{ fontSize: 'var(--mantine-font-size-xs)' }}>Rp</span>}
      value={groupDigits(value)}
      onChange={(e) => onChange(digitsOnly(e.currentTarget.value))}
      {...rest}
    />
  );
}
