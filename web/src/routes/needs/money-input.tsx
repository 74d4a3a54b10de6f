import { TextInput, type TextInputProps } from '@mantine/core';
import { digitsOf, groupDigits } from './money';

/** Whole Rupiah typed with thousands dots ("1.250.000"); the value is a digit string. */
export function MoneyInput({ value, onChange, ...props }: Omit<TextInputProps, 'value' | 'onChange'> & { value: string; onChange: (digits: string) => void }) {
  return (
    <TextInput
      {...props}
      inputMode="numeric"
      autoComplete="off"
      leftSection="Rp"
      value={groupDigits(value)}
      onChange={(e) => onChange(digitsOf(e.currentTarget.value).slice(0, 18))}
    />
  );
}
